package org.convene.communities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.OrganisationParticipationChanged;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** Organisations have profiles and members, and whole organisations take part in missions. */
class OrganisationsIT {

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    private static String organisation(DemoUser admin, String name, String type) {
        return as(admin).body(Map.of("name", name, "stakeholderType", type, "description", "We run local services",
                        "website", "https://example.org", "place", "Leeds"))
                .post("/organisations").then().statusCode(201)
                .body("myRole", equalTo("admin")).body("memberCount", equalTo(1)).extract().path("id");
    }

    private static String mission(DemoUser convener, String visibility) {
        return as(convener).body(Map.of("name", "Mission " + UUID.randomUUID(), "visibility", visibility))
                .post("/missions").then().statusCode(201).extract().path("id");
    }

    @Test
    void anOrganisationHasAProfileAndMembersThatOnlyItsAdminsManage() {
        String name = "Leeds Food Partnership " + UUID.randomUUID();
        as(DemoUser.CARL).body(Map.of("name", "Carl was here " + UUID.randomUUID())).post("/missions").then().statusCode(201);
        as(DemoUser.OLIVIA).body(Map.of("name", name)).post("/organisations").then().statusCode(400)
                .body("errors[0].field", equalTo("stakeholderType"));
        as(DemoUser.OLIVIA).body(Map.of("name", name, "stakeholderType", "civil_society", "website", "javascript:x"))
                .post("/organisations").then().statusCode(400).body("errors[0].field", equalTo("website"));
        String org = organisation(DemoUser.OLIVIA, name, "civil_society");
        as(DemoUser.FIONA).body(Map.of("name", name.toUpperCase(), "stakeholderType", "firm")).post("/organisations")
                .then().statusCode(409);

        as(DemoUser.FIONA).get("/organisations?q=" + name.substring(12, 30) + "&stakeholderType=civil_society")
                .then().statusCode(200).body("find { it.id == '" + org + "' }.myRole", nullValue());
        as(DemoUser.FIONA).get("/organisations?stakeholderType=firm").then().body("id", not(hasItem(org)));
        as(DemoUser.FIONA).get("/organisations?stakeholderType=bank").then().statusCode(400);
        as(DemoUser.FIONA).get("/organisations/" + org).then().statusCode(200)
                .body("organisation.place", equalTo("Leeds")).body("members.displayName", hasItem("Olivia Okafor"));
        as(DemoUser.FIONA).body(Map.of("name", name, "stakeholderType", "firm")).put("/organisations/" + org)
                .then().statusCode(403);

        String carl = DemoUser.CARL.userId();
        as(DemoUser.FIONA).body(Map.of("role", "member")).put("/organisations/" + org + "/members/" + carl)
                .then().statusCode(403);
        as(DemoUser.OLIVIA).body(Map.of("role", "owner")).put("/organisations/" + org + "/members/" + carl)
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        as(DemoUser.OLIVIA).body(Map.of("role", "member")).put("/organisations/" + org + "/members/nobody-" + UUID.randomUUID())
                .then().statusCode(404);
        joinsByInvitation(org, DemoUser.CARL, "member");
        as(DemoUser.CARL).get("/me/organisations").then().body("find { it.id == '" + org + "' }.myRole", equalTo("member"));

        // The last admin cannot leave or step down; after handing over, they can.
        as(DemoUser.OLIVIA).delete("/organisations/" + org + "/members/me").then().statusCode(409);
        as(DemoUser.OLIVIA).body(Map.of("role", "admin")).put("/organisations/" + org + "/members/" + carl)
                .then().statusCode(200).body("role", equalTo("admin"));
        as(DemoUser.OLIVIA).delete("/organisations/" + org + "/members/me").then().statusCode(204);
        as(DemoUser.CARL).body(Map.of("name", name, "stakeholderType", "civil_society", "description", "New words"))
                .put("/organisations/" + org).then().statusCode(200).body("description", equalTo("New words"));
        as(DemoUser.OLIVIA).get("/organisations/" + org).then().body("members.displayName", not(hasItem("Olivia Okafor")));
    }

    /** The organisation's admin (Olivia) invites the person, who accepts. */
    private static void joinsByInvitation(String org, DemoUser person, String role) {
        as(DemoUser.OLIVIA).body(Map.of("userId", person.userId(), "role", role))
                .post("/organisations/" + org + "/invitations").then().statusCode(201);
        as(person).post("/organisations/" + org + "/invitations/me/acceptance").then().statusCode(201)
                .body("role", equalTo(role));
    }

