package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.convene.platform.testing.StackProcesses;
import org.junit.jupiter.api.Test;

/**
 * A gateway that starts, and starts again, while people chat. Members connect to it as soon as it
 * is ready, follow the documented protocol (subscribe, then catch up from their last seq) and are
 * pushed every message posted after their subscription was in place, in order; with the catch-up,
 * each member has every message. A gateway's hub gets its Kafka partitions some time after it
 * starts serving (seconds; on a loaded machine, a minute was seen): what is written in between
 * must still be pushed.
 */
class GatewayRestartIT {

    private static final int PORT = 8077;
    private static final int PAGE = 200;
    private static final String HUB = "ws://127.0.0.1:" + PORT + "/ws";
    private static final List<DemoUser> MEMBERS = List.of(DemoUser.OLIVIA, DemoUser.FIONA, DemoUser.CARL, DemoUser.SAM);

    @Test
    void membersOfAGatewayThatStartsAndRestartsUnderChatGetEveryMessageInOrder() throws Exception {
        Channel channel = Channel.create();
        Poster poster = new Poster(channel);
        Thread posting = new Thread(poster, "poster");
        posting.start();
        Member[] members = MEMBERS.stream().map(Member::new).toArray(Member[]::new);
        try {
            for (int start = 1; start <= 2; start++) {
                // As on a busy machine: every core is taken while the gateway starts and the members connect.
                try (AutoCloseable busy = busyCores(); AutoCloseable gateway = StackProcesses.startGateway(PORT)) {
                    for (Member member : members) {
                        member.connect(channel);
                    }
                    Thread.sleep(4_000);
                    busy.close();
                    for (Member member : members) {
                        member.disconnect(poster);
                    }
                }
            }
        } finally {
            poster.stop();
            posting.join();
        }

        assertTrue(poster.acknowledged.size() > 40, "the chat went on: " + poster.acknowledged.size() + " posts");
        for (Member member : members) {
            for (Member.Connection connection : member.connections) {
                List<Long> expected = poster.acknowledgedBetween(connection.subscribedAt, connection.closing);
                assertTrue(connection.pushed.containsAll(expected), member.user + " was pushed every message posted"
                        + " after its subscription: missing " + missing(expected, connection.pushed));
                for (int i = 1; i < connection.pushed.size(); i++) {
                    assertTrue(connection.pushed.get(i) > connection.pushed.get(i - 1),
                            member.user + " got pushes in order: " + connection.pushed);
                }
            }
            TreeSet<Long> had = new TreeSet<>();
            member.connections.forEach(c -> had.addAll(c.pushed));
            had.addAll(member.caughtUp);
            assertTrue(had.containsAll(poster.acknowledgedBefore(member.lastDisconnect)),
                    member.user + " has every message, pushed or caught up: missing "
                            + missing(poster.acknowledgedBefore(member.lastDisconnect), had));
        }
    }

