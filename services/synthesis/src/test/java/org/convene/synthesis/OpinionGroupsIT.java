package org.convene.synthesis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.OpinionGroupsChanged;
import org.convene.contracts.StatementPublished;
import org.convene.contracts.Topics;
import org.convene.contracts.VoteCast;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** The synthesis service follows a deliberation's events and maps its opinion groups. */
class OpinionGroupsIT {

    @Test
    void twoCampsAndTheirCommonGroundAreFoundFromTheVoteEvents() {
        String mission = UUID.randomUUID().toString();
        String deliberation = UUID.randomUUID().toString();
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.OLIVIA.userId(), "convener",
                MembershipChanged.Change.JOINED, "council"), "/services/communities"));
        String[] statements = new String[9];
        for (int s = 0; s < statements.length; s++) {
            statements[s] = UUID.randomUUID().toString();
            String text = s == 8 ? "Buses should be safe at night" : (s < 4 ? "Cars first, point " : "Buses first, point ") + s;
            EventTap.publish(EventEnvelope.wrap(new StatementPublished(mission, deliberation, statements[s], s, text,
                    Instant.now()), "/services/engagement"));
        }
        EventTap announced = EventTap.open(Topics.OPINIONS);
        long[] version = new long[statements.length];
        for (int p = 0; p < 24; p++) {
            String participant = UUID.randomUUID().toString();
            for (int s = 0; s < statements.length; s++) {
                int vote = s == 8 ? 1 : ((s < 4) == (p % 2 == 0) ? 1 : -1);
                EventTap.publish(EventEnvelope.wrap(new VoteCast(mission, deliberation, statements[s], participant,
                        vote, 0, 0, 0, ++version[s], Instant.now()), "/services/engagement"));
                if (p == 0 && s == 0) {
                    // A stale vote arriving late must not replace the newer one.
                    EventTap.publish(EventEnvelope.wrap(new VoteCast(mission, deliberation, statements[s], participant,
                            -1, 0, 0, 0, 0, Instant.now()), "/services/engagement"));
                }
            }
        }

        Instant deadline = Instant.now().plusSeconds(30);
        Response map;
        do {
            map = given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.OLIVIA.accessToken())
                    .get("/deliberations/" + deliberation + "/opinion-groups");
        } while ((map.statusCode() != 200 || map.jsonPath().getInt("votes") < 24 * 9) && Instant.now().isBefore(deadline)
                && pause());
        map.then().statusCode(200)
                .body("votes", equalTo(24 * 9))
                .body("participantsInGroups", equalTo(24))
                .body("groups.size()", equalTo(2))
                .body("groups[0].size", equalTo(12))
                .body("consensus[0].text", equalTo("Buses should be safe at night"));
        given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.SAM.accessToken())
                .get("/deliberations/" + deliberation + "/opinion-groups").then().statusCode(404);

        // Open rooms hear of the new map: once the votes stop, not once per vote.
        try (announced) {
            OpinionGroupsChanged last = (OpinionGroupsChanged) announced.await(e -> e.data() instanceof OpinionGroupsChanged o
                    && o.deliberationId().equals(deliberation) && o.votes() == 24 * 9, Duration.ofSeconds(15)).data();
            assertEquals(2, last.groups());
            long announcements = announced.collect(e -> e.data() instanceof OpinionGroupsChanged o
                    && o.deliberationId().equals(deliberation), Duration.ofSeconds(3)).size();
            assertTrue(announcements <= 8, "debounced: " + announcements + " announcements for 217 votes");
        }
    }

    /**
     * The map is kept between requests: a vote cast after it was computed must still show within
     * seconds, the kept map being served (never an error) while the new one is computed.
     */
    @Test
    void aNewVoteShowsInTheKeptMapWithinSeconds() {
        String mission = UUID.randomUUID().toString();
        String deliberation = UUID.randomUUID().toString();
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.OLIVIA.userId(), "convener",
                MembershipChanged.Change.JOINED, "council"), "/services/communities"));
        String[] statements = new String[8];
        for (int s = 0; s < statements.length; s++) {
            statements[s] = UUID.randomUUID().toString();
            EventTap.publish(EventEnvelope.wrap(new StatementPublished(mission, deliberation, statements[s], s,
                    (s < 4 ? "Trams first, point " : "Bikes first, point ") + s, Instant.now()), "/services/engagement"));
        }
        long[] version = new long[statements.length];
        for (int p = 0; p < 20; p++) {
            String participant = UUID.randomUUID().toString();
            for (int s = 0; s < statements.length; s++) {
                EventTap.publish(EventEnvelope.wrap(new VoteCast(mission, deliberation, statements[s], participant,
                        (s < 4) == (p % 2 == 0) ? 1 : -1, 0, 0, 0, ++version[s], Instant.now()), "/services/engagement"));
            }
        }
        int votes = 20 * statements.length;
        Response kept = mapWithVotes(deliberation, votes, Instant.now().plusSeconds(30));
        kept.then().statusCode(200).body("votes", equalTo(votes)).body("participantsInGroups", equalTo(20));
        map(deliberation).then().statusCode(200).body("votes", equalTo(votes));

        Instant cast = Instant.now();
        EventTap.publish(EventEnvelope.wrap(new VoteCast(mission, deliberation, statements[0],
                UUID.randomUUID().toString(), 1, 0, 0, 0, ++version[0], Instant.now()), "/services/engagement"));
        Response seen = mapWithVotes(deliberation, votes + 1, cast.plusSeconds(5));
        assertEquals(votes + 1, seen.jsonPath().getInt("votes"), "the new vote is not in the map "
                + Duration.between(cast, Instant.now()).toMillis() + " ms after it was cast");
    }

    /** Reads the map until it counts the votes or the deadline passes; every read must succeed. */
    private static Response mapWithVotes(String deliberation, int votes, Instant deadline) {
        Response map;
        do {
            map = map(deliberation);
            if (map.statusCode() == 200 && map.jsonPath().getInt("votes") >= votes) {
                return map;
            }
            // Until the deliberation's first statement arrives it does not exist (404); after that,
            // an older map is served while a new one is computed: never an error.
            assertTrue(map.statusCode() == 200 || map.statusCode() == 404, "answered " + map.statusCode()
                    + ": " + map.asString());
        } while (Instant.now().isBefore(deadline) && pause(100));
        return map;
    }

    private static Response map(String deliberation) {
        return given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .get("/deliberations/" + deliberation + "/opinion-groups");
    }

    private static boolean pause() {
        return pause(300);
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
