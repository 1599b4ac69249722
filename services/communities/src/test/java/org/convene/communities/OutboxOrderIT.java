package org.convene.communities;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.convene.platform.testing.StackProcesses;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the communities service share one database and one outbox. Changes to one
 * membership, made at once through both, reach the topic as versions 1, 2, 3... in order, each
 * once; and when the instance that relays dies, the other publishes within seconds.
 */
class OutboxOrderIT {

    private static final String SECOND = "http://127.0.0.1:8095";
    private static final List<String> ROLES = List.of("facilitator", "member", "observer");

    private static RequestSpecification as(DemoUser user, String instance) {
        return given().baseUri(instance).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    @Test
    void oneMembershipsChangesThroughTwoInstancesArePublishedInCommitOrderAndARelayTakesOver() throws Exception {
        try (AutoCloseable second = StackProcesses.startInstance("communities", 8095);
             EventTap memberships = EventTap.open(Topics.MEMBERSHIPS)) {
            String mission = as(DemoUser.OLIVIA, LocalStack.COMMUNITIES)
                    .body(Map.of("name", "Order " + System.nanoTime(), "visibility", "PUBLIC"))
                    .post("/missions").then().statusCode(201).extract().path("id");
            as(DemoUser.CARL, SECOND).post("/missions/" + mission + "/members").then().statusCode(201);
            String carl = DemoUser.CARL.userId();
            String rolePath = "/missions/" + mission + "/members/" + carl + "/role";

            int changes = 60;
            ExecutorService callers = Executors.newFixedThreadPool(6);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                String instance = i % 2 == 0 ? LocalStack.COMMUNITIES : SECOND;
                String role = ROLES.get(i % ROLES.size());
                answers.add(callers.submit(() -> as(DemoUser.OLIVIA, instance).body(Map.of("role", role))
                        .put(rolePath).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(60, TimeUnit.SECONDS));
            }
            callers.shutdown();
            String finalRole = as(DemoUser.OLIVIA, LocalStack.COMMUNITIES).get("/missions/" + mission + "/members")
                    .then().statusCode(200).extract().path("find { it.userId == '" + carl + "' }.role");

            String aggregate = "membership:" + mission + ":" + carl;
            List<EventEnvelope> events = memberships.collect(e -> aggregate.equals(e.aggregate()), Duration.ofSeconds(5));
            assertTrue(events.size() >= 2, "the join and the role changes were published: " + events.size());
            for (int i = 0; i < events.size(); i++) {
                assertEquals(i + 1, events.get(i).version(), "version " + (i + 1) + " comes " + (i + 1) + "th, once");
            }
            MembershipChanged last = (MembershipChanged) events.get(events.size() - 1).data();
            assertEquals(finalRole, last.role(), "the newest version carries the role the service holds");

            // The relay of the first instance dies with it; the second takes over.
            StackProcesses.kill9("communities");
            try {
                long changed = System.nanoTime();
                String next = ROLES.stream().filter(r -> !r.equals(finalRole)).findFirst().orElseThrow();
                as(DemoUser.OLIVIA, SECOND).body(Map.of("role", next)).put(rolePath).then().statusCode(200);
                EventEnvelope published = memberships.await(e -> aggregate.equals(e.aggregate())
                        && e.version() == events.size() + 1, Duration.ofSeconds(15));
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - changed);
                assertEquals(next, ((MembershipChanged) published.data()).role());
                assertTrue(seconds < 5, "published " + seconds + " s after the relay died");
            } finally {
                StackProcesses.startWhatIsDown();
            }
        }
    }
}
