package org.convene.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaultDrillTest {

    @Test
    void withOneInstanceEachPartIsKilledThenTheBroker() {
        assertEquals(List.of("communities", "engagement", "synthesis", "gateway", "kafka"), FaultDrill.faults(1));
    }

    @Test
    void withTwoEachSecondInstanceGoesFirstWhileTheFirstServesThenEachFirstThenTheBroker() {
        assertEquals(List.of("communities-2", "engagement-2", "synthesis-2", "gateway-2",
                "communities", "engagement", "synthesis", "gateway", "kafka"), FaultDrill.faults(2));
    }

    @Test
    void numbersInLettersHoldNoDigitsAndDiffer() {
        assertEquals("a", Words.of(0));
        assertEquals("z", Words.of(25));
        assertEquals("ba", Words.of(26));
        for (int n = 0; n < 2000; n++) {
            assertTrue(Words.of(n).chars().allMatch(Character::isLetter));
            assertTrue(n == 0 || !Words.of(n).equals(Words.of(n - 1)));
        }
    }
}
