package org.convene.synthesis.themes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RelabelDueTest {

    @Test
    void aYoungThemeIsRelabelledWithEveryText() {
        assertTrue(IntStream.rangeClosed(1, 20).allMatch(Themes::relabelDue));
    }

    @Test
    void aBigThemeIsRelabelledEachTimeItGrowsByATenthAndRarelyMore() {
        for (int size = 21; size < 20_000; size++) {
            int from = size;
            int grown = (int) Math.ceil(size * 1.1);
            assertTrue(IntStream.rangeClosed(from, grown).anyMatch(Themes::relabelDue),
                    "relabelled while growing from " + from + " to " + grown);
        }
        long relabels = IntStream.rangeClosed(1_000, 2_000).filter(Themes::relabelDue).count();
        assertTrue(relabels <= 12, relabels + " relabels between 1,000 and 2,000 texts");
    }
}