    @Test
    void anAdminCannotAddAPersonWhoHasNotAcceptedAnInvitation() {
        String org = organisation(DemoUser.OLIVIA, "Consent " + UUID.randomUUID(), "council");
        String carl = DemoUser.CARL.userId();
        String fiona = DemoUser.FIONA.userId();
        for (DemoUser person : java.util.List.of(DemoUser.CARL, DemoUser.FIONA)) {
            as(person).body(Map.of("name", "Own " + UUID.randomUUID())).post("/missions").then().statusCode(201);
        }
        as(DemoUser.OLIVIA).body(Map.of("role", "member")).put("/organisations/" + org + "/members/" + carl)
                .then().statusCode(404).contentType("application/problem+json");
        as(DemoUser.OLIVIA).get("/organisations/" + org).then().body("members.userId", not(hasItem(carl)));

        as(DemoUser.FIONA).body(Map.of("userId", carl, "role", "member")).post("/organisations/" + org + "/invitations")
                .then().statusCode(403);
        as(DemoUser.OLIVIA).body(Map.of("userId", "nobody-" + UUID.randomUUID())).post("/organisations/" + org + "/invitations")
                .then().statusCode(404);
        as(DemoUser.OLIVIA).body(Map.of("userId", carl, "role", "admin")).post("/organisations/" + org + "/invitations")
                .then().statusCode(201).body("organisationId", equalTo(org)).body("displayName", equalTo("Carl Chen"))
                .body("invitedByName", equalTo("Olivia Okafor"));
        as(DemoUser.OLIVIA).get("/organisations/" + org + "/invitations").then().statusCode(200)
                .body("userId", hasItem(carl));
        as(DemoUser.FIONA).get("/organisations/" + org + "/invitations").then().statusCode(403);
        as(DemoUser.OLIVIA).get("/organisations/" + org).then().body("members.userId", not(hasItem(carl)));
        as(DemoUser.CARL).get("/me/organisation-invitations").then().statusCode(200)
                .body("find { it.organisationId == '" + org + "' }.role", equalTo("admin"));

        // Only the invitee accepts; then they are in, and the invitation is gone.
        as(DemoUser.SAM).post("/organisations/" + org + "/invitations/me/acceptance").then().statusCode(404);
        as(DemoUser.CARL).post("/organisations/" + org + "/invitations/me/acceptance").then().statusCode(201)
                .body("role", equalTo("admin"));
        as(DemoUser.CARL).get("/me/organisations").then().body("find { it.id == '" + org + "' }.myRole", equalTo("admin"));
        as(DemoUser.CARL).get("/me/organisation-invitations").then().body("organisationId", not(hasItem(org)));
        as(DemoUser.OLIVIA).body(Map.of("userId", carl)).post("/organisations/" + org + "/invitations")
                .then().statusCode(409);

        // A declined invitation adds nobody.
        as(DemoUser.OLIVIA).body(Map.of("userId", fiona)).post("/organisations/" + org + "/invitations")
                .then().statusCode(201).body("role", equalTo("member"));
        as(DemoUser.FIONA).delete("/organisations/" + org + "/invitations/me").then().statusCode(204);
        as(DemoUser.FIONA).post("/organisations/" + org + "/invitations/me/acceptance").then().statusCode(404);
        as(DemoUser.OLIVIA).get("/organisations/" + org).then().body("members.userId", not(hasItem(fiona)));
    }

    @Test
    void anOrganisationJoiningBringsItsPeopleInAndLeavingTakesOnlyThemOut() {
        String org = organisation(DemoUser.OLIVIA, "Council " + UUID.randomUUID(), "council");
        String carl = DemoUser.CARL.userId();
        String olivia = DemoUser.OLIVIA.userId();
        as(DemoUser.CARL).body(Map.of("name", "Carl's " + UUID.randomUUID())).post("/missions").then().statusCode(201);
        joinsByInvitation(org, DemoUser.CARL, "member");
        String mission = mission(DemoUser.FIONA, "PUBLIC");
        as(DemoUser.OLIVIA).post("/missions/" + mission + "/members").then().statusCode(201); // Olivia in person

        as(DemoUser.CARL).post("/missions/" + mission + "/organisations/" + org).then().statusCode(403);
        try (EventTap memberships = EventTap.open(Topics.MEMBERSHIPS)) {
            as(DemoUser.OLIVIA).post("/missions/" + mission + "/organisations/" + org).then().statusCode(201)
                    .body("state", equalTo("JOINED"));
            var joined = memberships.await(e -> e.data() instanceof OrganisationParticipationChanged c
                    && c.missionId().equals(mission) && c.organisationId().equals(org), Duration.ofSeconds(10));
            assertEquals(OrganisationParticipationChanged.Change.JOINED,
                    ((OrganisationParticipationChanged) joined.data()).change());
            memberships.await(e -> e.data() instanceof MembershipChanged c && c.missionId().equals(mission)
                    && c.userId().equals(carl) && c.change() == MembershipChanged.Change.JOINED, Duration.ofSeconds(10));
        }
        as(DemoUser.OLIVIA).post("/missions/" + mission + "/organisations/" + org).then().statusCode(200);
        as(DemoUser.SAM).get("/missions/" + mission + "/organisations").then().statusCode(200)
                .body("find { it.organisationId == '" + org + "' }.stakeholderType", equalTo("council"));
        as(DemoUser.SAM).get("/missions/" + mission + "/members").then()
                .body("find { it.userId == '" + carl + "' }.viaOrganisation", equalTo(org))
                .body("find { it.userId == '" + olivia + "' }.viaOrganisation", nullValue());
        as(DemoUser.SAM).get("/missions?stakeholderType=council").then()
                .body("id", hasItem(mission));

        // Carl leaves the organisation, so the mission; Olivia, there in person, stays when it leaves.
        try (EventTap memberships = EventTap.open(Topics.MEMBERSHIPS)) {
            as(DemoUser.CARL).delete("/organisations/" + org + "/members/me").then().statusCode(204);
            memberships.await(e -> e.data() instanceof MembershipChanged c && c.missionId().equals(mission)
                    && c.userId().equals(carl) && c.change() == MembershipChanged.Change.LEFT, Duration.ofSeconds(10));
        }
        as(DemoUser.FIONA).delete("/missions/" + mission + "/organisations/" + org).then().statusCode(204);
        as(DemoUser.SAM).get("/missions/" + mission + "/members").then()
                .body("userId", hasItem(olivia)).body("userId", not(hasItem(carl)));
        as(DemoUser.SAM).get("/missions/" + mission + "/organisations").then().body("organisationId", not(hasItem(org)));
    }

