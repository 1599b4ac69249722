package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may write what in a private mission: every write route the merged OpenAPI document lists on
 * a mission or on something inside one (channels, messages, goals, targets, members, invitations,
 * organisations, case studies, deliberations, statements, surveys, feedback, themes), tried
 * through the gateway by anonymous, an outsider, a member of another mission, a member, the
 * convener and an admin, each with a valid body; each answer is checked against the expected one and the matrix
 * is printed. Where a write by one role would change what another gets (a deletion, a closure,
 * an approval), each role's try gets an object of its own, made just before it; the roles run in
 * a shuffled order (seed printed, or set with -Dmatrix.seed) so that no answer may depend on it.
 */
class WriteAuthorizationMatrixIT {

    private static final List<String> WRITES = List.of("post", "put", "delete", "patch");
    /** Write routes inside a mission that do not carry the mission's id in their path. */
    private static final List<String> INSIDE = List.of(
            "/api/communities/case-studies", "/api/engagement/deliberations/", "/api/engagement/surveys/");

    private static PrivateMission mission;
    private static String m;
    private static String target;
    private static String publishedCaseStudy;
    private static String deliberation;
    private static String seedStatement;
    private static String survey;
    private static String question;
    private static String themeMission;
    private static String theme;

    /** One try of a route by one role: the path with its parameters filled, and a valid body. */
    private record Call(String path, Object body) {}

    /** A multipart form, for the Pol.is import. */
    private record Form(Map<String, String> parts) {}

    /**
     * A route's expected answers, for anonymous, outsider, member, convener and admin in that order
     * ("200|201" allows either), and the try for a role, made afresh for each.
     */
    private record Route(String expected, Supplier<Call> call) {

        /** The columns of {@code expected}; a member of another mission expects what an outsider does. */
        private static final List<String> COLUMNS = List.of("anonymous", "outsider", "member", "convener", "admin");

        Set<Integer> expectedFor(String role) {
            String[] answers = expected.split(" ");
            String answer = answers[COLUMNS.indexOf("other-mission".equals(role) ? "outsider" : role)];
            return Arrays.stream(answer.split("\\|")).map(Integer::valueOf).collect(Collectors.toSet());
        }
    }

    @BeforeAll
    static void aPrivateMissionWithSomethingOfEachKind() {
        mission = PrivateMission.create("Write matrix");
        m = mission.id();
        // People the convener adds, invites or removes start a mission of their own: invitations reach
        // only people who are in some mission.
        for (DemoUser person : List.of(DemoUser.FIONA, DemoUser.FRANKIE)) {
            communities(person).body(Map.of("name", person.username + "'s own " + UUID.randomUUID()))
                    .post("/missions").then().statusCode(201);
        }
        target = communities(DemoUser.OLIVIA).body(targetDraft()).post("/missions/" + m + "/targets")
                .then().statusCode(201).extract().path("id");
        publishedCaseStudy = draftByCarl();
        communities(DemoUser.CARL).post("/case-studies/" + publishedCaseStudy + "/publication").then().statusCode(200);
        deliberation = deliberation(List.of("More buses on the route to the clinic", "Keep the park open late in summer"));
        seedStatement = engagement(DemoUser.OLIVIA).get("/deliberations/" + deliberation + "/statements")
                .then().statusCode(200).extract().path("[0].id");
        survey = engagement(DemoUser.OLIVIA).body(surveyDraft()).post("/missions/" + m + "/surveys")
                .then().statusCode(201).extract().path("id");
        question = engagement(DemoUser.OLIVIA).get("/surveys/" + survey).then().statusCode(200).extract().path("questions[0].id");
        // A theme in a mission of its own: there the deliberations' statements and the feedback of
        // the tries below never make a re-clustering redraw it under another id.
        themeMission = PrivateMission.create("Write matrix themes").id();
        engagement(DemoUser.CARL).body(Map.of("text", "The bus to the clinic is late every morning"))
                .post("/missions/" + themeMission + "/feedback").then().statusCode(201);
        Instant deadline = Instant.now().plusSeconds(30);
        while (theme == null && Instant.now().isBefore(deadline)) {
            theme = synthesis(DemoUser.OLIVIA).get("/missions/" + themeMission + "/themes").then().statusCode(200).extract().path("[0].id");
            PrivateMission.pause();
        }
        assertNotNull(theme, "the member's feedback became a theme");
    }

