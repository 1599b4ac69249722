package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.convene.gateway.HubClient.subscribe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad frames on the WebSocket hub, from a signed-in member and from an anonymous client: each gets
 * an error frame, or a close with the code docs/websocket-protocol.md gives, never silence. All
 * the while the hub stays up, a well-behaved member following the same channel receives every
 * message posted, in order, and people outside the private mission learn nothing of it.
 */
class HubAbuseIT {

    /** The abusers: a member of the mission (bearer token on the handshake) and an anonymous client. */
    private static final List<DemoUser> ABUSERS = Arrays.asList(DemoUser.CARL, null);
    private static final int MAX_MESSAGE = 64 * 1024;
    private static final int MAX_FRAME = 256 * 1024;

    private static PrivateMission mission;

    @BeforeAll
    static void aPrivateMissionWithAMember() {
        mission = PrivateMission.create("Hub abuse");
    }

    /** What a client may do while abusing: post a message through the REST API (the follower must get it). */
    private interface Abuse {
        void on(String topic, Runnable post) throws Exception;
    }

    /**
     * Runs the abuse while Olivia follows a fresh channel of the mission, then checks that she got
     * every message posted meanwhile, in order and without gaps, and that the gateway is still ready.
     */
    private static void whileAMemberFollows(Abuse abuse) throws Exception {
        String channel = mission.openChannel();
        String topic = PrivateMission.topic(mission.id(), channel);
        List<String> posted = new ArrayList<>();
        try (HubClient follower = HubClient.connect(DemoUser.OLIVIA)) {
            follower.send(subscribe(topic));
            follower.nextOfType("subscribed");
            abuse.on(topic, () -> posted.add(mission.post(channel, "During the abuse, " + (posted.size() + 1))));
            posted.add(mission.post(channel, "After the abuse"));
            for (int i = 0; i < posted.size(); i++) {
                JsonNode event = follower.nextOfType("event");
                assertEquals(i + 1, event.get("seq").asLong(), "every message, in order");
                assertEquals(posted.get(i), event.get("data").get("text").asText());
            }
        }
        given().baseUri(LocalStack.GATEWAY).get("/q/health/ready").then().statusCode(200);
    }

    /** Text frames that are not the protocol's: each is answered with an error frame, and the connection stays open. */
    private static List<String> badFrames(String topic) {
        String channelOfUnknownMission = PrivateMission.topic(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        List<String> unknownTopics = List.of("", "mission:", "mission:" + mission.id(), "mission:" + mission.id() + ":channel:",
                topic + ":extra", topic + " ", " " + topic, topic.toUpperCase(), topic.replace("-", ""),
                "mission:../admin", "user:", "user:" + "a".repeat(65), "deliberation:not-a-uuid", "insights:" + mission.id(),
                "<script>alert('hub')</script>", "'; DROP TABLE memberships; --", "mission:' OR '1'='1:channel:x",
                "mission:" + mission.id() + ":channel:%2e%2e%2f", "\u0000", "x".repeat(60_000));
        List<String> frames = new ArrayList<>(List.of(
                "{", "}", "[1, 2, 3]", "[]", "\"subscribe\"", "42", "true", "null", "", "   ", "{\"type\": \"subscribe\", ",
                "[".repeat(10_000),
                "{\"type\": 5, \"topic\": {}}", "{\"type\": \"subscribe\", \"topic\": 5}",
                "{\"type\": [\"subscribe\"], \"topic\": \"" + topic + "\"}",
                "{\"type\": \"subscribe\", \"topic\": [\"" + topic + "\"]}",
                "{\"type\": null, \"topic\": null}",
                "{}", "{\"type\": \"subscribe\"}", "{\"topic\": \"" + topic + "\"}",
                "{\"type\": \"publish\", \"topic\": \"" + topic + "\"}",
                "{\"type\": \"SUBSCRIBE\", \"topic\": \"" + topic + "\"}",
                "{\"type\": \"subscribe\", \"topic\": \"" + channelOfUnknownMission + "\"}"));
        unknownTopics.forEach(t -> frames.add("{\"type\": \"subscribe\", \"topic\": " + quoted(t) + "}"));
        return frames;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000") + "\"";
    }

    @Test
    void framesThatAreNotTheProtocolsGetAnErrorFrameAndTheConnectionStaysOpen() throws Exception {
        whileAMemberFollows((topic, post) -> {
            for (DemoUser abuser : ABUSERS) {
                try (HubClient client = HubClient.connect(abuser)) {
                    List<String> frames = badFrames(topic);
                    for (int i = 0; i < frames.size(); i++) {
                        client.sendText(frames.get(i));
                        JsonNode reply = client.reply();
                        String frame = frames.get(i).length() > 80 ? frames.get(i).substring(0, 80) + "…" : frames.get(i);
                        assertEquals("error", reply.get("type").asText(), who(abuser) + " sent " + frame);
                        assertTrue(reply.get("message").asText().length() > 10, "the error says why: " + reply);
                        if (i % 10 == 0) {
                            post.run();
                        }
                    }
                    // Unknown fields are ignored: they neither break the frame nor grant anything.
                    client.sendText("{\"type\": \"subscribe\", \"topic\": \"" + topic
                            + "\", \"role\": \"convener\", \"admin\": true, \"userId\": \"" + DemoUser.OLIVIA.userId() + "\"}");
                    assertEquals(abuser == null ? "error" : "subscribed", client.reply().get("type").asText(),
                            who(abuser) + ": a frame with unknown fields is read as if they were not there");
                    client.send(Map.of("type", "unsubscribe", "topic", topic));
                    assertEquals("unsubscribed", client.nextOfType("unsubscribed").get("type").asText(),
                            who(abuser) + ": the connection still works");
                    assertFalse(client.closedWith().isDone(), who(abuser) + ": still open");
                }
            }
        });
    }

    @Test
    void aBinaryFrameClosesTheConnectionWith1003() throws Exception {
        whileAMemberFollows((topic, post) -> {
            for (DemoUser abuser : ABUSERS) {
                for (byte[] data : List.of(subscribeFrame(topic).getBytes(StandardCharsets.UTF_8), new byte[] {0, 1, 2, (byte) 0xFF},
                        new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1})) {
                    try (HubClient client = HubClient.connect(abuser)) {
                        client.sendBinary(data);
                        post.run();
                        assertEquals(1003, client.closeCode(), who(abuser) + ": text frames only");
                        assertEquals(0, client.events());
                    }
                }
            }
        });
    }

