package org.convene.communities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every role against every read and write of a private mission: who gets in is decided by the
 * communities service itself. People join by the convener's invitation (asking without one finds
 * nothing), and the convener then gives them their roles.
 */
class PrivateMissionRolesIT {

    private static final Map<String, DemoUser> ROLES = new LinkedHashMap<>();
    private static String mission;
    private static String channel;
    private static String target;

    static {
        ROLES.put("non-member", DemoUser.SAM);
        ROLES.put("observer", DemoUser.CARL);
        ROLES.put("member", DemoUser.FIONA);
        ROLES.put("facilitator", DemoUser.FRANKIE);
        ROLES.put("convener", DemoUser.OLIVIA);
        ROLES.put("admin", DemoUser.ADA);
    }

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    @BeforeAll
    static void aPrivateMissionWithOnePersonInEachRole() {
        Map<String, Object> created = as(DemoUser.OLIVIA)
                .body(Map.of("name", "Cabinet working group", "visibility", "PRIVATE"))
                .post("/missions").then().statusCode(201).extract().as(Map.class);
        mission = (String) created.get("id");
        channel = ((List<Map<String, String>>) created.get("channels")).get(0).get("id");

        try (EventTap memberships = EventTap.open(Topics.MEMBERSHIPS)) {
            for (String role : List.of("observer", "member", "facilitator")) {
                DemoUser person = ROLES.get(role);
                as(person).post("/missions/" + mission + "/members").then().statusCode(404);
                as(person).body(Map.of("name", "Own " + java.util.UUID.randomUUID())).post("/missions")
                        .then().statusCode(201); // invitations reach people who are in some mission
                as(DemoUser.OLIVIA).body(Map.of("userId", person.userId(), "role", "member"))
                        .post("/missions/" + mission + "/invitations").then().statusCode(201)
                        .body("displayName", equalTo(displayName(person)));
                as(person).post("/missions/" + mission + "/members").then().statusCode(201)
                        .body("role", equalTo("member"));
                as(DemoUser.OLIVIA).body(Map.of("role", role)).put("/missions/" + mission + "/members/" + person.userId()
                        + "/role").then().statusCode(200).body("role", equalTo(role));
            }
            String frankie = DemoUser.FRANKIE.userId();
            var changes = memberships.collect(e -> e.data() instanceof MembershipChanged c
                    && c.missionId().equals(mission) && c.userId().equals(frankie), Duration.ofSeconds(3));
            assertEquals(List.of(MembershipChanged.Change.JOINED, MembershipChanged.Change.ROLE_CHANGED),
                    changes.stream().map(e -> ((MembershipChanged) e.data()).change()).toList());
        }
        target = as(DemoUser.OLIVIA).body(Map.of("metric", "Children overweight at age 11", "unit", "%",
                        "baseline", 35.2, "targetValue", 17.6, "deadline", "2030-12-31"))
                .post("/missions/" + mission + "/targets").then().statusCode(201).extract().path("id");
    }

    @Test
    void eachRoleGetsExactlyWhatItIsAllowed() {
        Map<String, Function<RequestSpecification, Response>> actions = new LinkedHashMap<>();
        actions.put("read mission", r -> r.get("/missions/" + mission));
        actions.put("read members", r -> r.get("/missions/" + mission + "/members"));
        actions.put("read goals", r -> r.get("/missions/" + mission + "/goals"));
        actions.put("read messages", r -> r.get("/missions/" + mission + "/channels/" + channel + "/messages"));
        actions.put("post message", r -> r.body(Map.of("text", "hello")).post(
                "/missions/" + mission + "/channels/" + channel + "/messages"));
        actions.put("add goal", r -> r.body(Map.of("title", "Halve it")).post("/missions/" + mission + "/goals"));
        actions.put("publish progress", r -> r.body(Map.of("value", 33.0, "recordedOn", "2026-09-01"))
                .post("/missions/" + mission + "/targets/" + target + "/progress"));
        actions.put("see invitations", r -> r.get("/missions/" + mission + "/invitations"));
        actions.put("change a role", r -> r.body(Map.of("role", "observer"))
                .put("/missions/" + mission + "/members/" + DemoUser.CARL.userId() + "/role"));
        actions.put("open a channel", r -> r.body(Map.of("name", "ch-" + java.util.UUID.randomUUID().toString().substring(0, 8)))
                .post("/missions/" + mission + "/channels"));
        actions.put("write a case study", r -> r.body(Map.of("missionId", mission, "title", "Pilot", "summary", "What we did"))
                .post("/case-studies"));
        actions.put("mention a member", r -> r.body(Map.of("text", "@Fiona see this",
                        "mentions", List.of(DemoUser.FIONA.userId())))
                .post("/missions/" + mission + "/channels/" + channel + "/messages"));

        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        //                               non-member observer member facilitator convener admin
        expected.put("read mission",      List.of(404, 200, 200, 200, 200, 200));
        expected.put("read members",      List.of(404, 200, 200, 200, 200, 200));
        expected.put("read goals",        List.of(404, 200, 200, 200, 200, 200));
        expected.put("read messages",     List.of(404, 200, 200, 200, 200, 200));
        expected.put("post message",      List.of(404, 403, 201, 201, 201, 201));
        expected.put("add goal",          List.of(404, 403, 403, 403, 201, 201));
        expected.put("publish progress",  List.of(404, 403, 403, 403, 201, 201));
        expected.put("see invitations",   List.of(404, 403, 403, 403, 200, 200));
        expected.put("change a role",     List.of(404, 403, 403, 403, 200, 200));
        expected.put("open a channel",    List.of(404, 403, 403, 201, 201, 201));
        expected.put("write a case study", List.of(404, 403, 201, 201, 201, 201));
        expected.put("mention a member",  List.of(404, 403, 201, 201, 201, 201));

        List<String> wrong = new ArrayList<>();
        actions.forEach((action, call) -> {
            List<DemoUser> people = new ArrayList<>(ROLES.values());
            for (int i = 0; i < people.size(); i++) {
                Response response = call.apply(as(people.get(i)));
                int want = expected.get(action).get(i);
                if (response.statusCode() != want) {
                    wrong.add(action + " as " + new ArrayList<>(ROLES.keySet()).get(i) + ": " + response.statusCode()
                            + " instead of " + want);
                } else if (want >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    wrong.add(action + " as " + new ArrayList<>(ROLES.keySet()).get(i) + ": refusal without problem+json");
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theLastConvenerCanNeitherLeaveNorStepDown() {
        String olivia = DemoUser.OLIVIA.userId();
        as(DemoUser.OLIVIA).delete("/missions/" + mission + "/members/me").then().statusCode(409);
        as(DemoUser.OLIVIA).body(Map.of("role", "member")).put("/missions/" + mission + "/members/" + olivia + "/role")
                .then().statusCode(409).contentType("application/problem+json");
        as(DemoUser.OLIVIA).body(Map.of("role", "chief")).put("/missions/" + mission + "/members/" + olivia + "/role")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        as(DemoUser.OLIVIA).get("/missions/" + mission + "/members").then().body("role", hasItem("convener"));
    }

    private static String displayName(DemoUser user) {
        return switch (user) {
            case CARL -> "Carl Chen";
            case FIONA -> "Fiona Fox";
            case FRANKIE -> "Frankie Nwosu";
            default -> user.username;
        };
    }
}
