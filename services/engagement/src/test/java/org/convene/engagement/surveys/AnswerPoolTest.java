package org.convene.engagement.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.contracts.Anonymity;
import org.junit.jupiter.api.Test;

class AnswerPoolTest {

    @Test
    void aRoundReleasesItsAnswersOnlyOnceFivePeopleHaveAnswered() {
        assertEquals(AnswerPool.Action.WAIT, AnswerPool.decide(0, false));
        assertEquals(AnswerPool.Action.WAIT, AnswerPool.decide(4, false));
        assertEquals(AnswerPool.Action.RELEASE, AnswerPool.decide(5, false));
        assertEquals(AnswerPool.Action.RELEASE, AnswerPool.decide(7, true));
    }

    @Test
    void fewerThanFiveLeftWhenTheRoundClosesAreDeletedUnreleased() {
        assertEquals(AnswerPool.Action.DISCARD, AnswerPool.decide(4, true));
        assertEquals(AnswerPool.Action.DISCARD, AnswerPool.decide(1, true));
        assertEquals(AnswerPool.Action.WAIT, AnswerPool.decide(0, true));
    }

    @Test
    void aResultHoldsBackSmallCellsAndTheCellThatWouldGiveThemAway() {
        Map<String, Long> shifts = new LinkedHashMap<>();
        shifts.put("Early", 3L);
        shifts.put("Late", 0L);
        shifts.put("Night", 2L);
        Map<String, Long> shown = SurveyResponses.suppressed(shifts, Anonymity.withheld(shifts));
        assertEquals(null, shown.get("Early"));
        assertEquals(null, shown.get("Night"));
        assertEquals(0L, shown.get("Late"));
        assertEquals(3, shown.size(), "every option is listed, withheld or not");
    }
}