    @Test
    void aMessageOverTheLimitClosesTheConnectionWith1009AndOneJustUnderIsRead() throws Exception {
        whileAMemberFollows((topic, post) -> {
            for (DemoUser abuser : ABUSERS) {
                try (HubClient client = HubClient.connect(abuser)) {
                    client.sendText(subscribeFrame("x".repeat(MAX_MESSAGE - 100)));
                    assertEquals("error", client.next().get("type").asText(), who(abuser) + ": under the limit, read as any frame");
                }
                for (int frameSize : List.of(Integer.MAX_VALUE, 16 * 1024)) {
                    try (HubClient client = HubClient.connect(abuser)) {
                        sendRefused(() -> client.sendText(subscribeFrame(topic + "x".repeat(5 * MAX_MESSAGE)), frameSize));
                        post.run();
                        assertEquals(1009, client.closeCode(), who(abuser) + ", frames of " + frameSize);
                    }
                }
                // In one frame, as a client could send it: told so while under the frame limit, dropped over it.
                for (int size : List.of(2 * MAX_MESSAGE, 2 * MAX_FRAME)) {
                    try (RawHubSocket raw = RawHubSocket.connect(abuser)) {
                        byte[] frame = subscribeFrame("x".repeat(size)).getBytes(StandardCharsets.UTF_8);
                        post.run();
                        if (size < MAX_FRAME) {
                            raw.send(RawHubSocket.TEXT, frame);
                            assertEquals(1009, raw.next().closeCode(), who(abuser) + ": one frame of " + size + " bytes");
                        } else {
                            IOException dropped = assertThrows(IOException.class, () -> {
                                raw.send(RawHubSocket.TEXT, frame);
                                raw.next();
                            }, who(abuser) + ": one frame of " + size + " bytes");
                            assertFalse(dropped instanceof SocketTimeoutException, who(abuser) + ": dropped at once, not left hanging");
                        }
                    }
                }
            }
        });
    }

    @Test
    void textThatIsNotUtf8GetsAnErrorFrame() throws Exception {
        byte[] notUtf8 = {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] prefix = "{\"type\": \"subscribe\", \"topic\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] inATopic = new byte[prefix.length + notUtf8.length + 2];
        System.arraycopy(prefix, 0, inATopic, 0, prefix.length);
        System.arraycopy(notUtf8, 0, inATopic, prefix.length, notUtf8.length);
        inATopic[inATopic.length - 2] = '"';
        inATopic[inATopic.length - 1] = '}';
        whileAMemberFollows((topic, post) -> {
            for (DemoUser abuser : ABUSERS) {
                try (RawHubSocket raw = RawHubSocket.connect(abuser)) {
                    for (byte[] text : List.of(notUtf8, inATopic)) {
                        raw.send(RawHubSocket.TEXT, text);
                        post.run();
                        RawHubSocket.Frame reply = raw.next();
                        assertEquals(RawHubSocket.TEXT, reply.opcode(), who(abuser) + ": " + reply.text());
                        assertTrue(reply.text().contains("\"type\":\"error\""), reply.text());
                    }
                    raw.send(RawHubSocket.TEXT, subscribeFrame(topic).getBytes(StandardCharsets.UTF_8));
                    String answer = raw.next().text();
                    while (answer.contains("\"type\":\"event\"")) { // pushed just before its subscribed
                        answer = raw.next().text();
                    }
                    assertTrue(answer.contains(abuser == null ? "\"type\":\"error\"" : "\"type\":\"subscribed\""),
                            who(abuser) + ": the connection still works: " + answer);
                }
            }
        });
    }

