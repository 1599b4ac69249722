package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.MessagePosted;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.convene.platform.testing.StackProcesses;
import org.junit.jupiter.api.Test;

/** The WebSocket hub through the gateway, with bearer tokens as an API client would use it. */
class HubIT {

    @Test
    void membersReceiveChannelMessagesAndOthersAreNotLetIn() throws Exception {
        Map<String, Object> mission = given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Hub check", "visibility", "PRIVATE"))
                .post("/api/communities/missions").then().statusCode(201).extract().as(Map.class);
        String missionId = (String) mission.get("id");
        String channelId = ((List<Map<String, String>>) mission.get("channels")).get(0).get("id");
        String topic = "mission:" + missionId + ":channel:" + channelId;

        try (HubClient member = HubClient.connect(DemoUser.OLIVIA); HubClient outsider = HubClient.connect(DemoUser.CARL)) {
            outsider.send(Map.of("type", "subscribe", "topic", topic));
            JsonNode refused = outsider.next();
            assertEquals("error", refused.get("type").asText());

            member.send(Map.of("type", "subscribe", "topic", topic));
            assertEquals("subscribed", member.nextOfType("subscribed").get("type").asText());
            JsonNode present = member.nextOfType("presence");
            assertEquals("Olivia Okafor", present.get("people").get(0).get("name").asText(), "who is online");

            given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                    .contentType(ContentType.JSON).body(Map.of("text", "Only for members"))
                    .post("/api/communities/missions/" + missionId + "/channels/" + channelId + "/messages")
                    .then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.startsWith(
                            "/api/communities/missions/" + missionId + "/channels/" + channelId + "/messages/"));

            JsonNode event = member.nextOfType("event");
            assertEquals("event", event.get("type").asText());
            assertEquals(topic, event.get("topic").asText());
            assertEquals(1, event.get("seq").asLong());
            assertEquals("Only for members", event.get("data").get("text").asText());
            assertTrue(outsider.nothingWithin(1500), "a refused subscriber receives nothing");

            member.send(Map.of("type", "subscribe", "topic", "mission:../admin"));
            assertEquals("error", member.next().get("type").asText());

            // Personal notifications: only their owner may follow them.
            String carlsTopic = "user:" + DemoUser.CARL.userId();
            member.send(Map.of("type", "subscribe", "topic", carlsTopic));
            assertEquals("error", member.next().get("type").asText());
            outsider.send(Map.of("type", "subscribe", "topic", carlsTopic));
            assertEquals("subscribed", outsider.next().get("type").asText());
        }
    }

    @Test
    void everyoneInAChannelSeesWhoIsOnline() throws Exception {
        String topic = channelOfOliviaAndFiona("Presence check")[2];

        try (HubClient olivia = HubClient.connect(DemoUser.OLIVIA)) {
            olivia.send(Map.of("type", "subscribe", "topic", topic));
            olivia.nextOfType("subscribed");
            HubClient fiona = HubClient.connect(DemoUser.FIONA);
            fiona.send(Map.of("type", "subscribe", "topic", topic));
            assertEquals(List.of("Fiona Fox", "Olivia Okafor"), names(olivia.presenceWith(2)));
            assertEquals(List.of("Fiona Fox", "Olivia Okafor"), names(fiona.presenceWith(2)));
            fiona.close();
            assertEquals(List.of("Olivia Okafor"), names(olivia.presenceWith(1)));
        }
    }

    @Test
    void twoGatewayInstancesBothDeliverEveryEventAndShareWhoIsOnline() throws Exception {
        String[] channel = channelOfOliviaAndFiona("Two gateways");
        String missionId = channel[0];
        String channelId = channel[1];
        String topic = channel[2];
        String second = "ws://127.0.0.1:" + SECOND_GATEWAY_PORT + "/ws";

        try (AutoCloseable gateway = StackProcesses.startGateway(SECOND_GATEWAY_PORT);
             HubClient olivia = HubClient.connect(DemoUser.OLIVIA);
             HubClient fiona = HubClient.connect(DemoUser.FIONA, second)) {
            olivia.send(Map.of("type", "subscribe", "topic", topic));
            olivia.nextOfType("subscribed");
            fiona.send(Map.of("type", "subscribe", "topic", topic));
            fiona.nextOfType("subscribed");
            // Each instance knows who is online on the other.
            assertEquals(List.of("Fiona Fox", "Olivia Okafor"), names(olivia.presenceWith(2)));
            assertEquals(List.of("Fiona Fox", "Olivia Okafor"), names(fiona.presenceWith(2)));

            for (int i = 1; i <= 5; i++) {
                given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                        .contentType(ContentType.JSON).body(Map.of("text", "Message " + i))
                        .post("/api/communities/missions/" + missionId + "/channels/" + channelId + "/messages")
                        .then().statusCode(201);
            }
            for (HubClient client : List.of(olivia, fiona)) {
                for (int seq = 1; seq <= 5; seq++) {
                    JsonNode event = client.nextOfType("event");
                    assertEquals(seq, event.get("seq").asLong(), "every event, in order, on both instances");
                    assertEquals("Message " + seq, event.get("data").get("text").asText());
                }
            }
        }
    }

    private static final int SECOND_GATEWAY_PORT = 8090;

    /** A public mission of Olivia's that Fiona joined: its id, its general channel's id, and the channel's topic. */
    @SuppressWarnings("unchecked")
    private static String[] channelOfOliviaAndFiona(String name) {
        Map<String, Object> mission = given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/communities/missions").then().statusCode(201).extract().as(Map.class);
        String missionId = (String) mission.get("id");
        String channelId = ((List<Map<String, String>>) mission.get("channels")).get(0).get("id");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.FIONA.accessToken())
                .post("/api/communities/missions/" + missionId + "/members").then().statusCode(201);
        return new String[] {missionId, channelId, "mission:" + missionId + ":channel:" + channelId};
    }

    private static List<String> names(JsonNode presence) {
        List<String> names = new java.util.ArrayList<>();
        presence.get("people").forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    @Test
    void anAnonymousConnectionMayFollowOnlyDeliberationsOpenToTheirLink() throws Exception {
        String mission = given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .contentType("application/json").body(Map.of("name", "Open rooms " + UUID.randomUUID()))
                .post("/missions").then().statusCode(201).extract().path("id");
        String channel = given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .get("/missions/" + mission).then().extract().path("channels[0].id");
        String open = deliberation(mission, true);
        String membersOnly = deliberation(mission, false);

        try (HubClient anonymous = HubClient.connect(null)) {
            for (String topic : List.of("mission:" + mission + ":channel:" + channel, "mission:" + mission + ":insights",
                    "user:" + DemoUser.OLIVIA.userId(), "deliberation:" + membersOnly)) {
                anonymous.send(Map.of("type", "subscribe", "topic", topic));
                JsonNode refused = anonymous.next();
                assertEquals("error", refused.get("type").asText(), topic);
            }
            anonymous.send(Map.of("type", "subscribe", "topic", "deliberation:" + open));
            assertEquals("subscribed", anonymous.nextOfType("subscribed").get("type").asText());

            // A citizen votes without an account; the anonymous follower sees the new count.
            String token = given().baseUri(LocalStack.ENGAGEMENT).post("/deliberations/" + open + "/participants")
                    .then().statusCode(201).extract().path("token");
            String statement = given().baseUri(LocalStack.ENGAGEMENT).get("/deliberations/" + open + "/statements")
                    .then().extract().path("[0].id");
            given().baseUri(LocalStack.ENGAGEMENT).header("X-Convene-Participant", token).contentType("application/json")
                    .body(Map.of("vote", "agree")).put("/deliberations/" + open + "/statements/" + statement + "/vote")
                    .then().statusCode(200);
            JsonNode event = anonymous.nextOfType("event");
            assertEquals("org.convene.engagement.vote.cast.v1", event.get("event").asText());
            assertEquals(1, event.get("data").get("agrees").asInt());
            // The room gets counts only: who voted, and how, stays with the engagement and synthesis services.
            assertFalse(event.get("data").has("participantId"), event.toString());
            assertFalse(event.get("data").has("vote"), event.toString());
        }
    }

    /** Opens a deliberation once the engagement service knows Olivia convenes the mission. */
    private static String deliberation(String mission, boolean linkAccess) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            var response = given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(DemoUser.OLIVIA.accessToken())
                    .contentType("application/json").body(Map.of("question", "Open to all? " + linkAccess,
                            "linkAccess", linkAccess, "seedStatements", List.of("More benches in the park")))
                    .post("/missions/" + mission + "/deliberations");
            if (response.statusCode() == 201) {
                return response.jsonPath().getString("id");
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the engagement service did not learn of the mission");
    }

    @Test
    void aClientThatStopsReadingIsDroppedWhileTheOthersKeepReceiving() throws Exception {
        Channel channel = Channel.create("Slow readers");
        int count = 1500;
        String bulk = "x".repeat(60_000); // 90 MB in all: far more than the sockets' buffers hold
        try (HubClient slow = HubClient.connect(DemoUser.OLIVIA); HubClient fast = HubClient.connect(DemoUser.OLIVIA)) {
            for (HubClient c : List.of(slow, fast)) {
                c.send(Map.of("type", "subscribe", "topic", channel.topic()));
                c.nextOfType("subscribed");
            }
            slow.stopReading();
            List<EventEnvelope> posts = new java.util.ArrayList<>();
            for (int i = 1; i <= count; i++) {
                // Played as the communities service would announce them, to reach the volume quickly.
                posts.add(EventEnvelope.wrap(new MessagePosted(channel.missionId(), channel.channelId(),
                        UUID.randomUUID().toString(), i, DemoUser.OLIVIA.userId(), "Olivia Okafor", bulk + i,
                        java.time.Instant.now(), null, null), "/services/communities"));
            }
            EventTap.publishAll(posts);

            for (int i = 1; i <= count; i++) {
                assertEquals(i, fast.nextOfType("event").get("seq").asLong(), "the reading client gets every event, in order");
            }
            slow.resumeReading();
            assertEquals(1013, slow.closedWith().get(30, TimeUnit.SECONDS), "the client that stopped reading was dropped");
            assertTrue(slow.events() < count, "dropped before everything was pushed: " + slow.events());
        }
    }

    @Test
    void aClientThatReconnectsGetsExactlyWhatItMissedThroughTheDocumentedCatchUp() throws Exception {
        Channel channel = Channel.create("Reconnecting");
        long lastSeen;
        try (HubClient before = HubClient.connect(DemoUser.OLIVIA)) {
            before.send(Map.of("type", "subscribe", "topic", channel.topic()));
            before.nextOfType("subscribed");
            channel.post("one");
            channel.post("two");
            before.nextOfType("event");
            lastSeen = before.nextOfType("event").get("seq").asLong();
        }
        channel.post("three, missed");
        channel.post("four, missed");
        try (HubClient after = HubClient.connect(DemoUser.OLIVIA)) {
            after.send(Map.of("type", "subscribe", "topic", channel.topic()));
            after.nextOfType("subscribed");
            List<String> missed = given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                    .get("/api/communities/missions/" + channel.missionId() + "/channels/" + channel.channelId()
                            + "/messages?after=" + lastSeen)
                    .then().statusCode(200).extract().jsonPath().getList("messages.text");
            assertEquals(List.of("three, missed", "four, missed"), missed, "exactly the missed messages, in order");
            channel.post("five");
            // A missed message may also be pushed, if its event reached the hub after the subscription
            // was in place: the documented merge by change seq drops that overlap.
            JsonNode pushed = after.nextOfType("event");
            while (pushed.get("seq").asLong() <= lastSeen + missed.size()) {
                assertTrue(missed.contains(pushed.get("data").get("text").asText()), "an overlap is a missed one: " + pushed);
                pushed = after.nextOfType("event");
            }
            assertEquals("five", pushed.get("data").get("text").asText(), "the first new message follows the caught-up ones");
            assertEquals(lastSeen + 3, pushed.get("seq").asLong(), "no gap between caught-up and pushed");
        }
    }

    /** A private mission's first channel, through the gateway as Olivia. */
    private record Channel(String missionId, String channelId) {
        static Channel create(String name) {
            Map<String, Object> mission = given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                    .contentType(ContentType.JSON).body(Map.of("name", name, "visibility", "PRIVATE"))
                    .post("/api/communities/missions").then().statusCode(201).extract().as(Map.class);
            return new Channel((String) mission.get("id"),
                    ((List<Map<String, String>>) mission.get("channels")).get(0).get("id"));
        }

        String topic() {
            return "mission:" + missionId + ":channel:" + channelId;
        }

        void post(String text) {
            given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                    .contentType(ContentType.JSON).body(Map.of("text", text))
                    .post("/api/communities/missions/" + missionId + "/channels/" + channelId + "/messages")
                    .then().statusCode(201);
        }
    }

    @Test
    void aPageOfAnotherSiteCannotOpenTheHub() {
        CompletableFuture<WebSocket> foreign = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + DemoUser.OLIVIA.accessToken())
                .header("Origin", "https://elsewhere.example")
                .buildAsync(URI.create(HubClient.HUB), new WebSocket.Listener() {});
        org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, foreign::join,
                "a cross-site handshake is refused even with valid credentials");
    }
}
