package org.convene.synthesis.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.convene.synthesis.themes.ThemeView.Week;
import org.junit.jupiter.api.Test;

/** A theme's weekly trend, as its insights page shows it. */
class ThemeTrendTest {

    private static final LocalDate THIS_WEEK = LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY);

    @Test
    void aWeekOfTooFewPeopleIsHeldBackAndAWeekWithoutTextsCountsNone() {
        // Texts and people: two weeks ago 12 texts by 7 people, last week 3 by 2, this week none.
        Map<LocalDate, int[]> weeks = Map.of(THIS_WEEK.minusWeeks(2), new int[] {12, 7},
                THIS_WEEK.minusWeeks(1), new int[] {3, 2});
        List<Week> trend = ThemeViews.trend(weeks);
        assertEquals(List.of(THIS_WEEK.minusWeeks(2), THIS_WEEK.minusWeeks(1), THIS_WEEK),
                trend.stream().map(Week::week).toList());
        // Last week alone would be told by subtraction, so the week with most people is held back too.
        assertEquals(Arrays.asList(null, null, 0), trend.stream().map(Week::texts).toList());
    }

    @Test
    void weeksOfEnoughPeopleAreCounted() {
        Map<LocalDate, int[]> weeks = Map.of(THIS_WEEK.minusWeeks(1), new int[] {9, 5}, THIS_WEEK, new int[] {6, 6});
        assertEquals(Arrays.asList(9, 6), ThemeViews.trend(weeks).stream().map(Week::texts).toList());
    }
}