    @Test
    void aPrivateMissionTakesAnOrganisationOnlyWhenBothSidesAgree() {
        String requesting = organisation(DemoUser.OLIVIA, "Requesting " + UUID.randomUUID(), "council");
        String invited = organisation(DemoUser.FRANKIE, "Invited " + UUID.randomUUID(), "firm");
        String mission = mission(DemoUser.SAM, "PRIVATE");

        // An admin outside the mission cannot ask (the mission is not there for her); once invited in
        // herself she asks for her organisation, and the convener sees the request and approves.
        as(DemoUser.OLIVIA).post("/missions/" + mission + "/organisations/" + requesting).then().statusCode(404);
        as(DemoUser.SAM).body(Map.of("userId", DemoUser.OLIVIA.userId(), "role", "observer"))
                .post("/missions/" + mission + "/invitations").then().statusCode(201);
        as(DemoUser.OLIVIA).post("/missions/" + mission + "/invitations/me/acceptance").then().statusCode(201);
        as(DemoUser.OLIVIA).post("/missions/" + mission + "/organisations/" + requesting).then().statusCode(202)
                .body("state", equalTo("REQUESTED"));
        as(DemoUser.SAM).get("/missions/" + mission + "/organisations").then()
                .body("find { it.organisationId == '" + requesting + "' }.state", equalTo("REQUESTED"));
        as(DemoUser.SAM).post("/missions/" + mission + "/organisations/" + requesting).then().statusCode(201)
                .body("state", equalTo("JOINED"));
        as(DemoUser.OLIVIA).get("/missions/" + mission).then().statusCode(200).body("myRole", equalTo("observer"));

        // The convener invites; the organisation's admin sees the invitation and accepts.
        as(DemoUser.SAM).post("/missions/" + mission + "/organisations/" + invited).then().statusCode(202)
                .body("state", equalTo("INVITED"));
        as(DemoUser.OLIVIA).get("/missions/" + mission + "/organisations").then()
                .body("organisationId", not(hasItem(invited)));
        as(DemoUser.FRANKIE).get("/me/organisations/invitations").then()
                .body("find { it.missionId == '" + mission + "' }.organisationId", equalTo(invited));
        as(DemoUser.FRANKIE).get("/organisations/" + invited).then()
                .body("missions.find { it.missionId == '" + mission + "' }.state", equalTo("INVITED"));
        as(DemoUser.CARL).get("/organisations/" + invited).then().body("missions", org.hamcrest.Matchers.empty());
        as(DemoUser.FRANKIE).post("/missions/" + mission + "/organisations/" + invited).then().statusCode(201);
        as(DemoUser.FRANKIE).get("/missions/" + mission).then().statusCode(200);
        as(DemoUser.FRANKIE).get("/me/organisations/invitations").then().body("missionId", not(hasItem(mission)));

        // A role given to a person makes the membership theirs: they stay when the organisation leaves.
        String frankie = DemoUser.FRANKIE.userId();
        as(DemoUser.SAM).body(Map.of("role", "facilitator")).put("/missions/" + mission + "/members/" + frankie + "/role")
                .then().statusCode(200);
        as(DemoUser.FRANKIE).delete("/missions/" + mission + "/organisations/" + invited).then().statusCode(204);
        as(DemoUser.FRANKIE).get("/missions/" + mission).then().statusCode(200).body("myRole", equalTo("facilitator"));
    }
}
