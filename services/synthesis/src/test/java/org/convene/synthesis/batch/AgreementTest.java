package org.convene.synthesis.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void sameGroupingUnderOtherNamesAgreesFully() {
        List<Integer> found = List.of(0, 0, 1, 1, 2, 2);
        List<String> truth = List.of("a", "a", "b", "b", "c", "c");
        assertEquals(1.0, Agreement.adjustedRand(found, truth), 1e-9);
        assertEquals(1.0, Agreement.vMeasure(found, truth), 1e-9);
    }

    @Test
    void oneGroupForEverythingTellsNothing() {
        List<Integer> found = List.of(0, 0, 0, 0, 0, 0);
        List<String> truth = List.of("a", "a", "b", "b", "c", "c");
        assertEquals(0.0, Agreement.adjustedRand(found, truth), 1e-9);
        assertEquals(0.0, Agreement.vMeasure(found, truth), 1e-9);
    }

    @Test
    void splittingATrueGroupCostsCompletenessButNotHomogeneity() {
        // homogeneity 1, completeness = I / H(found) = ln 2 / (1.5 ln 2) = 2/3, so V = 2 * (2/3) / (5/3) = 0.8
        List<Integer> found = List.of(0, 0, 1, 1, 2, 2, 2, 2);
        List<String> truth = List.of("a", "a", "a", "a", "b", "b", "b", "b");
        assertEquals(0.8, Agreement.vMeasure(found, truth), 1e-9);
    }
}