    /** Every write route on a private mission, with what each role should get. */
    private static Map<String, Route> routes() {
        Map<String, Route> routes = new LinkedHashMap<>();
        String missionPath = "/api/communities/missions/" + m;
        String channel = missionPath + "/channels/" + mission.channelId();
        // Case studies: members but observers write them, their authors change them (a draft is
        // not shown to anyone else, so the convener is told it does not exist), anyone in the
        // mission comments and marks them useful.
        routes.put("POST /api/communities/case-studies", new Route("401 404 201 201 201",
                () -> new Call("/api/communities/case-studies", caseStudyDraft())));
        routes.put("PUT /api/communities/case-studies/{id}", new Route("401 404 200 404 200",
                () -> new Call("/api/communities/case-studies/" + draftByCarl(), caseStudyDraft())));
        routes.put("POST /api/communities/case-studies/{id}/publication", new Route("401 404 200 404 200",
                () -> new Call("/api/communities/case-studies/" + draftByCarl() + "/publication", null)));
        routes.put("POST /api/communities/case-studies/{id}/comments", new Route("401 404 201 201 201",
                () -> new Call("/api/communities/case-studies/" + publishedCaseStudy + "/comments", Map.of("text", "Useful, thanks"))));
        routes.put("PUT /api/communities/case-studies/{id}/useful", new Route("401 404 200 200 200",
                () -> new Call("/api/communities/case-studies/" + publishedCaseStudy + "/useful", null)));
        routes.put("DELETE /api/communities/case-studies/{id}/useful", new Route("401 404 200 200 200",
                () -> new Call("/api/communities/case-studies/" + publishedCaseStudy + "/useful", null)));
        // Channels and messages: conveners open channels; members post; only authors (and admins)
        // change a message, here one of the member's own.
        routes.put("POST /api/communities/missions/{missionId}/channels", new Route("401 404 403 201 201",
                () -> new Call(missionPath + "/channels", Map.of("name", "c-" + UUID.randomUUID().toString().substring(0, 8)))));
        routes.put("POST /api/communities/missions/{missionId}/channels/{channelId}/messages", new Route("401 404 201 201 201",
                () -> new Call(channel + "/messages", Map.of("text", "Hello from the matrix"))));
        routes.put("PUT /api/communities/missions/{missionId}/channels/{channelId}/messages/{messageId}", new Route(
                "401 404 200 403 200", () -> new Call(channel + "/messages/" + messageByCarl(), Map.of("text", "Edited"))));
        routes.put("DELETE /api/communities/missions/{missionId}/channels/{channelId}/messages/{messageId}", new Route(
                "401 404 204 403 204", () -> new Call(channel + "/messages/" + messageByCarl(), null)));
        routes.put("PUT /api/communities/missions/{missionId}/channels/{channelId}/read", new Route("401 404 200 200 200",
                () -> new Call(channel + "/read", Map.of("seq", 0))));
        // Goals and targets: conveners only.
        routes.put("POST /api/communities/missions/{missionId}/goals", new Route("401 404 403 201 201",
                () -> new Call(missionPath + "/goals", Map.of("title", "Halve the waiting times", "description", "By 2030"))));
        routes.put("POST /api/communities/missions/{missionId}/targets", new Route("401 404 403 201 201",
                () -> new Call(missionPath + "/targets", targetDraft())));
        routes.put("POST /api/communities/missions/{missionId}/targets/{targetId}/progress", new Route("401 404 403 201 201",
                () -> new Call(missionPath + "/targets/" + target + "/progress",
                        Map.of("value", 40.0, "recordedOn", "2026-06-30", "note", "Half way"))));
        // Membership. A private mission is joined by invitation only: an outsider holding its id is
        // told it does not exist (404); a member asking again changes nothing (200). Each role asks
        // to join a mission of its own, so that the admin's joining changes nothing else.
        routes.put("POST /api/communities/missions/{missionId}/members", new Route("401 404 200 200 201",
                () -> new Call("/api/communities/missions/" + PrivateMission.withMember("Joining") + "/members", null)));
        routes.put("DELETE /api/communities/missions/{missionId}/members/{userId}", new Route("401 404 403 204 204",
                () -> new Call(missionPath + "/members/" + fionaIsAPlainMember(), null)));
        routes.put("PUT /api/communities/missions/{missionId}/members/{userId}/role", new Route("401 404 403 200 200",
                () -> new Call(missionPath + "/members/" + fionaIsAPlainMember() + "/role", Map.of("role", "facilitator"))));
        routes.put("POST /api/communities/missions/{missionId}/invitations", new Route("401 404 403 201 201",
                () -> new Call(missionPath + "/invitations", Map.of("userId", frankieIsOutside(), "role", "member"))));
        routes.put("DELETE /api/communities/missions/{missionId}/invitations/{userId}", new Route("401 404 403 204 204",
                () -> new Call(missionPath + "/invitations/" + frankieIsInvited(), null)));
        // Nobody of the five was invited: none may accept.
        routes.put("POST /api/communities/missions/{missionId}/invitations/me/acceptance", new Route("401 404 404 404 404",
                () -> new Call(missionPath + "/invitations/me/acceptance", null)));
        // Organisations (a new one of Fiona's each time, Fiona its admin): the convener invites it
        // (202), an admin speaks for both sides (201); others may not, and an outsider is not told
        // that the mission exists.
        routes.put("POST /api/communities/missions/{missionId}/organisations/{organisationId}", new Route("401 404 403 202 201",
                () -> new Call(missionPath + "/organisations/" + organisationOfFiona(), null)));
        routes.put("DELETE /api/communities/missions/{missionId}/organisations/{organisationId}", new Route("401 404 403 204 204",
                () -> new Call(missionPath + "/organisations/" + invitedOrganisation(), null)));

        String room = "/api/engagement/deliberations/";
        // Deliberations: conveners open, close and import; members take part; a members-only
        // deliberation cannot be joined as an anonymous participant, even when signed in.
        routes.put("POST /api/engagement/missions/{missionId}/deliberations", new Route("401 404 403 201 201",
                () -> new Call("/api/engagement/missions/" + m + "/deliberations", deliberationDraft(List.of("A first point")))));
        routes.put("POST /api/engagement/deliberations/{id}/participants", new Route("401 404 403 403 403",
                () -> new Call(room + deliberation + "/participants", null)));
        routes.put("POST /api/engagement/deliberations/{id}/statements", new Route("401 404 201 201 201",
                () -> new Call(room + deliberation + "/statements", Map.of("text", UUID.randomUUID().toString()))));
        routes.put("POST /api/engagement/deliberations/{id}/statements/{statementId}/moderation", new Route("401 404 403 200 200",
                () -> new Call(room + deliberation + "/statements/" + pendingStatement() + "/moderation",
                        Map.of("decision", "APPROVE"))));
        routes.put("PUT /api/engagement/deliberations/{id}/statements/{statementId}/vote", new Route("401 404 200 200 200",
                () -> new Call(room + deliberation + "/statements/" + seedStatement + "/vote", Map.of("vote", "agree"))));
        routes.put("POST /api/engagement/deliberations/{id}/closure", new Route("401 404 403 200 200",
                () -> new Call(room + deliberation(List.of("To be closed")) + "/closure", null)));
        routes.put("POST /api/engagement/deliberations/{id}/polis-import", new Route("401 404 403 201 201",
                () -> new Call(room + deliberation(List.of()) + "/polis-import", polisExport())));
        // Feedback from members; surveys set up by conveners and answered by those they ask (an
        // admin who is not a member is not asked).
        routes.put("POST /api/engagement/missions/{missionId}/feedback", new Route("401 403 201 201 201",
                () -> new Call("/api/engagement/missions/" + m + "/feedback", Map.of("text", "The clinic's phone line is always busy"))));
        routes.put("POST /api/engagement/missions/{missionId}/surveys", new Route("401 404 403 201 201",
                () -> new Call("/api/engagement/missions/" + m + "/surveys", surveyDraft())));
        routes.put("POST /api/engagement/surveys/{id}/responses", new Route("401 404 201 201 403",
                () -> new Call("/api/engagement/surveys/" + survey + "/responses",
                        Map.of("answers", List.of(Map.of("questionId", question, "number", 4))))));
        // Themes: conveners redraw and answer them.
        routes.put("POST /api/synthesis/missions/{missionId}/themes/reclustering", new Route("401 404 403 200 200",
                () -> new Call("/api/synthesis/missions/" + themeMission + "/themes/reclustering", null)));
        routes.put("POST /api/synthesis/missions/{missionId}/themes/{themeId}/responses", new Route("401 404 403 201 201",
                () -> new Call("/api/synthesis/missions/" + themeMission + "/themes/" + theme + "/responses",
                        Map.of("text", "A second bus from September", "status", "PLANNED"))));
        return routes;
    }

