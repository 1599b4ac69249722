package org.convene.communities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** Conveners find people and invite them, even to a private mission; the invitee decides. */
class InvitationsIT {

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    @Test
    void anInvitedPersonSeesThePrivateMissionAndJoinsWithTheInvitedRole() {
        // Fiona is in a public mission, so others can find her.
        as(DemoUser.FIONA).body(Map.of("name", "Fresh food for schools " + UUID.randomUUID())).post("/missions")
                .then().statusCode(201);
        String mission = as(DemoUser.OLIVIA).body(Map.of("name", "Procurement pilot " + UUID.randomUUID(),
                "visibility", "PRIVATE")).post("/missions").then().statusCode(201).extract().path("id");
        String fiona = DemoUser.FIONA.userId();
        as(DemoUser.OLIVIA).get("/people?q=fiona").then().statusCode(200)
                .body("find { it.userId == '" + fiona + "' }.displayName", equalTo("Fiona Fox"));
        as(DemoUser.OLIVIA).get("/people?q=f").then().statusCode(400);

        as(DemoUser.FIONA).get("/missions/" + mission).then().statusCode(404);
        as(DemoUser.CARL).body(Map.of("userId", fiona)).post("/missions/" + mission + "/invitations").then().statusCode(404);
        as(DemoUser.OLIVIA).body(Map.of("userId", "nobody-" + UUID.randomUUID())).post("/missions/" + mission + "/invitations")
                .then().statusCode(404);
        as(DemoUser.OLIVIA).body(Map.of("userId", fiona, "role", "boss")).post("/missions/" + mission + "/invitations")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        as(DemoUser.OLIVIA).body(Map.of("userId", fiona, "role", "facilitator")).post("/missions/" + mission + "/invitations")
                .then().statusCode(201).body("displayName", equalTo("Fiona Fox")).body("role", equalTo("facilitator"));

        as(DemoUser.FIONA).get("/me/invitations").then().statusCode(200)
                .body("find { it.missionId == '" + mission + "' }.invitedByName", equalTo("Olivia Okafor"));
        as(DemoUser.FIONA).get("/missions/" + mission).then().statusCode(200).body("myRole", equalTo(null));
        as(DemoUser.SAM).get("/missions/" + mission).then().statusCode(404);

        try (EventTap memberships = EventTap.open(Topics.MEMBERSHIPS)) {
            as(DemoUser.FIONA).post("/missions/" + mission + "/invitations/me/acceptance").then().statusCode(201)
                    .body("role", equalTo("facilitator"));
            var joined = memberships.await(e -> e.data() instanceof MembershipChanged c && c.missionId().equals(mission)
                    && c.userId().equals(fiona), Duration.ofSeconds(10));
            assertEquals("facilitator", ((MembershipChanged) joined.data()).role());
        }
        as(DemoUser.FIONA).get("/me/invitations").then().body("missionId", not(hasItem(mission)));
        as(DemoUser.FIONA).post("/missions/" + mission + "/invitations/me/acceptance").then().statusCode(404);
        as(DemoUser.OLIVIA).body(Map.of("userId", fiona)).post("/missions/" + mission + "/invitations").then().statusCode(409);
    }

    @Test
    void anInvitationCanBeDeclinedOrWithdrawn() {
        String mission = as(DemoUser.OLIVIA).body(Map.of("name", "Declines " + UUID.randomUUID(), "visibility", "PRIVATE"))
                .post("/missions").then().statusCode(201).extract().path("id");
        as(DemoUser.CARL).body(Map.of("name", "Carl's public " + UUID.randomUUID())).post("/missions").then().statusCode(201);
        String carl = DemoUser.CARL.userId();
        as(DemoUser.OLIVIA).body(Map.of("userId", carl)).post("/missions/" + mission + "/invitations").then().statusCode(201);
        as(DemoUser.OLIVIA).get("/missions/" + mission + "/invitations").then().body("userId", hasItem(carl));
        as(DemoUser.CARL).delete("/missions/" + mission + "/invitations/me").then().statusCode(204);
        as(DemoUser.CARL).get("/missions/" + mission).then().statusCode(404);

        as(DemoUser.OLIVIA).body(Map.of("userId", carl)).post("/missions/" + mission + "/invitations").then().statusCode(201);
        as(DemoUser.OLIVIA).delete("/missions/" + mission + "/invitations/" + carl).then().statusCode(204);
        as(DemoUser.CARL).post("/missions/" + mission + "/invitations/me/acceptance").then().statusCode(404);
    }
}
