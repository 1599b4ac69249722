package org.convene.synthesis;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.contracts.FeedbackThemed;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.StatementPublished;
import org.convene.contracts.ThemeResponded;
import org.convene.contracts.ThemeUpdated;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.convene.synthesis.themes.ThemeFinderTest;
import org.junit.jupiter.api.Test;

/**
 * The synthesis service on the local stack. The test plays the communities and engagement
 * services: it publishes their membership and feedback events.
 */
class ThemesIT {

    private final String mission = UUID.randomUUID().toString();

    @Test
    void feedbackFormsThemesOnceEachAndSmallGroupsStayHidden() {
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.OLIVIA.userId(), "convener",
                MembershipChanged.Change.JOINED, "ministry"), "/services/communities"));
        try (EventTap themes = EventTap.open(Topics.THEMES, Topics.FEEDBACK_THEMES)) {
            String[] waiting = {
                "Waiting times at the clinic are far too long",
                "The waiting time for an appointment was long, write to ann@example.org",
                "Long waiting times before anyone saw my son",
                "We spent three hours waiting, the waiting room was full",
                "Waiting times for the clinic need to come down",
                "Appointment waiting times are long, call 0113 496 0000",
            };
            EventEnvelope first = null;
            for (int i = 0; i < waiting.length; i++) {
                EventEnvelope event = feedback("person-" + i, waiting[i]);
                EventTap.publish(event);
                if (first == null) {
                    first = event;
                }
            }
            EventTap.publish(first); // redelivered: must not count twice
            EventTap.publish(feedback("person-9", "Parking spaces near the school gate are dangerous"));

            JsonPath body = awaitThemes(2);
            Map<String, Object> big = body.getMap("find { it.enoughPeople == true }");
            assertTrue(((String) big.get("label")).contains("waiting"), "labelled by its distinctive terms: " + big);
            assertEquals(6, big.get("size"), "six texts, the redelivered one counted once");
            List<String> quotes = (List<String>) big.get("quotes");
            assertEquals(3, quotes.size());
            quotes.forEach(q -> assertFalse(q.contains("@") || q.contains("496 0000"), "personal data masked: " + q));

            Map<String, Object> small = body.getMap("find { it.enoughPeople == false }");
            assertEquals(null, small.get("size"), "no count is shown for fewer than five people");
            assertEquals(List.of(), small.get("quotes"));

            Map<String, Object> sentiment = (Map<String, Object>) big.get("sentiment");
            assertTrue((Integer) sentiment.get("negative") >= 4, "complaints about waiting read negative: " + sentiment);
            List<Map<String, Object>> trend = (List<Map<String, Object>>) big.get("trend");
            assertEquals(6, trend.get(trend.size() - 1).get("texts"), "this week's six texts: " + trend);
            assertEquals(null, small.get("sentiment"));

            EventEnvelope update = themes.await(e -> e.data() instanceof ThemeUpdated t
                    && t.missionId().equals(mission) && t.size() == 6, Duration.ofSeconds(10));
            assertEquals(6, ((ThemeUpdated) update.data()).people());
        }
    }

    @Test
    void aBurstOfFeedbackIsAnnouncedAsAFewThemeUpdatesNotOnePerText() {
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.OLIVIA.userId(), "convener",
                MembershipChanged.Change.JOINED, "ministry"), "/services/communities"));
        int texts = 40;
        try (EventTap themes = EventTap.open(Topics.THEMES)) {
            List<EventEnvelope> burst = new java.util.ArrayList<>();
            for (int i = 0; i < texts; i++) {
                burst.add(feedback("person-" + i, "The bins on Park Lane were not emptied again, week " + i));
            }
            EventTap.publishAll(burst);
            // The theme's final state is announced; the texts before it are folded into a few updates.
            themes.await(e -> e.data() instanceof ThemeUpdated t && t.missionId().equals(mission)
                    && t.size() == texts, Duration.ofSeconds(60));
            List<EventEnvelope> updates = themes.collect(e -> e.data() instanceof ThemeUpdated t
                    && t.missionId().equals(mission), Duration.ofSeconds(3));
            assertTrue(updates.size() <= texts / 4, "at most an update a second per theme, not one per text: "
                    + updates.size() + " for " + texts + " texts");
        }
    }

    @Test
    void convenersAnswerAThemeAndEveryFeedbackInItLearnsWhichThemeItJoined() {
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.OLIVIA.userId(), "convener",
                MembershipChanged.Change.JOINED, "ministry"), "/services/communities"));
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.CARL.userId(), "member",
                MembershipChanged.Change.JOINED, "citizen"), "/services/communities"));
        String themeId;
        try (EventTap themes = EventTap.open(Topics.THEMES, Topics.FEEDBACK_THEMES)) {
            EventEnvelope sent = feedback("person-1", "The bins on Park Lane are not emptied");
            EventTap.publish(sent);
            String feedbackId = ((FeedbackSubmitted) sent.data()).feedbackId();
            FeedbackThemed themed = (FeedbackThemed) themes.await(e -> e.data() instanceof FeedbackThemed f
                    && f.feedbackId().equals(feedbackId), Duration.ofSeconds(10)).data();
            themeId = themed.themeId();
            assertTrue(themed.label().contains("bin") || themed.label().contains("emptied"), themed.label());

            given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.CARL.accessToken()).contentType("application/json")
                    .body(Map.of("text", "Not me", "status", "DONE"))
                    .post("/missions/" + mission + "/themes/" + themeId + "/responses").then().statusCode(403);
            given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.OLIVIA.accessToken()).contentType("application/json")
                    .body(Map.of("text", "Soon", "status", "SOMEDAY"))
                    .post("/missions/" + mission + "/themes/" + themeId + "/responses").then().statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.equalTo("status"));
            given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.OLIVIA.accessToken()).contentType("application/json")
                    .body(Map.of("text", "Collections move to Mondays from next week", "status", "PLANNED"))
                    .post("/missions/" + mission + "/themes/" + UUID.randomUUID() + "/responses").then().statusCode(404);
            given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.OLIVIA.accessToken()).contentType("application/json")
                    .body(Map.of("text", "Collections move to Mondays from next week", "status", "PLANNED"))
                    .post("/missions/" + mission + "/themes/" + themeId + "/responses").then().statusCode(201);
            ThemeResponded responded = (ThemeResponded) themes.await(e -> e.data() instanceof ThemeResponded r
                    && r.themeId().equals(themeId), Duration.ofSeconds(10)).data();
            assertEquals("Olivia Okafor", responded.respondedBy());
            // Every status the API documents is taken (HEARD was refused by the table: a 500).
            for (String status : List.of("HEARD", "IN_PROGRESS", "DONE", "NOT_PLANNED")) {
                given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.OLIVIA.accessToken()).contentType("application/json")
                        .body(Map.of("text", "Now " + status, "status", status))
                        .post("/missions/" + mission + "/themes/" + themeId + "/responses").then().statusCode(201)
                        .body("status", org.hamcrest.Matchers.equalTo(status));
            }
        }
        given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.CARL.accessToken())
                .get("/missions/" + mission + "/themes").then().statusCode(200)
                .body("find { it.id == '" + themeId + "' }.responses[0].status", org.hamcrest.Matchers.equalTo("PLANNED"));
    }

    @Test
    void threeTopicsBecomeThreeThemesThatKeepTheirIdsWhenRedrawn() {
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.OLIVIA.userId(), "convener",
                MembershipChanged.Change.JOINED, "ministry"), "/services/communities"));
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.CARL.userId(), "member",
                MembershipChanged.Change.JOINED, "citizen"), "/services/communities"));
        List<List<String>> topics = List.of(ThemeFinderTest.BUSES, ThemeFinderTest.FOOD, ThemeFinderTest.NURSES);
        try (EventTap themes = EventTap.open(Topics.THEMES, Topics.FEEDBACK_THEMES)) {
            for (int i = 0; i < ThemeFinderTest.BUSES.size(); i++) {
                for (int t = 0; t < topics.size(); t++) {
                    String stakeholder = i % 2 == 0 ? "citizen" : "frontline";
                    EventTap.publish(EventEnvelope.wrap(new FeedbackSubmitted(mission, UUID.randomUUID().toString(),
                            "person-" + t + "-" + i, topics.get(t).get(i), null, "service-" + t, "Leeds", stakeholder,
                            null, Instant.now()), "/services/engagement"));
                }
            }
            java.util.Set<String> themed = new java.util.HashSet<>();
            themes.await(e -> e.data() instanceof FeedbackThemed f && f.missionId().equals(mission)
                    && themed.add(f.feedbackId()) && themed.size() == 24, Duration.ofSeconds(60));
        }

        given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.CARL.accessToken())
                .post("/missions/" + mission + "/themes/reclustering").then().statusCode(403)
                .contentType("application/problem+json");
        // Twenty texts made a re-clustering due already; redrawing again keeps every theme and its id.
        JsonPath summary = given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .post("/missions/" + mission + "/themes/reclustering").then().statusCode(200).extract().jsonPath();
        assertEquals(24, summary.getInt("texts"));
        assertEquals(3, summary.getInt("themes"), "three topics, three themes: " + summary.prettify());
        JsonPath before = awaitThemes(body -> true);
        JsonPath again = given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .post("/missions/" + mission + "/themes/reclustering").then().statusCode(200).extract().jsonPath();
        assertEquals(3, again.getInt("kept"), "the same texts, the same themes: " + again.prettify());
        assertEquals(0, again.getInt("textsMoved"));

        JsonPath after = awaitThemes(body -> true);
        assertEquals(List.of(8, 8, 8), after.getList("size"), "each topic whole in its own theme");
        assertEquals(before.getList("id"), after.getList("id"), "theme ids are stable");
        String busTheme = after.getString("find { it.label.contains('bus') }.id");

        JsonPath detail = given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.CARL.accessToken())
                .get("/missions/" + mission + "/themes/" + busTheme).then().statusCode(200).extract().jsonPath();
        assertEquals(8, detail.getInt("theme.size"));
        assertEquals(List.of(), detail.getList("breakdowns.stakeholderType"),
                "four citizens and four frontline staff: both groups are below five people");
        assertEquals(List.of(Map.of("value", "service-0", "texts", 8, "people", 8)), detail.getList("breakdowns.service"));

        // A deliberation's statement joins the nearest theme within seconds.
        EventTap.publish(EventEnvelope.wrap(new StatementPublished(mission, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), 1, "Put on more buses so they are not late every morning", Instant.now()),
                "/services/engagement"));
        awaitThemes(body -> Integer.valueOf(9).equals(body.get("find { it.id == '" + busTheme + "' }.size")));
    }

    @Test
    void nonMembersCannotSeeAMissionsThemes() {
        given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.SAM.accessToken())
                .get("/missions/" + mission + "/themes").then().statusCode(404)
                .contentType("application/problem+json");
        given().baseUri(LocalStack.SYNTHESIS).get("/missions/" + mission + "/themes").then().statusCode(401);
    }

    private EventEnvelope feedback(String author, String text) {
        return EventEnvelope.wrap(new FeedbackSubmitted(mission, UUID.randomUUID().toString(), author, text,
                null, null, null, "council", null, Instant.now()), "/services/engagement");
    }

    private JsonPath awaitThemes(int count) {
        return awaitThemes(body -> {
            List<Map<String, Object>> themes = body.getList("$");
            return themes.size() == count && themes.stream().anyMatch(t -> Integer.valueOf(6).equals(t.get("size")));
        });
    }

    private JsonPath awaitThemes(java.util.function.Predicate<JsonPath> settled) {
        Instant deadline = Instant.now().plusSeconds(30);
        String token = DemoUser.OLIVIA.accessToken();
        JsonPath last = null;
        while (Instant.now().isBefore(deadline)) {
            var response = given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(token)
                    .get("/missions/" + mission + "/themes");
            if (response.statusCode() == 200) {
                last = response.jsonPath();
                if (settled.test(last)) {
                    return last;
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("themes did not settle; last answer: " + (last == null ? "none" : last.prettify()));
    }
}
