package org.convene.engagement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackAnswered;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.contracts.FeedbackThemed;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.ThemeResponded;
import org.convene.contracts.ThemeRetired;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * The engagement service on the local stack. The test plays the communities service: it
 * publishes the membership events that decide who may send feedback.
 */
class FeedbackIT {

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    private static String missionWithMember(DemoUser member) {
        String mission = UUID.randomUUID().toString();
        EventEnvelope joined = EventEnvelope.wrap(new MembershipChanged(mission, member.userId(), "member",
                MembershipChanged.Change.JOINED, "council"), "/services/communities");
        EventTap.publish(joined);
        EventTap.publish(joined); // a redelivery changes nothing
        return mission;
    }

    @Test
    void aMemberSendsFeedbackWhichIsStoredAndPublishedOnce() {
        String mission = missionWithMember(DemoUser.FRANKIE);
        try (EventTap feedback = EventTap.open(Topics.FEEDBACK)) {
            String id = submitWhenMember(DemoUser.FRANKIE, mission, Map.of(
                    "text", "The night bus stops running before our shift ends",
                    "category", "Transport", "service", "Ward 4", "place", "Leeds"));

            as(DemoUser.FRANKIE).get("/me/feedback").then().statusCode(200)
                    .body("id", hasItem(id))
                    .body("find { it.id == '" + id + "' }.place", equalTo("Leeds"));

            List<EventEnvelope> events = feedback.collect(e -> e.data() instanceof FeedbackSubmitted f
                    && f.feedbackId().equals(id), Duration.ofSeconds(4));
            assertEquals(1, events.size(), "one event per acknowledged submission");
            FeedbackSubmitted sent = (FeedbackSubmitted) events.get(0).data();
            assertEquals(mission, sent.missionId());
            assertEquals("council", sent.stakeholderType());
            assertEquals("Leeds City Council", sent.organisation());

            // The synthesis service places it in a theme, and the sender sees which.
            Instant deadline = Instant.now().plusSeconds(20);
            String label = null;
            while (label == null && Instant.now().isBefore(deadline)) {
                label = as(DemoUser.FRANKIE).get("/me/feedback").jsonPath()
                        .getString("find { it.id == '" + id + "' }.themeLabel");
                sleep();
            }
            assertTrue(label != null && (label.contains("bus") || label.contains("night") || label.contains("shift")),
                    "the feedback shows its theme: " + label);
        }
    }

    @Test
    void eachSenderIsToldOnceOfAnAnswerAndTheAnswerFollowsItsThemeWhenRedrawn() {
        String mission = missionWithMember(DemoUser.FRANKIE);
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.OLIVIA.userId(), "convener",
                MembershipChanged.Change.JOINED, "ministry"), "/services/communities"));
        String id = submitWhenMember(DemoUser.FRANKIE, mission, Map.of("text", "The lifts at the station are broken"));
        submitWhenMember(DemoUser.FRANKIE, mission, Map.of("text", "Still no working lift at the station"));
        // The synthesis service themes both; the convener answers the first one's theme there.
        String theme = null;
        Instant deadline = Instant.now().plusSeconds(30);
        while (theme == null && Instant.now().isBefore(deadline)) {
            theme = as(DemoUser.FRANKIE).get("/me/feedback").jsonPath().getString("find { it.id == '" + id + "' }.themeId");
            sleep();
        }
        assertTrue(theme != null, "the feedback joined a theme");
        try (EventTap answers = EventTap.open(Topics.ANSWERS); EventTap themes = EventTap.open(Topics.THEMES)) {
            given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.OLIVIA.accessToken()).contentType(ContentType.JSON)
                    .body(Map.of("text", "Both lifts are repaired by Friday", "status", "IN_PROGRESS"))
                    .post("/missions/" + mission + "/themes/" + theme + "/responses").then().statusCode(201);
            String answered = theme;
            EventEnvelope responded = themes.await(e -> e.data() instanceof ThemeResponded r
                    && r.themeId().equals(answered), Duration.ofSeconds(10));
            EventTap.publish(responded); // redelivered: nobody is told twice
            List<EventEnvelope> told = answers.collect(e -> e.data() instanceof FeedbackAnswered a
                    && a.themeId().equals(answered), Duration.ofSeconds(6));
            assertEquals(1, told.size(), "one notice for the one person behind the theme's feedback");
            FeedbackAnswered notice = (FeedbackAnswered) told.get(0).data();
            assertEquals(DemoUser.FRANKIE.userId(), notice.userId());
            assertEquals("Both lifts are repaired by Friday", notice.text());
        }
        // Plays a re-clustering of the synthesis service: the text moves to another theme and the old
        // one is retired into it. The answer follows.
        String newTheme = UUID.randomUUID().toString();
        Instant now = Instant.now();
        EventTap.publish(EventEnvelope.wrap(new FeedbackThemed(mission, id, newTheme, "lift · station", now), "/services/synthesis"));
        EventTap.publish(EventEnvelope.wrap(new ThemeRetired(mission, theme, newTheme, now), "/services/synthesis"));
        deadline = Instant.now().plusSeconds(20);
        List<String> answers = List.of();
        while (answers.isEmpty() && Instant.now().isBefore(deadline)) {
            answers = as(DemoUser.FRANKIE).get("/me/feedback").jsonPath()
                    .getList("find { it.id == '" + id + "' && it.themeId == '" + newTheme + "' }.responses.text");
            answers = answers == null ? List.of() : answers;
            sleep();
        }
        assertEquals(List.of("Both lifts are repaired by Friday"), answers);
    }

    @Test
    void nonMembersAndBadInputAreRefusedClearly() {
        String mission = missionWithMember(DemoUser.FRANKIE);
        submitWhenMember(DemoUser.FRANKIE, mission, Map.of("text", "first"));

        as(DemoUser.SAM).body(Map.of("text", "let me in")).post("/missions/" + mission + "/feedback")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("members"));
        as(DemoUser.FRANKIE).body(Map.of("text", "")).post("/missions/" + mission + "/feedback")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        as(DemoUser.FRANKIE).body(Map.of("text", "x".repeat(2001))).post("/missions/" + mission + "/feedback")
                .then().statusCode(400);
        as(DemoUser.FRANKIE).body("{\"text\":42}").post("/missions/" + mission + "/feedback")
                .then().statusCode(400).contentType("application/problem+json");
        as(DemoUser.FRANKIE).body("not json").post("/missions/" + mission + "/feedback")
                .then().statusCode(400);
        given().baseUri(LocalStack.ENGAGEMENT).contentType(ContentType.JSON).body(Map.of("text", "anonymous"))
                .post("/missions/" + mission + "/feedback").then().statusCode(401);
        as(DemoUser.FRANKIE).get("/me/feedback").then().statusCode(200)
                .body("findAll { it.missionId == '" + mission + "' }.size()", equalTo(1));
    }

    private static String submitWhenMember(DemoUser user, String mission, Map<String, String> body) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            var response = as(user).body(body).post("/missions/" + mission + "/feedback");
            if (response.statusCode() == 201) {
                return response.jsonPath().getString("id");
            }
            if (response.statusCode() != 403 || Instant.now().isAfter(deadline)) {
                throw new AssertionError("feedback refused: " + response.statusCode() + " " + response.asString());
            }
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
