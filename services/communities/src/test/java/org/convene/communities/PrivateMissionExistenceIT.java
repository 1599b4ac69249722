package org.convene.communities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * Someone outside a private mission cannot tell it from a mission that does not exist: every
 * route answers both with the same status and the same problem, the mission's id aside.
 */
class PrivateMissionExistenceIT {

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    private static String privateMission() {
        return as(DemoUser.OLIVIA).body(Map.of("name", "Quiet " + UUID.randomUUID(), "visibility", "PRIVATE"))
                .post("/missions").then().statusCode(201).extract().path("id");
    }

    private static String organisationOf(DemoUser admin) {
        return as(admin).body(Map.of("name", "Outsiders " + UUID.randomUUID(), "stakeholderType", "firm"))
                .post("/organisations").then().statusCode(201).extract().path("id");
    }

    /** The answer as the outsider sees it: status, content type and problem, with the mission's id blanked. */
    private static String seen(Response answer, String mission) {
        return answer.statusCode() + " " + answer.contentType() + " " + answer.asString().replace(mission, "{id}");
    }

    private static void sameAsForNoMission(DemoUser outsider, BiFunction<RequestSpecification, String, Response> call) {
        sameAsForNoMission("", outsider, call);
    }

    private static void sameAsForNoMission(String route, DemoUser outsider,
                                           BiFunction<RequestSpecification, String, Response> call) {
        String mission = privateMission();
        String none = UUID.randomUUID().toString();
        String forPrivate = seen(call.apply(as(outsider), mission), mission);
        String forNone = seen(call.apply(as(outsider), none), none);
        assertEquals(forNone, forPrivate, route);
        assertEquals("404 application/problem+json", forPrivate.substring(0, forPrivate.indexOf(' ', 4)), route + " " + forPrivate);
    }

    @Test
    void anOutsiderAskingToJoinAPrivateMissionIsToldItDoesNotExist() {
        sameAsForNoMission(DemoUser.SAM, (r, m) -> r.post("/missions/" + m + "/members"));
    }

    @Test
    void anOutsiderCannotAskForOrLeaveAPrivateMissionOnBehalfOfAnOrganisation() {
        String samsOwn = organisationOf(DemoUser.SAM);
        String someoneElses = organisationOf(DemoUser.FIONA);
        for (String org : List.of(samsOwn, someoneElses)) {
            sameAsForNoMission(DemoUser.SAM, (r, m) -> r.post("/missions/" + m + "/organisations/" + org));
            sameAsForNoMission(DemoUser.SAM, (r, m) -> r.delete("/missions/" + m + "/organisations/" + org));
        }
    }

    /** Every route on a mission, read or write, tells the outsider no more than "not there". */
    @Test
    void everyMissionRouteAnswersAnOutsiderAsForAMissionThatDoesNotExist() {
        String channel = UUID.randomUUID().toString();
        String someone = DemoUser.CARL.userId();
        Map<String, BiFunction<RequestSpecification, String, Response>> routes = new java.util.LinkedHashMap<>();
        routes.put("mission", (r, m) -> r.get("/missions/" + m));
        routes.put("members", (r, m) -> r.get("/missions/" + m + "/members"));
        routes.put("goals", (r, m) -> r.get("/missions/" + m + "/goals"));
        routes.put("organisations", (r, m) -> r.get("/missions/" + m + "/organisations"));
        routes.put("invitations", (r, m) -> r.get("/missions/" + m + "/invitations"));
        routes.put("channel", (r, m) -> r.get("/missions/" + m + "/channels/" + channel));
        routes.put("messages", (r, m) -> r.get("/missions/" + m + "/channels/" + channel + "/messages"));
        routes.put("post message", (r, m) -> r.body(Map.of("text", "hi")).post("/missions/" + m + "/channels/" + channel + "/messages"));
        routes.put("open channel", (r, m) -> r.body(Map.of("name", "ideas")).post("/missions/" + m + "/channels"));
        routes.put("add goal", (r, m) -> r.body(Map.of("title", "x")).post("/missions/" + m + "/goals"));
        routes.put("invite", (r, m) -> r.body(Map.of("userId", someone)).post("/missions/" + m + "/invitations"));
        routes.put("accept", (r, m) -> r.post("/missions/" + m + "/invitations/me/acceptance"));
        routes.put("decline", (r, m) -> r.delete("/missions/" + m + "/invitations/me"));
        routes.put("leave", (r, m) -> r.delete("/missions/" + m + "/members/me"));
        routes.put("remove", (r, m) -> r.delete("/missions/" + m + "/members/" + someone));
        routes.put("role", (r, m) -> r.body(Map.of("role", "member")).put("/missions/" + m + "/members/" + someone + "/role"));
        routes.put("case study", (r, m) -> r.body(Map.of("missionId", m, "title", "x", "summary", "y")).post("/case-studies"));
        routes.forEach((name, call) -> sameAsForNoMission(name, DemoUser.SAM, call));
    }

    @Test
    void anInvitedPersonJoinsAPrivateMissionWithTheRoleTheyWereInvitedTo() {
        String mission = privateMission();
        as(DemoUser.SAM).body(Map.of("name", "Sam's own " + UUID.randomUUID())).post("/missions").then().statusCode(201);
        as(DemoUser.OLIVIA).body(Map.of("userId", DemoUser.SAM.userId(), "role", "observer"))
                .post("/missions/" + mission + "/invitations").then().statusCode(201);
        as(DemoUser.SAM).post("/missions/" + mission + "/members").then().statusCode(201).body("role", equalTo("observer"));
        as(DemoUser.SAM).get("/me/invitations").then().body("missionId", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(mission)));
    }
}