    @Test
    void peopleOutsideAPrivateMissionLearnNothingOfItsChannels() throws Exception {
        // Sam convenes a mission of his own: his channel's id cannot carry him into Olivia's.
        Map<String, Object> own = PrivateMission.as(DemoUser.SAM).body(Map.of("name", "Sam's own " + UUID.randomUUID()))
                .post("/api/communities/missions").then().statusCode(201).extract().jsonPath().getMap("");
        String samsMission = (String) own.get("id");
        String samsChannel = PrivateMission.as(DemoUser.SAM).get("/api/communities/missions/" + samsMission)
                .then().extract().path("channels[0].id");
        whileAMemberFollows((topic, post) -> {
            String channel = topic.substring(topic.lastIndexOf(':') + 1);
            List<String> attempts = List.of(topic, topic.toUpperCase().replace("MISSION:", "mission:").replace(":CHANNEL:", ":channel:"),
                    PrivateMission.topic(samsMission, channel), PrivateMission.topic(mission.id(), samsChannel),
                    "mission:" + mission.id() + ":insights", "user:" + DemoUser.CARL.userId(), "user:" + DemoUser.OLIVIA.userId());
            for (DemoUser outsider : Arrays.asList(DemoUser.SAM, null)) {
                try (HubClient client = HubClient.connect(outsider)) {
                    for (String attempt : attempts) {
                        client.send(subscribe(attempt));
                        JsonNode reply = client.next();
                        assertEquals("error", reply.get("type").asText(), who(outsider) + " may not follow " + attempt);
                        post.run();
                    }
                    client.sendText("{\"type\": \"subscribe\", \"topic\": \"" + topic + "\", \"userId\": \""
                            + DemoUser.CARL.userId() + "\", \"role\": \"convener\"}");
                    assertEquals("error", client.next().get("type").asText(), who(outsider) + ": claims in the frame grant nothing");
                    post.run();
                    assertTrue(client.nothingWithin(1500), who(outsider) + " received nothing more");
                    assertEquals(0, client.events(), who(outsider) + " received no event");
                }
            }
        });
    }

    /** The subscribe frames a connection may send at once (docs/websocket-protocol.md). */
    private static final int SUBSCRIBE_ALLOWANCE = 120;

    @Test
    void manySubscriptionsInARowAreEachAnsweredAndEventsStillComeOnce() throws Exception {
        int count = 300;
        whileAMemberFollows((topic, post) -> {
            for (DemoUser abuser : ABUSERS) {
                try (HubClient client = HubClient.connect(abuser)) {
                    long start = System.nanoTime();
                    for (int i = 0; i < count; i++) {
                        client.send(subscribe(i % 2 == 0 ? PrivateMission.topic(UUID.randomUUID().toString(), UUID.randomUUID().toString())
                                : "deliberation:" + UUID.randomUUID()));
                    }
                    int slowDowns = 0;
                    for (int i = 0; i < count; i++) {
                        JsonNode answer = client.nextOfType("error");
                        assertEquals("error", answer.get("type").asText(), who(abuser) + ", answer " + i);
                        slowDowns += answer.get("message").asText().startsWith("Too many subscriptions") ? 1 : 0;
                    }
                    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
                    assertTrue(seconds < 30, who(abuser) + ": " + count + " refusals took " + seconds + " s");
                    // Past its allowance (120, refilled at 2 a second) a socket no longer makes the services answer.
                    assertTrue(slowDowns >= count - SUBSCRIBE_ALLOWANCE - 2 * (seconds + 1),
                            who(abuser) + ": only " + slowDowns + " of " + count + " were told to slow down");
                    post.run();
                }
            }
            // The same channel many times over: one subscription, so each message comes once.
            try (HubClient member = HubClient.connect(DemoUser.CARL)) {
                for (int i = 0; i < SUBSCRIBE_ALLOWANCE; i++) {
                    member.send(subscribe(topic));
                }
                for (int i = 0; i < SUBSCRIBE_ALLOWANCE; i++) {
                    member.nextOfType("subscribed");
                }
                post.run();
                post.run();
                List<String> texts = member.drain(2000).stream().filter(f -> "event".equals(f.get("type").asText()))
                        .map(f -> f.get("data").get("text").asText()).toList();
                for (int i = ABUSERS.size() + 1; i <= ABUSERS.size() + 2; i++) {
                    String text = "During the abuse, " + i;
                    assertEquals(1, texts.stream().filter(text::equals).count(),
                            "each message once, however often the channel was subscribed to: " + texts);
                }
                assertEquals(texts.size(), texts.stream().distinct().count(), "nothing twice: " + texts);
            }
        });
    }

    /** Sends what the hub may refuse before it has all of it: the rest then cannot be sent. */
    private static void sendRefused(Runnable send) {
        try {
            send.run();
        } catch (CompletionException | IllegalStateException refusedMidway) {
            // the hub closed the connection while the message was still being sent
        }
    }

    private static String subscribeFrame(String topic) {
        return "{\"type\": \"subscribe\", \"topic\": " + quoted(topic) + "}";
    }

    private static String who(DemoUser user) {
        return user == null ? "an anonymous client" : user.username;
    }
}