    @Test
    void eachRoleWritesExactlyWhatItShouldInAPrivateMission() {
        Map<String, Route> routes = routes();
        assertEquals(documentedWrites(), new TreeSet<>(routes.keySet()),
                "every write route on a mission the API documents has its expected answers here");
        long seed = Long.getLong("matrix.seed", System.nanoTime());
        Random random = new Random(seed);
        Matrix matrix = new Matrix();
        routes.forEach((key, route) -> {
            String method = key.substring(0, key.indexOf(' '));
            List<String> roles = new ArrayList<>(PrivateMission.ROLES.keySet());
            Collections.shuffle(roles, random);
            for (String role : roles) {
                Response answer = send(method, route.call().get(), PrivateMission.ROLES.get(role));
                int status = answer.statusCode();
                boolean expected = route.expectedFor(role).contains(status);
                String body = answer.asString();
                matrix.answer(key.replace("/api", ""), role, Integer.toString(status), expected,
                        route.expectedFor(role) + (expected ? "" : "; " + body.substring(0, Math.min(200, body.length()))));
            }
        });
        System.out.println("Roles in a shuffled order, seed " + seed + " (-Dmatrix.seed to repeat it)");
        System.out.print(matrix.table());
        assertEquals(List.of(), matrix.wrong());
    }

