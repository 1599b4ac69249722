package org.convene.communities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.MessagePosted;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** The communities service on the local stack: real PostgreSQL, Kafka and Keycloak tokens. */
class MissionsIT {

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    private static Map<String, Object> createMission(DemoUser convener, String name, String visibility) {
        return as(convener).body(Map.of("name", name, "vision", "A bold vision", "visibility", visibility))
                .post("/missions")
                .then().statusCode(201)
                .header("Location", containsString("/missions/"))
                .body("myRole", equalTo("convener"))
                .body("memberCount", equalTo(1))
                .body("channels.name", hasItem("general"))
                .extract().as(Map.class);
    }

    @Test
    void peopleJoinAPublicMissionAndTheChangeIsPublishedOnce() {
        try (EventTap memberships = EventTap.open(Topics.MEMBERSHIPS)) {
            Map<String, Object> mission = createMission(DemoUser.OLIVIA, "Net-zero homes", "PUBLIC");
            String id = (String) mission.get("id");

            as(DemoUser.CARL).post("/missions/" + id + "/members").then().statusCode(201)
                    .body("role", equalTo("member")).body("stakeholderType", equalTo("council"))
                    .body("organisation", equalTo("Leeds City Council"));
            as(DemoUser.CARL).post("/missions/" + id + "/members").then().statusCode(200);

            as(DemoUser.FIONA).get("/missions/" + id + "/members").then().statusCode(200)
                    .body("displayName", hasItem("Carl Chen"))
                    .body("role", hasItem("convener"));
            as(DemoUser.CARL).get("/missions?mine=true").then().statusCode(200).body("id", hasItem(id));

            String carl = DemoUser.CARL.userId();
            List<EventEnvelope> joins = memberships.collect(e -> e.data() instanceof MembershipChanged c
                    && c.missionId().equals(id) && c.userId().equals(carl), Duration.ofSeconds(4));
            assertEquals(1, joins.size(), "joining twice is one membership and one event");
        }
    }

    @Test
    void aPrivateMissionDoesNotExistForNonMembers() {
        Map<String, Object> mission = createMission(DemoUser.OLIVIA, "Private working group", "PRIVATE");
        String id = (String) mission.get("id");

        as(DemoUser.CARL).get("/missions/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as(DemoUser.CARL).get("/missions").then().statusCode(200).body("id", not(hasItem(id)));
        as(DemoUser.CARL).get("/missions/" + id + "/members").then().statusCode(404);
        as(DemoUser.CARL).get("/missions/" + id + "/goals").then().statusCode(404);
        as(DemoUser.ADA).get("/missions/" + id).then().statusCode(200).body("name", equalTo("Private working group"));
    }

    @Test
    void membersTalkInTheChannelAndAReconnectingClientGetsWhatItMissed() {
        Map<String, Object> mission = createMission(DemoUser.OLIVIA, "Safer streets", "PUBLIC");
        String id = (String) mission.get("id");
        String channel = ((List<Map<String, String>>) mission.get("channels")).get(0).get("id");
        String messages = "/missions/" + id + "/channels/" + channel + "/messages";
        as(DemoUser.CARL).post("/missions/" + id + "/members").then().statusCode(201);

        try (EventTap posted = EventTap.open(Topics.MESSAGES)) {
            as(DemoUser.CARL).body(Map.of("text", "Street lights on Elm Road are out")).post(messages)
                    .then().statusCode(201).body("seq", equalTo(1)).body("authorName", equalTo("Carl Chen"));
            as(DemoUser.OLIVIA).body(Map.of("text", "Thanks, passing it on")).post(messages)
                    .then().statusCode(201).body("seq", equalTo(2));

            as(DemoUser.OLIVIA).get(messages + "?after=1").then().statusCode(200)
                    .body("messages", hasSize(1))
                    .body("messages[0].text", equalTo("Thanks, passing it on"))
                    .body("lastSeq", equalTo(2));
            as(DemoUser.OLIVIA).get(messages).then().statusCode(200).body("messages.seq", equalTo(List.of(1, 2)));

            List<EventEnvelope> events = posted.collect(e -> e.data() instanceof MessagePosted m
                    && m.channelId().equals(channel), Duration.ofSeconds(4));
            assertEquals(List.of(1L, 2L), events.stream().map(e -> ((MessagePosted) e.data()).seq()).toList(),
                    "each message is published once, in order");
        }

        as(DemoUser.SAM).body(Map.of("text", "hi")).post(messages).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("members"));
        as(DemoUser.SAM).get(messages).then().statusCode(403);
    }

