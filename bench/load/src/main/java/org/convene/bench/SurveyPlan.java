package org.convene.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.platform.testing.DemoUser;

/**
 * Survey answers for the fault test: one-question surveys (a free text) in the mission, each
 * answered once by every person; the n-th answer is person n mod 6's to survey n / 6, with a text
 * of its own (letters only, so that the synthesis service's masking of personal data leaves it as
 * it is and the themed copy can be matched). When every survey has every person's answer the plan
 * is spent.
 */
final class SurveyPlan {

    static final String PREFIX = "Fault test answer ";

    /** One answer to send. */
    record Answer(String surveyId, String questionId, DemoUser person, String text) {

        String path() {
            return "/api/engagement/surveys/" + surveyId + "/responses";
        }

        String body() {
            return "{\"answers\":[{\"questionId\":\"" + questionId + "\",\"text\":\"" + text + "\"}]}";
        }
    }

    private final List<DemoUser> people;
    private final List<String[]> surveys = new ArrayList<>();
    private final String run = Words.random(6);

    private SurveyPlan(List<DemoUser> people) {
        this.people = people;
    }

    /** Sets up enough surveys in the mission (as its convener, Olivia) for {@code answers} answers. */
    static SurveyPlan open(String missionId, List<DemoUser> people, int answers) {
        SurveyPlan plan = new SurveyPlan(people);
        int count = (int) Math.ceil(answers / (double) people.size());
        for (int s = 0; s < count; s++) {
            JsonNode survey = Gateway.call(DemoUser.OLIVIA, "POST", "/api/engagement/missions/" + missionId + "/surveys",
                    Map.of("title", "Fault test survey " + (s + 1),
                            "questions", List.of(Map.of("kind", "TEXT", "prompt", "What slows the day centre down?")),
                            "schedule", "ONCE", "windowDays", 1));
            plan.surveys.add(new String[] {survey.get("id").asText(), survey.get("questions").get(0).get("id").asText()});
        }
        return plan;
    }

    int size() {
        return surveys.size() * people.size();
    }

    /** The n-th answer, or empty once every survey has every person's answer. */
    Optional<Answer> answer(int n) {
        if (n >= size()) {
            return Optional.empty();
        }
        String[] survey = surveys.get(n / people.size());
        return Optional.of(new Answer(survey[0], survey[1], people.get(n % people.size()),
                PREFIX + run + " " + Words.of(n) + " the lift is out again"));
    }
}
