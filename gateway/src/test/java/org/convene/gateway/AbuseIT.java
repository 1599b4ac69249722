package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input against every write route the API documents (read from the gateway's merged OpenAPI
 * document, so a new route is covered without touching this test): each gets a clear 4xx with a
 * problem+json body, never a 5xx, and the services stay up.
 */
class AbuseIT {

    private static final List<String> WRITES = List.of("post", "put", "patch");
    private static List<String[]> routes;
    private static String mission;

    @BeforeAll
    static void routesAndAMission() {
        JsonPath doc = given().baseUri(LocalStack.GATEWAY).get("/api/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        routes = new ArrayList<>();
        // Every write that takes a JSON body (the others ignore any body sent).
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (WRITES.contains(method) && operation instanceof Map<?, ?> op && op.get("requestBody") instanceof Map<?, ?> body
                    && String.valueOf(body.get("content")).contains("application/json")) {
                routes.add(new String[] {method, path});
            }
        }));
        assertTrue(routes.size() >= 20, "the document lists the write routes that take JSON: " + routes.size());
        mission = given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .contentType("application/json").body(Map.of("name", "Abuse target", "visibility", "PRIVATE"))
                .post("/api/communities/missions").then().statusCode(201).extract().path("id");
    }

    /** The route with its path parameters filled: the test mission where one is asked, else unknown ids. */
    private static String concrete(String path) {
        return path.replace("{missionId}", mission).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @Test
    void malformedWronglyTypedAndOversizedBodiesGetAClear4xx() {
        List<byte[]> bodies = List.of(
                "{".getBytes(StandardCharsets.UTF_8),
                "[1, 2, 3]".getBytes(StandardCharsets.UTF_8),
                "\"just a string\"".getBytes(StandardCharsets.UTF_8),
                "{\"text\": 12, \"name\": [], \"status\": {\"x\": 1}, \"questions\": \"none\", \"vote\": \"yes\"}"
                        .getBytes(StandardCharsets.UTF_8),
                "{\"unexpected\": true, \"text\": \"fine\", \"name\": \"fine\"}".getBytes(StandardCharsets.UTF_8),
                "{\"limit\": 1e400, \"windowDays\": -99999999999999999999, \"number\": 1e309}".getBytes(StandardCharsets.UTF_8),
                new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
        List<String> failures = new ArrayList<>();
        for (String[] route : routes) {
            for (byte[] body : bodies) {
                Response answer = given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                        .contentType("application/json").body(body)
                        .request(route[0].toUpperCase(), concrete(route[1]));
                int status = answer.statusCode();
                if (status < 400 || status >= 500) {
                    failures.add(route[0] + " " + route[1] + " with " + new String(body, StandardCharsets.UTF_8)
                            + ": " + status + " " + answer.asString());
                } else if (!answer.contentType().startsWith("application/problem+json")) {
                    failures.add(route[0] + " " + route[1] + ": " + status + " without problem+json: " + answer.contentType());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeAnyServiceSeesIt() throws Exception {
        byte[] huge = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        // Asking first (Expect: 100-continue), as a well-behaved client does, lets the gateway say no
        // before the 9 MB are sent.
        var answer = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(LocalStack.GATEWAY + "/api/communities/missions"))
                .header("Authorization", "Bearer " + DemoUser.OLIVIA.accessToken())
                .header("Content-Type", "application/json").expectContinue(true)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(huge)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(413, answer.statusCode());
    }

    @Test
    void scriptAndSqlInTextAreStoredAsPlainTextNotRunOrRefusedWithA5xx() {
        String nasty = "<script>alert('x')</script>'; DROP TABLE missions; -- \u0000";
        Response created = given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .contentType("application/json").body(Map.of("name", nasty.replace("\u0000", "")))
                .post("/api/communities/missions");
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.path("id");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .get("/api/communities/missions/" + id).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo(nasty.replace("\u0000", "").strip()));
        // A NUL character cannot be stored as PostgreSQL text: refused clearly, naming the field.
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .contentType("application/json").body(Map.of("name", nasty))
                .post("/api/communities/missions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("'name'"));
    }

    @Test
    void unknownIdsAndNegativePageSizesAreClientErrors() {
        for (String path : List.of("/api/communities/missions/not-a-uuid", "/api/communities/missions/" + UUID.randomUUID(),
                "/api/communities/missions/" + mission + "/channels/" + UUID.randomUUID() + "/messages?limit=-5",
                "/api/synthesis/missions/" + mission + "/themes/" + UUID.randomUUID())) {
            int status = given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.OLIVIA.accessToken())
                    .get(path).statusCode();
            assertTrue(status >= 400 && status < 500, path + ": " + status);
        }
    }
}