    @Test
    void authorsEditAndDeleteTheirMessagesAndCatchingUpBringsEveryChange() {
        Map<String, Object> mission = createMission(DemoUser.OLIVIA, "Threads", "PUBLIC");
        String id = (String) mission.get("id");
        String channel = ((List<Map<String, String>>) mission.get("channels")).get(0).get("id");
        String messages = "/missions/" + id + "/channels/" + channel + "/messages";
        as(DemoUser.CARL).post("/missions/" + id + "/members").then().statusCode(201);

        try (EventTap changes = EventTap.open(Topics.MESSAGES)) {
            String question = as(DemoUser.CARL).body(Map.of("text", "Who owns the park budget?")).post(messages)
                    .then().statusCode(201).extract().path("id");
            as(DemoUser.OLIVIA).body(Map.of("text", "The council does", "replyTo", question)).post(messages)
                    .then().statusCode(201).body("parentId", equalTo(question)).body("seq", equalTo(2));

            as(DemoUser.OLIVIA).body(Map.of("text", "Not mine to edit")).put(messages + "/" + question)
                    .then().statusCode(403).contentType("application/problem+json");
            as(DemoUser.CARL).body(Map.of("text", "Who owns the parks budget?")).put(messages + "/" + question)
                    .then().statusCode(200).body("changeSeq", equalTo(3)).body("editedAt", not(equalTo(null)));
            as(DemoUser.CARL).delete(messages + "/" + question).then().statusCode(204);
            as(DemoUser.CARL).delete(messages + "/" + question).then().statusCode(409);
            as(DemoUser.CARL).body(Map.of("text", "late reply", "replyTo", question)).post(messages)
                    .then().statusCode(400);

            // A client that saw change 1 gets the reply, the edit and the deletion, in change order.
            as(DemoUser.OLIVIA).get(messages + "?after=1").then().statusCode(200)
                    .body("messages.changeSeq", equalTo(List.of(2, 4)))
                    .body("messages[1].deleted", equalTo(true))
                    .body("messages[1].text", equalTo(null))
                    .body("lastSeq", equalTo(4));

            List<String> types = changes.collect(e -> e.subject().equals(id), Duration.ofSeconds(3)).stream()
                    .map(EventEnvelope::type).toList();
            assertEquals(List.of("org.convene.communities.message.posted.v1", "org.convene.communities.message.posted.v1",
                    "org.convene.communities.message.edited.v1", "org.convene.communities.message.deleted.v1"), types);
        }
    }

    @Test
    void badInputGetsAClearProblemAndStoresNothing() {
        as(DemoUser.OLIVIA).body("{\"name\":\"\",\"visibility\":\"SECRET\"}").post("/missions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("name", "visibility")));
        as(DemoUser.OLIVIA).body("{\"name\":").post("/missions")
                .then().statusCode(400).contentType("application/problem+json");
        as(DemoUser.OLIVIA).body("{\"name\":\"Fine\",\"owner\":\"me\"}").post("/missions")
                .then().statusCode(400).contentType("application/problem+json");
        as(DemoUser.OLIVIA).body("{\"name\":[1]}").post("/missions")
                .then().statusCode(400).body("detail", containsString("name"));
        as(DemoUser.OLIVIA).get("/missions/not-a-uuid").then().statusCode(404);
        as(DemoUser.OLIVIA).get("/missions?q=Fine").then().statusCode(200).body("name", everyItem(not(equalTo("Fine"))));
        given().baseUri(LocalStack.COMMUNITIES).get("/missions").then().statusCode(401);

        Map<String, Object> mission = createMission(DemoUser.OLIVIA, "Limits", "PUBLIC");
        String channel = ((List<Map<String, String>>) mission.get("channels")).get(0).get("id");
        as(DemoUser.OLIVIA).get("/missions/" + mission.get("id") + "/channels/" + channel + "/messages?limit=-1")
                .then().statusCode(400).body("detail", containsString("limit"));
        as(DemoUser.OLIVIA).body(Map.of("text", "x".repeat(4001)))
                .post("/missions/" + mission.get("id") + "/channels/" + channel + "/messages")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
    }
}
