package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * A request that follows a person's write sees that write, in every service, with no pause between
 * the calls: the engagement and synthesis services learn of a new mission from events, and wait
 * for them (briefly) when the person's request names them.
 */
class ReadYourWritesIT {

    private static Map<String, String> deliberation() {
        return Map.of("question", "Where should the new crossings go?");
    }

    @Test
    void aMissionCreatedAMomentAgoIsFoundAtOnceByEveryServiceThroughTheGateway() {
        for (int i = 0; i < 10; i++) {
            String mission = PrivateMission.as(DemoUser.OLIVIA)
                    .body(Map.of("name", "Crossings " + UUID.randomUUID(), "visibility", "PRIVATE"))
                    .post("/api/communities/missions").then().statusCode(201).extract().path("id");
            PrivateMission.as(DemoUser.OLIVIA).body(deliberation())
                    .post("/api/engagement/missions/" + mission + "/deliberations").then().statusCode(201);
            PrivateMission.as(DemoUser.OLIVIA).get("/api/synthesis/missions/" + mission + "/themes")
                    .then().statusCode(200);
        }
    }

    @Test
    void aClientMayNameItsWritesItselfWhicheverInstanceItTalksTo() {
        Response created = given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .contentType("application/json")
                .body(Map.of("name", "Named writes " + UUID.randomUUID(), "visibility", "PRIVATE"))
                .post("/missions");
        assertEquals(201, created.statusCode());
        String events = created.header("Convene-Events");
        assertTrue(events != null && events.contains("communities.memberships/"), "the write names its events: " + events);
        String mission = created.path("id");
        given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .contentType("application/json").header("Convene-After", events).body(deliberation())
                .post("/missions/" + mission + "/deliberations").then().statusCode(201);
    }

    @Test
    void namingEventsThatNeverComeDelaysAnAnswerAtMostBrieflyAndChangesNothing() {
        String path = "/api/engagement/missions/" + UUID.randomUUID() + "/deliberations";
        String plain = PrivateMission.as(DemoUser.SAM).get(path).then().extract().asString();
        long started = System.nanoTime();
        String awaited = PrivateMission.as(DemoUser.SAM)
                .header("Convene-After", "communities.memberships/" + UUID.randomUUID())
                .get(path).then().extract().asString();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(plain, awaited);
        assertTrue(millis < 3500, "answered after " + millis + " ms");
    }
}
