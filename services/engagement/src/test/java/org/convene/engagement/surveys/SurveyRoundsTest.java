package org.convene.engagement.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyRoundsTest {

    private static Survey survey(Survey.Schedule schedule, int windowDays) {
        Survey s = new Survey();
        s.schedule = schedule;
        s.startsAt = Instant.parse("2026-11-02T08:00:00Z");
        s.windowDays = windowDays;
        s.audienceRoles = "";
        s.audienceTypes = "";
        s.audienceOrganisations = "";
        return s;
    }

    @Test
    void aWeeklySurveyOpensARoundEachWeekForItsWindow() {
        Survey weekly = survey(Survey.Schedule.WEEKLY, 3);
        assertNull(weekly.currentRound(Instant.parse("2026-11-01T00:00:00Z")));
        Survey.Round second = weekly.currentRound(Instant.parse("2026-11-10T09:00:00Z"));
        assertEquals(1, second.number());
        assertTrue(second.isOpen(Instant.parse("2026-11-10T09:00:00Z")));
        Survey.Round between = weekly.currentRound(Instant.parse("2026-11-13T09:00:00Z"));
        assertEquals(1, between.number());
        assertFalse(between.isOpen(Instant.parse("2026-11-13T09:00:00Z")), "closed after its three days");
    }

    @Test
    void aMonthlySurveyFollowsTheCalendarAndAOneOffNeverComesBack() {
        Survey monthly = survey(Survey.Schedule.MONTHLY, 5);
        assertEquals(Instant.parse("2027-01-02T08:00:00Z"), monthly.round(2).opens());
        Survey once = survey(Survey.Schedule.ONCE, 2);
        assertEquals(0, once.currentRound(Instant.parse("2027-06-01T00:00:00Z")).number());
        assertFalse(once.currentRound(Instant.parse("2027-06-01T00:00:00Z")).isOpen(Instant.parse("2027-06-01T00:00:00Z")));
    }

    @Test
    void aSurveyLooksBackOnlyToTheRoundOpenWhenItWasSetUp() {
        Survey weekly = survey(Survey.Schedule.WEEKLY, 3);
        weekly.startsAt = Instant.parse("0001-01-01T00:00:00Z"); // stored before start dates were checked
        weekly.createdAt = Instant.parse("2026-11-02T08:00:00Z");
        Instant now = Instant.parse("2026-11-20T00:00:00Z");
        List<Integer> due = weekly.roundsDue(now);
        assertEquals(weekly.currentRound(now).number(), due.get(due.size() - 1));
        assertEquals(3, due.size(), "the round open at set-up and the two since, not a backlog of " + due.size());

        Survey fresh = survey(Survey.Schedule.MONTHLY, 5);
        fresh.createdAt = Instant.parse("2026-10-30T08:00:00Z");
        assertEquals(List.of(0, 1), fresh.roundsDue(Instant.parse("2026-12-03T00:00:00Z")));
        assertEquals(List.of(), fresh.roundsDue(Instant.parse("2026-11-01T00:00:00Z")));
    }

    @Test
    void anAudienceOfRolesTypesAndOrganisationsAsksOnlyThoseWhoMatchAll() {
        Survey s = survey(Survey.Schedule.ONCE, 2);
        assertTrue(s.asks("observer", null, null), "an empty audience asks everyone");
        s.audienceRoles = "member,facilitator";
        s.audienceTypes = "council";
        assertTrue(s.asks("member", "council", null));
        assertFalse(s.asks("member", "citizen", null));
        assertFalse(s.asks("observer", "council", null));
        s.audienceOrganisations = "Leeds City Council\nLeeds Teaching Hospitals";
        assertTrue(s.asks("member", "council", "Leeds Teaching Hospitals"));
        assertFalse(s.asks("member", "council", "Bradford Council"));
    }
}
