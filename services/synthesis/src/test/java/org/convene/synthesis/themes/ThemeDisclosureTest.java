package org.convene.synthesis.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.convene.contracts.Anonymity;
import org.convene.contracts.ThemeUpdated;
import org.junit.jupiter.api.Test;

class ThemeDisclosureTest {

    private static Theme theme(boolean anonymous, int people) {
        Theme theme = Theme.create("m");
        theme.anonymous = anonymous;
        theme.people = people;
        theme.size = people * 2;
        theme.updatedAt = Instant.parse("2026-12-02T09:41:27.123Z");
        return theme;
    }

    @Test
    void aThemeWithAnonymousTextsIsHiddenAndSilentBelowFivePeople() {
        assertFalse(ThemeDisclosure.visible(theme(true, 4)));
        assertFalse(ThemeDisclosure.announce(theme(true, 4), 3));
        assertTrue(ThemeDisclosure.visible(theme(true, 5)));
        assertTrue(ThemeDisclosure.announce(theme(true, 5), 4));
    }

    @Test
    void itIsAnnouncedOnlyEachTimeFiveMorePeopleJoin() {
        assertFalse(ThemeDisclosure.announce(theme(true, 6), 5), "one person more is not told");
        assertFalse(ThemeDisclosure.announce(theme(true, 9), 9), "one text more by someone in it is not told");
        assertTrue(ThemeDisclosure.announce(theme(true, 10), 9));
    }

    @Test
    void itsAnnouncementGivesPeopleInStepsOfFiveAndTheHour() {
        ThemeUpdated event = ThemeDisclosure.event(theme(true, 8));
        assertEquals(5, event.people());
        assertEquals(Instant.parse("2026-12-02T09:00:00Z"), event.updatedAt());
    }

    @Test
    void aThemeOfSignedFeedbackEmergesAsBefore() {
        assertTrue(ThemeDisclosure.visible(theme(false, 1)));
        assertTrue(ThemeDisclosure.announce(theme(false, 2), 1));
        assertEquals(2, ThemeDisclosure.event(theme(false, 2)).people());
    }

    @Test
    void aBreakdownLeavesOutSmallGroupsAndTheGroupThatWouldGiveThemAway() {
        String round = "survey:s:0";
        List<Object[]> rows = List.of(
                new Object[] {"council", "a", 2L}, new Object[] {"council", "b", 1L}, new Object[] {"council", "c", 1L},
                new Object[] {"council", "d", 1L}, new Object[] {"council", "e", 1L}, new Object[] {"council", "f", 1L},
                new Object[] {"citizen", "g", 1L}, new Object[] {"citizen", "h", 1L},
                new Object[] {"ministry", "i", 1L}, new Object[] {"ministry", "j", 1L}, new Object[] {"ministry", "k", 1L},
                new Object[] {"ministry", "l", 1L}, new Object[] {"ministry", "m", 1L}, new Object[] {"ministry", "n", 1L},
                new Object[] {"ministry", "o", 1L},
                // Five answers from five rounds' pseudonyms: may all be one person.
                new Object[] {"firm", Anonymity.pseudonym(round), 1L}, new Object[] {"firm", Anonymity.pseudonym("survey:s:1"), 1L},
                new Object[] {"firm", Anonymity.pseudonym("survey:s:2"), 1L}, new Object[] {"firm", Anonymity.pseudonym("survey:s:3"), 1L},
                new Object[] {"firm", Anonymity.pseudonym("survey:s:4"), 1L});
        List<ThemeDetail.Group> groups = ThemeViews.groups(rows);
        // citizen (2 people) and firm (1 person) are 3 together: council (6), the smallest shown, goes with them.
        assertEquals(List.of("ministry"), groups.stream().map(ThemeDetail.Group::value).toList());
        assertEquals(7, groups.get(0).people());
    }
}
