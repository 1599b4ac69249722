package org.convene.engagement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.contracts.Anonymity;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** Pulse surveys on the local stack; the test plays the communities service's membership events. */
class SurveysIT {

    private static final List<DemoUser> ASKED =
            List.of(DemoUser.OLIVIA, DemoUser.CARL, DemoUser.FIONA, DemoUser.SAM, DemoUser.FRANKIE);

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    private static String mission() {
        String mission = UUID.randomUUID().toString();
        for (DemoUser person : ASKED) {
            String role = person == DemoUser.OLIVIA ? "convener" : "member";
            String type = person == DemoUser.FIONA ? "council" : "citizen";
            String organisation = person == DemoUser.FIONA ? "Leeds City Council" : null;
            EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, person.userId(), role,
                    MembershipChanged.Change.JOINED, type, organisation), "/services/communities"));
        }
        return mission;
    }

    private static Map<String, Object> survey(String title, List<String> types) {
        return Map.of("title", title, "schedule", "WEEKLY", "windowDays", 3, "audienceStakeholderTypes", types,
                "questions", List.of(
                        Map.of("kind", "SCALE_5", "prompt", "How was your week?"),
                        Map.of("kind", "ENPS", "prompt", "Would you recommend working here to a friend?"),
                        Map.of("kind", "SINGLE", "prompt", "Which shift do you work?", "options", List.of("Early", "Late", "Night")),
                        Map.of("kind", "MULTI", "prompt", "What got in the way?", "options", List.of("Staffing", "Equipment", "IT")),
                        Map.of("kind", "TEXT", "prompt", "Anything else?")));
    }

    /** Sets the survey up once the membership events have arrived. */
    private static Response create(String mission, Map<String, Object> body) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            Response r = as(DemoUser.OLIVIA).body(body).post("/missions/" + mission + "/surveys");
            if (r.statusCode() != 404 || Instant.now().isAfter(deadline)) {
                return r;
            }
            sleep();
        }
    }

    private static Map<String, Object> answers(Response survey, int scale, int enps, String shift, List<String> blockers,
                                               String text) {
        List<String> ids = survey.jsonPath().getList("questions.id");
        return Map.of("answers", List.of(Map.of("questionId", ids.get(0), "number", scale),
                Map.of("questionId", ids.get(1), "number", enps),
                Map.of("questionId", ids.get(2), "choices", List.of(shift)),
                Map.of("questionId", ids.get(3), "choices", blockers),
                Map.of("questionId", ids.get(4), "text", text)));
    }

    @Test
    void membersAnswerOncePerRoundAndConvenersSeeResultsFromFiveUp() {
        String mission = mission();
        Response created = create(mission, survey("Weekly pulse", List.of()));
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.jsonPath().getString("id");
        as(DemoUser.CARL).body(survey("Mine", List.of())).post("/missions/" + mission + "/surveys").then().statusCode(403);
        as(DemoUser.OLIVIA).body(Map.of("title", "Bad", "schedule", "WEEKLY", "windowDays", 10, "questions",
                List.of(Map.of("kind", "SINGLE", "prompt", "Pick", "options", List.of("Only one")))))
                .post("/missions/" + mission + "/surveys").then().statusCode(400)
                .body("errors.field", hasItem("questions[0].options")).body("errors.field", hasItem("windowDays"));

        as(DemoUser.CARL).get("/me/surveys").then().statusCode(200).body("id", hasItem(id));
        as(DemoUser.CARL).body(Map.of("answers", List.of())).post("/surveys/" + id + "/responses").then()
                .statusCode(400).body("errors[0].field", equalTo("answers"));
        as(DemoUser.CARL).body(answers(created, 6, 9, "Early", List.of("IT"), "")).post("/surveys/" + id + "/responses")
                .then().statusCode(400).body("errors[0].field", equalTo("answers[0].number"));
        as(DemoUser.CARL).body(answers(created, 4, 9, "Day", List.of("IT"), "")).post("/surveys/" + id + "/responses")
                .then().statusCode(400).body("errors[0].field", equalTo("answers[2].choices"));

        int[] scale = {5, 4, 4, 3, 2};
        int[] enps = {10, 9, 8, 6, 3};
        try (EventTap feedback = EventTap.open(Topics.FEEDBACK)) {
            for (int i = 0; i < ASKED.size(); i++) {
                DemoUser person = ASKED.get(i);
                if (i == 4) {
                    // Four answers wait unseen: not even their count shows, until a fifth person answers.
                    as(DemoUser.OLIVIA).get("/surveys/" + id + "/results").then().statusCode(200)
                            .body("rounds[0].responses", equalTo(0)).body("rounds[0].shown", equalTo(false))
                            .body("rounds[0].questions.size()", equalTo(0));
                }
                as(person).body(answers(created, scale[i], enps[i], i % 2 == 0 ? "Early" : "Night",
                                i == 0 ? List.of("Staffing", "IT") : List.of("Staffing"),
                                i == 1 ? "The ward phone is broken, call carl@example.org" : ""))
                        .post("/surveys/" + id + "/responses").then().statusCode(201);
            }
            as(DemoUser.CARL).body(answers(created, 1, 0, "Late", List.of("IT"), "")).post("/surveys/" + id + "/responses")
                    .then().statusCode(409);
            FeedbackSubmitted text = (FeedbackSubmitted) feedback.await(e -> e.data() instanceof FeedbackSubmitted f
                    && f.missionId().equals(mission), Duration.ofSeconds(15)).data();
            assertTrue(Anonymity.isPseudonym(text.authorId()), "a free-text answer goes on under a pseudonym");
            assertEquals("survey:" + id + ":0", Anonymity.cohort(text.authorId()), "of the round's people");
            assertEquals(null, text.stakeholderType(), "nothing to match its sender by");
            assertEquals("Pulse survey: Weekly pulse", text.category());
        }
        as(DemoUser.CARL).get("/me/surveys").then().body("id", not(hasItem(id)));
        as(DemoUser.CARL).get("/surveys/" + id + "/results").then().statusCode(403);
        awaitReleased(id, 5);
        as(DemoUser.OLIVIA).get("/surveys/" + id + "/results").then().statusCode(200)
                .body("rounds[0].responses", equalTo(5)).body("rounds[0].audience", equalTo(5))
                .body("rounds[0].responseRate", equalTo(1.0f)).body("rounds[0].shown", equalTo(true))
                .body("rounds[0].questions[0].average", equalTo(3.6f))
                .body("rounds[0].questions[1].enps", equalTo(0))
                // Night (2 people) is withheld, and Early (3) with it, or 5 - 3 would give Night away.
                .body("rounds[0].questions[2].distribution.Early", equalTo(null))
                .body("rounds[0].questions[2].distribution.Night", equalTo(null))
                .body("rounds[0].questions[2].distribution.Late", equalTo(0))
                .body("rounds[0].questions[3].distribution.Staffing", equalTo(5))
                .body("rounds[0].questions[3].distribution.IT", equalTo(null))
                .body("rounds[0].questions[4].texts", equalTo(1));
    }

    @Test
    void aSurveyAsksOnlyItsAudience() {
        String mission = mission();
        Response created = create(mission, survey("Councils only", List.of("council")));
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.jsonPath().getString("id");
        as(DemoUser.FIONA).get("/me/surveys").then().body("id", hasItem(id));
        as(DemoUser.CARL).get("/me/surveys").then().body("id", not(hasItem(id)));
        as(DemoUser.CARL).get("/surveys/" + id).then().statusCode(404);
        as(DemoUser.CARL).body(answers(created, 3, 5, "Late", List.of("IT"), "")).post("/surveys/" + id + "/responses")
                .then().statusCode(404);
        as(DemoUser.OLIVIA).get("/surveys/" + id).then().statusCode(200).body("manages", equalTo(true))
                .body("asked", equalTo(false));
        as(DemoUser.OLIVIA).get("/surveys/" + UUID.randomUUID()).then().statusCode(404);

        Map<String, Object> byOrganisation = new java.util.HashMap<>(survey("Council staff only", List.of()));
        byOrganisation.put("audienceOrganisations", List.of("Leeds City Council"));
        String forCouncil = create(mission, byOrganisation).then().statusCode(201).extract().path("id");
        as(DemoUser.FIONA).get("/me/surveys").then().body("id", hasItem(forCouncil));
        as(DemoUser.FRANKIE).get("/me/surveys").then().body("id", not(hasItem(forCouncil)));
    }

    @Test
    void aSurveyStartsWithinAYearOfBeingSetUp() {
        String mission = mission();
        for (String startsAt : List.of("0001-01-01T00:00:00Z", Instant.now().minus(Duration.ofDays(3)).toString(),
                Instant.now().plus(Duration.ofDays(400)).toString())) {
            Map<String, Object> body = new HashMap<>(survey("Starting " + startsAt, List.of()));
            body.put("startsAt", startsAt);
            Response refused = create(mission, body);
            assertEquals(400, refused.statusCode(), refused.asString());
            assertEquals("application/problem+json", refused.contentType());
            assertEquals("startsAt", refused.jsonPath().getString("errors[0].field"));
        }
        Map<String, Object> nextMonth = new HashMap<>(survey("Next month", List.of()));
        nextMonth.put("startsAt", Instant.now().plus(Duration.ofDays(30)).toString());
        create(mission, nextMonth).then().statusCode(201);
    }

    /** Answers reach the results a moment after the k-th person answers, together. */
    private static void awaitReleased(String id, int people) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (as(DemoUser.OLIVIA).get("/surveys/" + id + "/results").jsonPath().getInt("rounds[0].responses") < people) {
            assertTrue(Instant.now().isBefore(deadline), "the round's answers were released");
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
