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
import org.convene.contracts.ThemeResponded;
import org.convene.contracts.ThemeRetired;
import org.convene.contracts.MembershipChanged;
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
        String id = submitWhenMember(DemoUser.FRANKIE, mission, Map.of("text", "The lifts at the station are broken"));
        String second = submitWhenMember(DemoUser.FRANKIE, mission, Map.of("text", "Still no working lift at the station"));
        String oldTheme = UUID.randomUUID().toString();
        String newTheme = UUID.randomUUID().toString();
        Instant now = Instant.now();
        // Plays the synthesis service: both texts join a theme, which a convener answers.
        EventTap.publish(EventEnvelope.wrap(new FeedbackThemed(mission, id, oldTheme, "lift · station", now), "/services/synthesis"));
        EventTap.publish(EventEnvelope.wrap(new FeedbackThemed(mission, second, oldTheme, "lift · station", now), "/services/synthesis"));
        try (EventTap answers = EventTap.open(Topics.ANSWERS)) {
            EventEnvelope responded = EventEnvelope.wrap(new ThemeResponded(mission, oldTheme, UUID.randomUUID().toString(),
                    "Both lifts are repaired by Friday", "IN_PROGRESS", "Olivia Okafor", now), "/services/synthesis");
            EventTap.publish(responded);
            EventTap.publish(responded); // redelivered: nobody is told twice
            List<EventEnvelope> told = answers.collect(e -> e.data() instanceof FeedbackAnswered a
                    && a.themeId().equals(oldTheme), Duration.ofSeconds(6));
            assertEquals(1, told.size(), "one notice for the one person behind both texts");
            FeedbackAnswered notice = (FeedbackAnswered) told.get(0).data();
            assertEquals(DemoUser.FRANKIE.userId(), notice.userId());
            assertEquals("Both lifts are repaired by Friday", notice.text());
        }
        // A re-clustering moves the texts to another theme and retires the old one: the answer follows.
        EventTap.publish(EventEnvelope.wrap(new FeedbackThemed(mission, id, newTheme, "lift · broken", now), "/services/synthesis"));
        EventTap.publish(EventEnvelope.wrap(new ThemeRetired(mission, oldTheme, newTheme, now), "/services/synthesis"));
        Instant deadline = Instant.now().plusSeconds(20);
        List<String> answered = List.of();
        while (answered.isEmpty() && Instant.now().isBefore(deadline)) {
            answered = as(DemoUser.FRANKIE).get("/me/feedback").jsonPath()
                    .getList("find { it.id == '" + id + "' && it.themeId == '" + newTheme + "' }.responses.text");
            answered = answered == null ? List.of() : answered;
            sleep();
        }
        assertEquals(List.of("Both lifts are repaired by Friday"), answered);
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
