package org.convene.engagement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.convene.platform.testing.StackProcesses;
import org.junit.jupiter.api.Test;

/**
 * Five people send feedback while the engagement service is killed with SIGKILL and started
 * again. Every acknowledged submission must be stored once, published, and counted once by the
 * synthesis service; what was not acknowledged may or may not be there, but never twice.
 */
class FeedbackSurvivesACrashIT {

    private static final List<DemoUser> PEOPLE =
            List.of(DemoUser.OLIVIA, DemoUser.CARL, DemoUser.FIONA, DemoUser.SAM, DemoUser.FRANKIE);

    @Test
    void everyAcknowledgedFeedbackIsStoredAndThemedExactlyOnce() throws Exception {
        String mission = UUID.randomUUID().toString();
        Map<DemoUser, String> tokens = new HashMap<>();
        for (DemoUser person : PEOPLE) {
            tokens.put(person, person.accessToken());
            EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, person.userId(), "member",
                    MembershipChanged.Change.JOINED, "citizen"), "/services/communities"));
        }
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean sending = new AtomicBoolean(true);

        try (EventTap published = EventTap.open(Topics.FEEDBACK)) {
            ExecutorService senders = Executors.newFixedThreadPool(PEOPLE.size());
            List<Future<?>> running = new ArrayList<>();
            for (DemoUser person : PEOPLE) {
                running.add(senders.submit(() -> send(person, tokens.get(person), mission, sending, acknowledged)));
            }
            // Mid-stream: once the first feedback is in (on two busy cores that can take more than 2 s).
            for (int waited = 0; acknowledged.isEmpty() && waited < 200; waited++) {
                Thread.sleep(100);
            }
            Thread.sleep(1000);
            StackProcesses.kill9("engagement");
            int beforeRestart = acknowledged.size();
            StackProcesses.startWhatIsDown();
            Thread.sleep(2000);
            sending.set(false);
            for (Future<?> f : running) {
                f.get();
            }
            senders.shutdown();
            assertTrue(beforeRestart > 0, "feedback was acknowledged before the crash");
            assertTrue(acknowledged.size() > beforeRestart, "and after the restart");

            // Stored: every acknowledged id, and no text twice.
            Set<String> stored = new HashSet<>();
            for (DemoUser person : PEOPLE) {
                List<Map<String, Object>> mine = given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(person.accessToken())
                        .get("/me/feedback").then().statusCode(200).extract().jsonPath().getList("");
                List<String> texts = mine.stream().filter(f -> mission.equals(f.get("missionId")))
                        .map(f -> (String) f.get("text")).toList();
                assertEquals(new HashSet<>(texts).size(), texts.size(), "no feedback stored twice");
                mine.stream().filter(f -> mission.equals(f.get("missionId"))).forEach(f -> stored.add((String) f.get("id")));
            }
            assertTrue(stored.containsAll(acknowledged), "every acknowledged feedback is stored");

            // Published: every stored feedback reaches Kafka (the relay may repeat one; consumers skip repeats).
            Set<String> events = new HashSet<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (!events.containsAll(stored) && Instant.now().isBefore(deadline)) {
                published.collect(e -> true, Duration.ofMillis(500)).stream()
                        .filter(e -> e.data() instanceof FeedbackSubmitted f && f.missionId().equals(mission))
                        .forEach(e -> events.add(((FeedbackSubmitted) e.data()).feedbackId()));
            }
            assertEquals(stored, events, "every stored feedback is published, and nothing else");
        }

        // Themed once each: the synthesis service counts exactly what was stored.
        int expected = acknowledged.size();
        Instant deadline = Instant.now().plusSeconds(60);
        int counted = -1;
        while (Instant.now().isBefore(deadline)) {
            List<Integer> sizes = given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.OLIVIA.accessToken())
                    .get("/missions/" + mission + "/themes").then().extract().jsonPath().getList("size", Integer.class);
            counted = sizes == null ? -1 : sizes.stream().mapToInt(s -> s == null ? 0 : s).sum();
            if (counted >= expected && sizes.stream().allMatch(s -> s != null)) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(counted >= expected, "synthesis counted " + counted + " of " + expected + " acknowledged");
        int stored = countStored(mission);
        assertEquals(stored, counted, "synthesis counts each stored feedback exactly once");
        System.out.printf("crash test: %d acknowledged, %d stored, %d themed%n", expected, stored, counted);
    }

    private static int countStored(String mission) {
        int total = 0;
        for (DemoUser person : PEOPLE) {
            List<Map<String, Object>> mine = given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(person.accessToken())
                    .get("/me/feedback").then().extract().jsonPath().getList("");
            total += (int) mine.stream().filter(f -> mission.equals(f.get("missionId"))).count();
        }
        return total;
    }

    /** Sends feedback one after another; a refused or failed call is simply not acknowledged. */
    private static void send(DemoUser person, String token, String mission, AtomicBoolean sending,
                             List<String> acknowledged) {
        int n = 0;
        while (sending.get() && n < 150) {
            n++;
            try {
                var response = given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("text", "The lift on ward " + n + " is broken again, " + person.username
                                + " reports (" + UUID.randomUUID() + ")"))
                        .post("/missions/" + mission + "/feedback");
                if (response.statusCode() == 201) {
                    acknowledged.add(response.jsonPath().getString("id"));
                }
                Thread.sleep(250); // people, not a script: well under the 20 a minute limit
            } catch (Exception e) {
                // The service is down: keep trying until it is back.
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
