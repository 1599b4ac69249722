package org.convene.engagement.surveys;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the survey pages show. */
public final class SurveyViews {

    private SurveyViews() {}

    public record QuestionView(UUID id, String kind, String prompt, List<String> options) {

        static QuestionView of(SurveyQuestion q) {
            return new QuestionView(q.id, q.kind.name(), q.prompt, q.optionList());
        }
    }

    public record RoundView(int number, Instant opens, Instant closes, boolean open) {}

    /**
     * A survey as a respondent or a convener sees it.
     *
     * @param round    the current (or last) round; null before the first opens
     * @param answered whether the caller has answered the current round
     * @param manages  whether the caller may see results (conveners and facilitators)
     */
    public record SurveyView(UUID id, String missionId, String title, String intro, List<QuestionView> questions,
                             List<String> audienceRoles, List<String> audienceStakeholderTypes,
                             List<String> audienceOrganisations, String schedule,
                             int windowDays, RoundView round, boolean asked, boolean answered, boolean manages) {}

    /**
     * One question's answers in a round, shown from five people up.
     *
     * @param distribution how many chose each value or option; null for a value or option chosen by
     *                     1 to 4 people, and for the one that would give those away by subtraction
     * @param average      the mean of a 1-5 or 0-10 question
     * @param enps         promoters (9-10) minus detractors (0-6), in percent, for an ENPS question
     * @param texts        how many free-text answers there were (the texts go to the synthesis service)
     */
    public record QuestionResult(UUID questionId, String kind, String prompt, Map<String, Long> distribution,
                                 Double average, Integer enps, Long texts) {}

    /**
     * @param responses    people whose answers have been released: answers wait until five people
     *                     have answered and are released together, so this moves in steps of five or more
     * @param audience     members asked now
     * @param responseRate responses / audience, 0 to 1
     * @param shown        false when fewer than five answers are released: then nothing but the count is shown
     */
    public record RoundResult(int number, Instant opens, Instant closes, long responses, long audience,
                              double responseRate, boolean shown, List<QuestionResult> questions) {}

    public record Results(UUID surveyId, String title, List<RoundResult> rounds) {}

    /** The answers a respondent sends: one per question, by question id. */
    public record ResponseDraft(List<Answer> answers) {

        /** A number (SCALE_5, ENPS), chosen options (SINGLE, MULTI) or a text (TEXT). */
        public record Answer(UUID questionId, Integer number, List<String> choices, String text) {}
    }
}