    /** The write routes of the document on a mission (its id in the path) or on something inside one. */
    private static Set<String> documentedWrites() {
        Map<String, Map<String, Object>> paths = given().baseUri(LocalStack.GATEWAY).get("/api/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> writes = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream().filter(WRITES::contains)
                .filter(method -> path.contains("{missionId}") || INSIDE.stream().anyMatch(path::startsWith))
                .forEach(method -> writes.add(method.toUpperCase() + " " + path)));
        return writes;
    }

    /** The try, through the gateway as the role; told to come back later (429), it does, once. */
    private static Response send(String method, Call call, PrivateMission.Caller user) {
        for (int attempt = 0; ; attempt++) {
            RequestSpecification request = PrivateMission.as(user);
            if (call.body() instanceof Form form) {
                request = given().baseUri(LocalStack.GATEWAY);
                request = user == null ? request : request.auth().oauth2(user.accessToken());
                for (Map.Entry<String, String> part : form.parts().entrySet()) {
                    request = request.multiPart(part.getKey(), part.getValue());
                }
            } else if (call.body() != null) {
                request = request.body(call.body());
            }
            Response answer = request.request(method, call.path());
            if (answer.statusCode() != 429 || attempt > 0) {
                return answer;
            }
            sleep(Integer.parseInt(answer.header("Retry-After")) * 1000L);
        }
    }

    // What the tries act on, made at the services (as their owners would) so as not to count
    // against the gateway's per-person limits.

    private static RequestSpecification communities(DemoUser user) {
        return at(LocalStack.COMMUNITIES, user);
    }

    private static RequestSpecification engagement(DemoUser user) {
        return at(LocalStack.ENGAGEMENT, user);
    }

    private static RequestSpecification synthesis(DemoUser user) {
        return at(LocalStack.SYNTHESIS, user);
    }

    private static RequestSpecification at(String service, DemoUser user) {
        return given().baseUri(service).auth().oauth2(user.accessToken()).contentType("application/json");
    }

