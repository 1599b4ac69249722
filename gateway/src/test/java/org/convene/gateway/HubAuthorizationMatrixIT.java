package org.convene.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.platform.testing.DemoUser;
import org.junit.jupiter.api.Test;

/**
 * Who may follow which live topic of a private mission on the WebSocket hub, for every kind of
 * caller: anonymous (a citizen by link is one), someone outside the mission, a member of another
 * mission, a member, the convener and a platform admin. The expected answer of each cell is in
 * the table below ({@code S} subscribed, {@code E} refused with an error frame); the test prints
 * the matrix and fails on any cell that differs.
 */
class HubAuthorizationMatrixIT {

    /** Callers across, in this order. */
    private static final Map<String, DemoUser> CALLERS = callers();

    /** Topics down; expected answers across, in the order of {@link #CALLERS}. */
    private static final Map<String, String> EXPECTED = expected();

    private static Map<String, DemoUser> callers() {
        Map<String, DemoUser> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("outsider", DemoUser.SAM);
        callers.put("other-mission", DemoUser.FRANKIE);
        callers.put("member", DemoUser.CARL);
        callers.put("convener", DemoUser.OLIVIA);
        callers.put("admin", DemoUser.ADA);
        return callers;
    }

    private static Map<String, String> expected() {
        Map<String, String> expected = new LinkedHashMap<>();
        //                                            anon outs other memb conv admin
        expected.put("channel",                       "E    E    E     S    S    S");
        expected.put("insights",                      "E    E    E     S    S    S");
        expected.put("deliberation (members only)",   "E    E    E     S    S    S");
        expected.put("deliberation (open by link)",   "S    S    S     S    S    S");
        expected.put("own notifications",             "E    S    S     S    S    S");
        expected.put("someone else's notifications",  "E    E    E     E    E    E");
        expected.put("channel of no mission",         "E    E    E     E    E    E");
        return expected;
    }

    @Test
    void eachCallerFollowsExactlyTheTopicsTheyShould() throws Exception {
        PrivateMission mission = PrivateMission.create("Hub matrix");
        PrivateMission.as(DemoUser.FRANKIE).body(Map.of("name", "Frankie's own " + UUID.randomUUID()))
                .post("/api/communities/missions").then().statusCode(201);
        String membersOnly = deliberation(mission.id(), false);
        String open = deliberation(mission.id(), true);

        Matrix matrix = new Matrix(List.copyOf(CALLERS.keySet()));
        for (Map.Entry<String, DemoUser> caller : CALLERS.entrySet()) {
            String own = caller.getValue() == null ? "nobody" : caller.getValue().userId();
            Map<String, String> topics = new LinkedHashMap<>();
            topics.put("channel", PrivateMission.topic(mission.id(), mission.channelId()));
            topics.put("insights", "mission:" + mission.id() + ":insights");
            topics.put("deliberation (members only)", "deliberation:" + membersOnly);
            topics.put("deliberation (open by link)", "deliberation:" + open);
            topics.put("own notifications", "user:" + own);
            topics.put("someone else's notifications", "user:" + DemoUser.FIONA.userId());
            topics.put("channel of no mission", PrivateMission.topic(UUID.randomUUID().toString(), UUID.randomUUID().toString()));
            try (HubClient client = HubClient.connect(caller.getValue())) {
                int column = List.copyOf(CALLERS.keySet()).indexOf(caller.getKey());
                for (Map.Entry<String, String> topic : topics.entrySet()) {
                    client.send(HubClient.subscribe(topic.getValue()));
                    JsonNode reply = client.reply();
                    String got = "subscribed".equals(reply.get("type").asText()) ? "S" : "E";
                    String want = EXPECTED.get(topic.getKey()).trim().split("\\s+")[column];
                    matrix.answer(topic.getKey(), caller.getKey(), got, got.equals(want), want);
                }
            }
        }
        System.out.print(matrix.table());
        assertEquals(List.of(), matrix.wrong());
    }

    private static String deliberation(String mission, boolean linkAccess) {
        return PrivateMission.as(DemoUser.OLIVIA)
                .body(Map.of("question", "Live? " + linkAccess, "linkAccess", linkAccess,
                        "seedStatements", List.of("More benches in the park")))
                .post("/api/engagement/missions/" + mission + "/deliberations").then().statusCode(201).extract().path("id");
    }
}