    /** Threads that keep every core busy until closed. */
    private static AutoCloseable busyCores() {
        AtomicBoolean spinning = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors(); i++) {
            Thread thread = new Thread(() -> {
                long x = 0;
                while (spinning.get()) {
                    x += System.nanoTime() % 7;
                }
                if (x == 42) {
                    System.out.print("");
                }
            }, "busy-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        return () -> spinning.set(false);
    }

    private static List<Long> missing(List<Long> expected, java.util.Collection<Long> had) {
        return expected.stream().filter(seq -> !had.contains(seq)).toList();
    }

    /** A member following the channel through the restarting gateway, as the protocol says. */
    private static final class Member {
        final DemoUser user;
        final List<Connection> connections = new ArrayList<>();
        final List<Long> caughtUp = new ArrayList<>();
        long lastDisconnect;
        private HubClient client;

        Member(DemoUser user) {
            this.user = user;
        }

        void connect(Channel channel) throws Exception {
            client = HubClient.connect(user, HUB);
            client.send(HubClient.subscribe(channel.topic()));
            client.nextOfType("subscribed");
            Connection connection = new Connection(System.nanoTime());
            connections.add(connection);
            long lastSeen = java.util.stream.Stream.concat(caughtUp.stream(),
                    connections.stream().flatMap(c -> c.pushed.stream())).mapToLong(Long::longValue).max().orElse(0);
            caughtUp.addAll(channel.changedAfter(user, lastSeen));
        }

        /**
         * Takes what was pushed, waiting (20 s at most) until the last message acknowledged so far
         * has come, as every one before it should have, then closes.
         */
        void disconnect(Poster poster) throws InterruptedException {
            Connection connection = connections.get(connections.size() - 1);
            connection.closing = System.nanoTime();
            long lastAcknowledged = poster.lastAcknowledged();
            long deadline = connection.closing + 20_000_000_000L;
            do {
                for (JsonNode frame : client.receivedSoFar()) {
                    if ("event".equals(frame.get("type").asText())) {
                        connection.pushed.add(frame.get("seq").asLong());
                    }
                }
                Thread.sleep(100);
            } while (!connection.pushed.contains(lastAcknowledged) && System.nanoTime() < deadline);
            lastDisconnect = connection.closing;
            client.close();
        }

        /** When a connection's subscription was confirmed and its closing began, and the change seqs pushed to it, in order. */
        static final class Connection {
            final long subscribedAt;
            final List<Long> pushed = new ArrayList<>();
            long closing;

            Connection(long subscribedAt) {
                this.subscribedAt = subscribedAt;
            }
        }
    }

    /** Posts to the channel every 50 ms, straight to the communities service, and notes when each was acknowledged. */
    private static final class Poster implements Runnable {
        final ConcurrentSkipListMap<Long, Long> acknowledged = new ConcurrentSkipListMap<>();
        private final Channel channel;
        private final AtomicBoolean running = new AtomicBoolean(true);

        Poster(Channel channel) {
            this.channel = channel;
        }

        @Override
        public void run() {
            for (int i = 1; running.get(); i++) {
                long seq = given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(DemoUser.OLIVIA.accessToken())
                        .contentType(ContentType.JSON).body(Map.of("text", "Message " + i))
                        .post(channel.messagesPath()).then().statusCode(201).extract().jsonPath().getLong("seq");
                acknowledged.put(seq, System.nanoTime());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running.set(false);
        }

        List<Long> acknowledgedBetween(long from, long to) {
            return acknowledged.entrySet().stream().filter(e -> e.getValue() > from && e.getValue() < to)
                    .map(Map.Entry::getKey).toList();
        }

        long lastAcknowledged() {
            return acknowledged.isEmpty() ? 0 : acknowledged.lastKey();
        }

        List<Long> acknowledgedBefore(long nanos) {
            return acknowledgedBetween(Long.MIN_VALUE / 2, nanos);
        }
    }

    /** A public mission's first channel, which the members joined. */
    private record Channel(String missionId, String channelId) {
        @SuppressWarnings("unchecked")
        static Channel create() {
            Map<String, Object> mission = given().baseUri(LocalStack.COMMUNITIES).auth()
                    .oauth2(DemoUser.OLIVIA.accessToken()).contentType(ContentType.JSON)
                    .body(Map.of("name", "Restarting gateway " + System.nanoTime(), "visibility", "PUBLIC"))
                    .post("/missions").then().statusCode(201).extract().as(Map.class);
            String missionId = (String) mission.get("id");
            for (DemoUser member : MEMBERS.subList(1, MEMBERS.size())) {
                given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(member.accessToken())
                        .post("/missions/" + missionId + "/members").then().statusCode(201);
            }
            return new Channel(missionId, ((List<Map<String, String>>) mission.get("channels")).get(0).get("id"));
        }

        String topic() {
            return "mission:" + missionId + ":channel:" + channelId;
        }

        String messagesPath() {
            return "/missions/" + missionId + "/channels/" + channelId + "/messages";
        }

        /** The documented catch-up, page after page: the change seqs of every message changed after the given one. */
        List<Long> changedAfter(DemoUser user, long lastSeen) {
            List<Long> changed = new ArrayList<>();
            for (List<Long> page = List.of(); changed.isEmpty() || page.size() == PAGE; ) {
                long after = changed.isEmpty() ? lastSeen : changed.get(changed.size() - 1);
                page = given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(user.accessToken())
                        .get(messagesPath() + "?limit=" + PAGE + "&after=" + after).then().statusCode(200)
                        .extract().jsonPath().getList("messages.changeSeq", Long.class);
                changed.addAll(page);
                if (page.isEmpty()) {
                    break;
                }
            }
            return changed;
        }
    }
}