    private static Map<String, Object> caseStudyDraft() {
        return Map.of("missionId", m, "title", "Walking buses to school", "summary", "Parents take turns walking children",
                "tags", List.of("transport"), "stakeholderTypes", List.of("council"));
    }

    private static String draftByCarl() {
        return communities(DemoUser.CARL).body(caseStudyDraft()).post("/case-studies").then().statusCode(201).extract().path("id");
    }

    private static String messageByCarl() {
        return communities(DemoUser.CARL).body(Map.of("text", "Carl's message"))
                .post("/missions/" + m + "/channels/" + mission.channelId() + "/messages").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> targetDraft() {
        return Map.of("metric", "Median wait", "unit", "days", "baseline", 30.0, "targetValue", 15.0, "deadline", "2030-12-31");
    }

    /** Fiona's id, once she is a member of the mission with the member role. */
    private static String fionaIsAPlainMember() {
        String fiona = DemoUser.FIONA.userId();
        String role = communities(DemoUser.OLIVIA).get("/missions/" + m + "/members").then().statusCode(200)
                .extract().path("find { it.userId == '" + fiona + "' }.role");
        if (role == null) {
            communities(DemoUser.OLIVIA).body(Map.of("userId", fiona, "role", "member"))
                    .post("/missions/" + m + "/invitations").then().statusCode(201);
            communities(DemoUser.FIONA).post("/missions/" + m + "/invitations/me/acceptance").then().statusCode(201);
        } else if (!role.equals("member")) {
            communities(DemoUser.OLIVIA).body(Map.of("role", "member")).put("/missions/" + m + "/members/" + fiona + "/role")
                    .then().statusCode(200);
        }
        return fiona;
    }

    /** Frankie's id, once he is not a member of the mission. */
    private static String frankieIsOutside() {
        String frankie = DemoUser.FRANKIE.userId();
        int left = communities(DemoUser.OLIVIA).delete("/missions/" + m + "/members/" + frankie).statusCode();
        assertTrue(left == 204 || left == 404, "Frankie is out: " + left);
        return frankie;
    }

    private static String frankieIsInvited() {
        String frankie = frankieIsOutside();
        communities(DemoUser.OLIVIA).body(Map.of("userId", frankie, "role", "member"))
                .post("/missions/" + m + "/invitations").then().statusCode(201);
        return frankie;
    }

    private static String organisationOfFiona() {
        return communities(DemoUser.FIONA).body(Map.of("name", "FreshFoods branch " + UUID.randomUUID(), "stakeholderType", "firm"))
                .post("/organisations").then().statusCode(201).extract().path("id");
    }

    private static String invitedOrganisation() {
        String organisation = organisationOfFiona();
        communities(DemoUser.OLIVIA).post("/missions/" + m + "/organisations/" + organisation).then().statusCode(202);
        return organisation;
    }

    private static Map<String, Object> deliberationDraft(List<String> seeds) {
        return Map.of("question", "How do we cut waiting times?", "seedStatements", seeds);
    }

    private static String deliberation(List<String> seeds) {
        return engagement(DemoUser.OLIVIA).body(deliberationDraft(seeds)).post("/missions/" + m + "/deliberations")
                .then().statusCode(201).extract().path("id");
    }

    /** A statement of the convener's, waiting for moderation (the deliberation does not approve on arrival). */
    private static String pendingStatement() {
        return engagement(DemoUser.OLIVIA).body(Map.of("text", UUID.randomUUID().toString()))
                .post("/deliberations/" + deliberation + "/statements").then().statusCode(201).extract().path("id");
    }

    private static Form polisExport() {
        return new Form(Map.of(
                "comments", "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
                        + "1500000000000,x,0,0,1,0,1,Fewer cars outside schools\n",
                "votes", "timestamp,datetime,comment-id,voter-id,vote\n1500000001000,x,0,1,1\n"));
    }

    private static Map<String, Object> surveyDraft() {
        return Map.of("title", "How was the clinic this week?",
                "questions", List.of(Map.of("kind", "SCALE_5", "prompt", "How easy was it to get an appointment?")),
                "schedule", "ONCE", "windowDays", 7);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
