package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may read what of a private mission, for every role: anonymous, someone outside the mission,
 * a member, its convener and a platform admin, against every read route of the mission the merged
 * OpenAPI document lists; and every documented route, with every method, refuses a caller with
 * no credentials.
 */
class AuthorizationMatrixIT {

    /** Routes only the mission's leaders read. */
    private static final Set<String> LEADERS_ONLY = Set.of("/api/communities/missions/{missionId}/invitations");
    private static final List<String> OPEN = List.of("/api/me", "/api/openapi", "/api/open/");
    /** A deliberation's room may be open to anyone with its link: the service decides per deliberation. */
    private static final String DELIBERATION_ROOM = "/api/engagement/deliberations/";
    /** Roles outside the private mission: someone in none of it, and a member of another mission. */
    private static final Set<String> OUTSIDERS = Set.of("outsider", "other-mission");
    /** Stands for "200 with an empty list" in the matrix. */
    private static final int EMPTY = -200;

    private static JsonPath doc;
    private static String mission;

    @BeforeAll
    static void privateMissionWithAMember() {
        doc = given().baseUri(LocalStack.GATEWAY).get("/api/openapi").then().statusCode(200).extract().jsonPath();
        mission = PrivateMission.create("Matrix").id();
    }

    @Test
    void eachRoleReadsExactlyWhatItShouldOfAPrivateMission() {
        List<String> routes = missionReads();
        assertTrue(routes.size() >= 8, "the mission's read routes: " + routes);
        Matrix matrix = new Matrix();
        for (String route : routes) {
            String path = route.replace("{missionId}", mission);
            PrivateMission.ROLES.forEach((role, user) -> {
                var answer = PrivateMission.as(user).get(path);
                int status = answer.statusCode();
                if (status == 200 && OUTSIDERS.contains(role) && answer.asString().strip().equals("[]")) {
                    status = EMPTY; // lists of a mission one is not in may answer, with nothing in them
                }
                if (OUTSIDERS.contains(role)) {
                    // Not allowed and not there answer alike: the mission's existence does not leak.
                    String absent = UUID.randomUUID().toString();
                    var nowhere = PrivateMission.as(user).get(route.replace("{missionId}", absent));
                    if (nowhere.statusCode() != answer.statusCode()
                            || !nowhere.asString().replace(absent, "{id}").equals(answer.asString().replace(mission, "{id}"))) {
                        status = -answer.statusCode();
                    }
                }
                matrix.answer(route.replace("/api", ""), role, status == EMPTY ? "[]"
                                : status < 0 ? -status + "≠nowhere" : Integer.toString(status),
                        expected(role, route).contains(status), expected(role, route));
            });
        }
        System.out.print(matrix.table());
        assertEquals(List.of(), matrix.wrong());
    }

    @Test
    void everyRouteRefusesACallerWithoutCredentialsAtTheGatewayAndAtTheService() {
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> wrong = new ArrayList<>();
        paths.forEach((route, operations) -> operations.keySet().stream()
                .filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(method -> {
                    if (OPEN.stream().anyMatch(route::startsWith)) {
                        return;
                    }
                    String path = route.replace("{missionId}", mission).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    int atGateway = given().baseUri(LocalStack.GATEWAY).redirects().follow(false)
                            .contentType("application/json").body("{}").request(method.toUpperCase(), path).statusCode();
                    String service = path.split("/")[2];
                    int atService = given().baseUri(serviceUrl(service)).contentType("application/json").body("{}")
                            .request(method.toUpperCase(), path.substring(("/api/" + service).length())).statusCode();
                    boolean room = route.startsWith(DELIBERATION_ROOM);
                    // A room's routes answer anonymous callers when the deliberation is open to its link;
                    // an unknown one is a 4xx all the same.
                    boolean serviceRefuses = room ? atService >= 400 && atService < 500 : atService == 401;
                    if (atGateway != 401 || !serviceRefuses) {
                        wrong.add(method + " " + route + ": gateway " + atGateway + ", service " + atService);
                    }
                }));
        assertEquals(List.of(), wrong);
    }

    private static Set<Integer> expected(String role, String route) {
        return switch (role) {
            case "anonymous" -> Set.of(401);
            case "outsider", "other-mission" -> Set.of(404, EMPTY); // a private mission is not even shown to exist
            case "member" -> LEADERS_ONLY.contains(route) ? Set.of(403) : Set.of(200);
            default -> Set.of(200); // its convener, and platform admins
        };
    }

    /** Read routes of one mission: GET, and the mission's id as the only path parameter. */
    private static List<String> missionReads() {
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        return paths.entrySet().stream()
                .filter(e -> e.getValue().containsKey("get"))
                .map(Map.Entry::getKey)
                .filter(p -> p.replaceAll("\\{missionId}", "").indexOf('{') < 0 && p.contains("{missionId}"))
                .sorted()
                .toList();
    }

    private static String serviceUrl(String service) {
        return switch (service) {
            case "communities" -> LocalStack.COMMUNITIES;
            case "engagement" -> LocalStack.ENGAGEMENT;
            default -> LocalStack.SYNTHESIS;
        };
    }
}
