package org.convene.engagement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.StatementPublished;
import org.convene.contracts.Topics;
import org.convene.contracts.VoteCast;
import org.convene.engagement.deliberations.PolisCsv;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** Deliberations on the local stack; the test plays the communities service's membership events. */
class DeliberationsIT {

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    private static RequestSpecification anonymous(String token) {
        RequestSpecification spec = given().baseUri(LocalStack.ENGAGEMENT).contentType(ContentType.JSON);
        return token == null ? spec : spec.header("X-Convene-Participant", token);
    }

    /** A mission where Olivia convenes, Carl is a member and Sam observes. */
    private static String mission() {
        String mission = UUID.randomUUID().toString();
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.OLIVIA.userId(), "convener",
                MembershipChanged.Change.JOINED, "council"), "/services/communities"));
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.CARL.userId(), "member",
                MembershipChanged.Change.JOINED, "citizen"), "/services/communities"));
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.SAM.userId(), "observer",
                MembershipChanged.Change.JOINED, "firm"), "/services/communities"));
        return mission;
    }

    /** Opens a deliberation once the membership events have arrived. */
    private static String open(String mission, Map<String, Object> body) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            Response r = as(DemoUser.OLIVIA).body(body).post("/missions/" + mission + "/deliberations");
            if (r.statusCode() == 201) {
                return r.jsonPath().getString("id");
            }
            if (r.statusCode() != 404 || Instant.now().isAfter(deadline)) {
                throw new AssertionError("could not open: " + r.statusCode() + " " + r.asString());
            }
            sleep();
        }
    }

    @Test
    void aDeliberationRunsFromSeedsThroughModerationAndVotesToItsReport() {
        String mission = mission();
        String d = open(mission, Map.of("question", "How do we get more people on buses at night?",
                "seedStatements", List.of("More buses after 10pm", "Free travel for shift workers")));
        as(DemoUser.OLIVIA).body(Map.of("question", "x", "opensAt", "2030-01-02T00:00:00Z",
                "closesAt", "2030-01-01T00:00:00Z")).post("/missions/" + mission + "/deliberations")
                .then().statusCode(400).body("errors[0].field", equalTo("closesAt"));
        as(DemoUser.CARL).body(Map.of("question", "Mine?")).post("/missions/" + mission + "/deliberations")
                .then().statusCode(403);
        as(DemoUser.FIONA).get("/deliberations/" + d).then().statusCode(404);
        as(DemoUser.CARL).get("/missions/" + mission + "/deliberations").then().body("id", hasItem(d));
        as(DemoUser.CARL).get("/me/deliberations").then().statusCode(200).body("id", hasItem(d));
        as(DemoUser.FIONA).get("/me/deliberations").then().statusCode(200).body("id", not(hasItem(d)));

        List<String> seeds = as(DemoUser.CARL).get("/deliberations/" + d + "/statements").then().statusCode(200)
                .body("text", hasItem("More buses after 10pm")).extract().path("id");
        String pending;
        try (EventTap statements = EventTap.open(Topics.STATEMENTS)) {
            pending = as(DemoUser.CARL).body(Map.of("text", "Better lighting at bus stops")).post("/deliberations/" + d + "/statements")
                    .then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
            as(DemoUser.CARL).body(Map.of("text", "more buses after 10 pm!")).post("/deliberations/" + d + "/statements")
                    .then().statusCode(409).body("existing.text", equalTo("More buses after 10pm"));
            as(DemoUser.CARL).body(Map.of("text", "x".repeat(281))).post("/deliberations/" + d + "/statements")
                    .then().statusCode(400).body("errors[0].field", equalTo("text"));
            as(DemoUser.CARL).get("/deliberations/" + d + "/statements").then().body("id", not(hasItem(pending)));
            as(DemoUser.CARL).get("/deliberations/" + d + "/statements?status=PENDING").then().statusCode(403);
            as(DemoUser.OLIVIA).get("/deliberations/" + d + "/statements?status=PENDING").then().body("id", hasItem(pending));
            as(DemoUser.OLIVIA).body(Map.of("decision", "REJECT")).post("/deliberations/" + d + "/statements/" + pending + "/moderation")
                    .then().statusCode(400).body("errors[0].field", equalTo("reason"));
            as(DemoUser.OLIVIA).body(Map.of("decision", "APPROVE")).post("/deliberations/" + d + "/statements/" + pending + "/moderation")
                    .then().statusCode(200).body("status", equalTo("APPROVED"));
            as(DemoUser.OLIVIA).body(Map.of("decision", "APPROVE")).post("/deliberations/" + d + "/statements/" + pending + "/moderation")
                    .then().statusCode(409);
            statements.await(e -> e.data() instanceof StatementPublished s && s.statementId().equals(pending),
                    Duration.ofSeconds(10));
        }

        String seed = seeds.get(0);
        try (EventTap votes = EventTap.open(Topics.VOTES)) {
            as(DemoUser.CARL).body(Map.of("vote", "agree")).put("/deliberations/" + d + "/statements/" + seed + "/vote")
                    .then().statusCode(200).body("agrees", equalTo(1)).body("myVote", equalTo(1));
            as(DemoUser.CARL).body(Map.of("vote", "disagree")).put("/deliberations/" + d + "/statements/" + seed + "/vote")
                    .then().statusCode(200).body("agrees", equalTo(0)).body("disagrees", equalTo(1))
                    .body("version", equalTo(2));
            VoteCast last = (VoteCast) votes.await(e -> e.data() instanceof VoteCast v && v.statementId().equals(seed)
                    && v.version() == 2, Duration.ofSeconds(10)).data();
            assertEquals(-1, last.vote());
        }
        as(DemoUser.CARL).body(Map.of("vote", "maybe")).put("/deliberations/" + d + "/statements/" + seed + "/vote")
                .then().statusCode(400).body("errors[0].field", equalTo("vote"));
        as(DemoUser.SAM).body(Map.of("vote", "agree")).put("/deliberations/" + d + "/statements/" + seed + "/vote")
                .then().statusCode(403);
        as(DemoUser.CARL).body(Map.of("vote", "agree")).put("/deliberations/" + d + "/statements/" + UUID.randomUUID() + "/vote")
                .then().statusCode(404);
        as(DemoUser.CARL).get("/deliberations/" + d + "/next").then().statusCode(200).body("id", not(equalTo(seed)));

        as(DemoUser.CARL).get("/deliberations/" + d + "/report").then().statusCode(409);
        as(DemoUser.CARL).post("/deliberations/" + d + "/closure").then().statusCode(403);
        as(DemoUser.OLIVIA).post("/deliberations/" + d + "/closure").then().statusCode(200).body("state", equalTo("CLOSED"));
        as(DemoUser.CARL).body(Map.of("vote", "agree")).put("/deliberations/" + d + "/statements/" + seed + "/vote")
                .then().statusCode(409).body("detail", containsString("closed"));
        as(DemoUser.CARL).get("/deliberations/" + d + "/report").then().statusCode(200)
                .body("participation.voters", equalTo(1)).body("participation.votes", equalTo(1))
                .body("participation.statementsSubmitted", equalTo(1))
                .body("statements.size()", equalTo(3))
                .body("statements.find { it.text == 'More buses after 10pm' }.disagrees", equalTo(1));
    }

    @Test
    void aPersonsFirstVotesSentAtOnceAllCountAndMakeOneParticipant() throws Exception {
        String mission = mission();
        List<String> seeds = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> "Night buses every " + (10 + i) + " minutes").toList();
        String d = open(mission, Map.of("question", "How often should night buses run?", "seedStatements", seeds));
        List<String> ids = as(DemoUser.CARL).get("/deliberations/" + d + "/statements").then().statusCode(200)
                .extract().path("id");
        int before = as(DemoUser.CARL).get("/deliberations/" + d).then().extract().path("participantCount");
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(ids.size());
        try {
            List<java.util.concurrent.Future<Integer>> answers = ids.stream().map(id -> callers.submit(() ->
                    as(DemoUser.CARL).body(Map.of("vote", "agree"))
                            .put("/deliberations/" + d + "/statements/" + id + "/vote").statusCode())).toList();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertEquals(200, answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            callers.shutdown();
        }
        as(DemoUser.CARL).get("/deliberations/" + d).then().statusCode(200).body("participantCount", equalTo(before + 1));
    }

    @Test
    void aCitizenTakesPartByLinkWithoutAnAccount() {
        String mission = mission();
        String open = open(mission, Map.of("question", "What would make the park safer?", "linkAccess", true,
                "autoApprove", true));
        String membersOnly = open(mission, Map.of("question", "Members only?"));
        anonymous(null).get("/deliberations/" + membersOnly).then().statusCode(404);
        anonymous(null).post("/deliberations/" + membersOnly + "/participants").then().statusCode(404);

        anonymous(null).get("/deliberations/" + open).then().statusCode(200).body("mayTakePart", equalTo(true));
        anonymous(null).body(Map.of("text", "Lights on the paths")).post("/deliberations/" + open + "/statements")
                .then().statusCode(403);
        String token = anonymous(null).post("/deliberations/" + open + "/participants").then().statusCode(201)
                .extract().path("token");
        String statement = anonymous(token).body(Map.of("text", "Lights on the paths after dark"))
                .post("/deliberations/" + open + "/statements").then().statusCode(201)
                .body("status", equalTo("APPROVED")).extract().path("id");
        anonymous(token).body(Map.of("vote", "agree")).put("/deliberations/" + open + "/statements/" + statement + "/vote")
                .then().statusCode(200).body("agrees", equalTo(1));
        anonymous(token).get("/deliberations/" + open + "/statements").then()
                .body("find { it.id == '" + statement + "' }.myVote", equalTo(1));
        anonymous("not-a-known-key").body(Map.of("vote", "agree"))
                .put("/deliberations/" + open + "/statements/" + statement + "/vote").then().statusCode(403);
        // A signed-in visitor who is not a member may take part too: the link is open.
        as(DemoUser.FIONA).body(Map.of("vote", "disagree")).put("/deliberations/" + open + "/statements/" + statement + "/vote")
                .then().statusCode(200).body("disagrees", equalTo(1));

        // A script cannot flood it: at most 10 statements per participant in 10 minutes.
        String[] words = {"benches", "toilets", "wardens", "cameras", "hedges", "railings", "signs", "cafe", "bins"};
        for (String word : words) {
            anonymous(token).body(Map.of("text", "Add " + word + " near the " + UUID.randomUUID()))
                    .post("/deliberations/" + open + "/statements").then().statusCode(201);
        }
        anonymous(token).body(Map.of("text", "One more about ponds")).post("/deliberations/" + open + "/statements")
                .then().statusCode(429).contentType("application/problem+json");
    }

    @Test
    void aPolisConversationComesBackTheSameAfterImportAndExport() {
        String mission = mission();
        String d = open(mission, Map.of("question", "Imported from Pol.is"));
        String other = open(mission, Map.of("question", "Seeded", "seedStatements", List.of("A seed")));

        // A small conversation of our own, in the Pol.is export format: quotes, commas, repeated votes.
        Random random = new Random(7);
        StringBuilder comments = new StringBuilder("timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n");
        int[] moderated = {1, 1, 1, 0, -1, 1, 1, 1};
        for (int c = 0; c < moderated.length; c++) {
            comments.append(1500000000000L + c * 1000).append(",Fri Jul 14 02:40:00 UTC 2017,").append(c).append(',')
                    .append(c % 3).append(",0,0,").append(moderated[c]).append(",\"Statement ").append(c)
                    .append(", with \"\"quotes\"\"\"\n");
        }
        StringBuilder votes = new StringBuilder("timestamp,datetime,comment-id,voter-id,vote\n");
        Map<String, int[]> expected = new HashMap<>(); // "comment/voter" -> {vote, timestamp}
        long t = 1500000100000L;
        for (int i = 0; i < 300; i++) {
            int comment = random.nextInt(moderated.length);
            int voter = random.nextInt(40);
            int vote = random.nextInt(3) - 1;
            t += random.nextInt(3) * 1000L;
            votes.append(t).append(",x,").append(comment).append(',').append(voter).append(',').append(vote).append('\n');
            expected.put(comment + "/" + voter, new int[] {vote, (int) (t - 1500000000000L)});
        }

        given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(DemoUser.CARL.accessToken())
                .multiPart("comments", comments.toString()).multiPart("votes", votes.toString())
                .post("/deliberations/" + d + "/polis-import").then().statusCode(403);
        given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .multiPart("comments", "timestamp,comment-id\n1,2\n").multiPart("votes", votes.toString())
                .post("/deliberations/" + d + "/polis-import").then().statusCode(400)
                .body("errors[0].field", equalTo("comments"));
        given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .multiPart("comments", comments.toString()).multiPart("votes", votes + "1500000999000,x,99,1,1\n")
                .post("/deliberations/" + d + "/polis-import").then().statusCode(400)
                .body("errors[0].message", containsString("99"));
        given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .multiPart("comments", comments.toString()).multiPart("votes", votes.toString())
                .post("/deliberations/" + other + "/polis-import").then().statusCode(409);
        given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .multiPart("comments", comments.toString()).multiPart("votes", votes.toString())
                .post("/deliberations/" + d + "/polis-import").then().statusCode(201)
                .body("statements", equalTo(8)).body("votes", equalTo(expected.size()));

        List<PolisCsv.Comment> exportedComments = PolisCsv.readComments(as(DemoUser.OLIVIA)
                .get("/deliberations/" + d + "/polis-export/comments.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString());
        List<PolisCsv.Vote> exportedVotes = PolisCsv.readVotes(as(DemoUser.OLIVIA)
                .get("/deliberations/" + d + "/polis-export/votes.csv").then().statusCode(200).extract().asString());

        List<PolisCsv.Comment> original = PolisCsv.readComments(comments.toString());
        assertEquals(original.size(), exportedComments.size());
        for (int c = 0; c < original.size(); c++) {
            PolisCsv.Comment in = original.get(c);
            PolisCsv.Comment out = exportedComments.get(c);
            assertEquals(List.of(in.timestamp(), in.commentId(), in.authorId(), in.moderated(), in.body()),
                    List.of(out.timestamp(), out.commentId(), out.authorId(), out.moderated(), out.body()));
            int comment = c;
            long agrees = expected.entrySet().stream().filter(e -> e.getKey().startsWith(comment + "/") && e.getValue()[0] == 1).count();
            assertEquals(agrees, out.agrees(), "agrees of comment " + c);
        }
        Set<String> got = new HashSet<>();
        exportedVotes.forEach(v -> got.add(v.commentId() + "/" + v.voterId() + "=" + v.vote() + "@" + (v.timestamp() - 1500000000000L)));
        Set<String> want = new HashSet<>();
        expected.forEach((key, value) -> want.add(key + "=" + value[0] + "@" + value[1]));
        assertEquals(want, got);
    }

    @Test
    void aNearDuplicateOfAStatementAwaitingModerationIsNotShownToThoseWhoCannotSeeIt() {
        String mission = mission();
        String d = open(mission, Map.of("question", "Where should the new shelters go?", "linkAccess", true));
        String pending = as(DemoUser.CARL).body(Map.of("text", "A shelter outside the library"))
                .post("/deliberations/" + d + "/statements").then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");

        // Another participant cannot see Carl's statement yet: theirs is taken as any new one would be.
        String token = anonymous(null).post("/deliberations/" + d + "/participants").then().statusCode(201)
                .extract().path("token");
        String body = anonymous(token).body(Map.of("text", "a shelter outside the library!"))
                .post("/deliberations/" + d + "/statements").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("id", not(equalTo(pending))).extract().asString();
        assertFalse(body.contains(pending), body);

        // Whoever may see the pending statement (a moderator, its author) is still pointed to it.
        as(DemoUser.OLIVIA).body(Map.of("text", "A shelter outside the library."))
                .post("/deliberations/" + d + "/statements").then().statusCode(409).body("existing.id", equalTo(pending));
        as(DemoUser.CARL).body(Map.of("text", "A shelter outside the library, please"))
                .post("/deliberations/" + d + "/statements").then().statusCode(409).body("existing.id", equalTo(pending));
    }

    @Test
    void aPolisImportIsAuthorizedBeforeItsBodyIsReadAndCappedInSize() throws IOException {
        String mission = mission();
        String d = open(mission, Map.of("question", "Imported, or not"));
        // Not a convener: refused as such, whatever the body holds (it is not parsed first).
        given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(DemoUser.CARL.accessToken())
                .multiPart("comments", "timestamp,comment-id\n1,2\n").multiPart("votes", "nonsense")
                .post("/deliberations/" + d + "/polis-import").then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals("HTTP/1.1 403 Forbidden", answerToHeadersAlone(d, DemoUser.CARL),
                "refused before any of the body was sent");
        String huge = "x".repeat(9 * 1024 * 1024);
        given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(DemoUser.CARL.accessToken())
                .multiPart("comments", huge).multiPart("votes", "")
                .post("/deliberations/" + d + "/polis-import").then().statusCode(403);
        given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .multiPart("comments", huge).multiPart("votes", "")
                .post("/deliberations/" + d + "/polis-import").then().statusCode(413)
                .contentType("application/problem+json");
        // Nothing was half-written, and the room still takes a proper import.
        as(DemoUser.OLIVIA).get("/deliberations/" + d + "/statements").then().statusCode(200).body("size()", equalTo(0));
        given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .multiPart("comments", "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
                        + "1500000000000,x,0,0,0,0,1,Shelters first\n")
                .multiPart("votes", "timestamp,datetime,comment-id,voter-id,vote\n1500000001000,x,0,1,1\n")
                .post("/deliberations/" + d + "/polis-import").then().statusCode(201).body("statements", equalTo(1));
    }

    /** The status line of a Pol.is import that announces 9 MB and sends none of it. */
    private static String answerToHeadersAlone(String deliberation, DemoUser user) throws IOException {
        URI engagement = URI.create(LocalStack.ENGAGEMENT);
        try (Socket socket = new Socket(engagement.getHost(), engagement.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /deliberations/" + deliberation + "/polis-import HTTP/1.1\r\n"
                    + "Host: " + engagement.getHost() + "\r\nAuthorization: Bearer " + user.accessToken() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 9000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
