package org.convene.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnonymityTest {

    @Test
    void fiveAnswersByTwoPeopleAreTwoPeople() {
        String round1 = "survey:s1:0";
        String round2 = "survey:s1:1";
        // Two people answer in round 1; the same two (under new pseudonyms) and one more in round 2.
        List<String> authors = List.of(Anonymity.pseudonym(round1), Anonymity.pseudonym(round1),
                Anonymity.pseudonym(round2), Anonymity.pseudonym(round2), Anonymity.pseudonym(round2));
        assertEquals(3, Anonymity.people(authors), "the largest cohort, not the sum of the cohorts");
        assertFalse(Anonymity.enough(Anonymity.people(authors)));
    }

    @Test
    void aPersonsOwnIdCountsOnceHoweverManyTextsTheyWrote() {
        assertEquals(2, Anonymity.people(List.of("ann", "ann", "ann", "bob", "bob")));
        assertEquals(0, Anonymity.people(List.of()));
        assertEquals(3, Anonymity.people(List.of("ann", "bob", "cy", Anonymity.pseudonym("survey:s:0"))));
    }

    @Test
    void textsWithNoNamedAuthorCountAsOnePerson() {
        String statements = Anonymity.unknownAuthors("deliberation:d1");
        assertTrue(Anonymity.isPseudonym(statements));
        assertEquals(1, Anonymity.people(List.of(statements, statements, statements, statements, statements)));
    }

    @Test
    void aPseudonymNamesItsCohort() {
        String p = Anonymity.pseudonym("survey:abc:2");
        assertTrue(Anonymity.isPseudonym(p));
        assertFalse(Anonymity.isPseudonym("a-user-id"));
        assertEquals("survey:abc:2", Anonymity.cohort(p));
        assertEquals("", Anonymity.cohort("a-user-id"));
        assertThrows(IllegalArgumentException.class, () -> Anonymity.pseudonym("a#b"));
    }

    @Test
    void liveCountsMoveInStepsOfK() {
        assertEquals(0, Anonymity.stepped(4));
        assertEquals(5, Anonymity.stepped(5));
        assertEquals(5, Anonymity.stepped(9));
        assertEquals(10, Anonymity.stepped(10));
    }

    @Test
    void smallCellsAndTheCellThatWouldRevealThemBySubtractionAreWithheld() {
        Map<String, Long> shifts = Map.of("Early", 7L, "Late", 0L, "Night", 2L, "Weekend", 9L);
        // Night alone hidden would be the total minus the rest: Early, the smallest shown, goes too.
        assertEquals(Set.of("Night", "Early"), Anonymity.withheld(shifts));
    }

    @Test
    void withheldCellsTogetherHoldAtLeastKPeople() {
        Map<String, Long> cells = Map.of("a", 1L, "b", 2L, "c", 6L, "d", 8L);
        // a and b are two cells, but 3 people together: the total would still reveal a group of 3.
        assertEquals(Set.of("a", "b", "c"), Anonymity.withheld(cells));
    }

    @Test
    void cellsThatOverlapLoseOnlyTheirSmallCells() {
        // Several options each: 5 chose Staffing, 1 chose IT; no total gives IT away.
        assertEquals(Set.of("IT"), Anonymity.withheldOverlapping(Map.of("Staffing", 5L, "IT", 1L, "Equipment", 0L)));
    }

    @Test
    void nothingIsWithheldWhenEveryCellIsEmptyOrLargeEnough() {
        assertEquals(Set.of(), Anonymity.withheld(Map.of("a", 5L, "b", 0L, "c", 12L)));
        assertEquals(Set.of("a"), Anonymity.withheld(Map.of("a", 3L, "b", 0L)), "nothing else to hide it behind");
    }
}
