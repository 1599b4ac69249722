package org.convene.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;

/**
 * A private mission for the gateway's tests: Olivia convenes it and Carl is a plain member (by
 * invitation), and the engagement and synthesis services know both. Also the roles the
 * authorization tests try, and calls through the gateway as each.
 *
 * @param channelId the mission's first channel
 */
record PrivateMission(String id, String channelId) {

    /** Who the authorization matrices try, in the order they print them; anonymous is null. */
    static final Map<String, DemoUser> ROLES = roles();

    private static Map<String, DemoUser> roles() {
        Map<String, DemoUser> roles = new LinkedHashMap<>();
        roles.put("anonymous", null);
        roles.put("outsider", DemoUser.SAM);
        roles.put("member", DemoUser.CARL);
        roles.put("convener", DemoUser.OLIVIA);
        roles.put("admin", DemoUser.ADA);
        return Collections.unmodifiableMap(roles);
    }

    /** The mission, once the engagement and synthesis services know its members. */
    static PrivateMission create(String name) {
        String id = withMember(name);
        // The engagement and synthesis services learn the membership from events.
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline) && (status(DemoUser.CARL, "/api/synthesis/missions/" + id + "/themes") != 200
                || status(DemoUser.CARL, "/api/engagement/missions/" + id + "/surveys") != 200)) {
            pause();
        }
        String channel = as(DemoUser.OLIVIA).get("/api/communities/missions/" + id).then().statusCode(200)
                .extract().path("channels[0].id");
        return new PrivateMission(id, channel);
    }

    /** A private mission of Olivia's with Carl as a member, as the communities service knows it at once. */
    static String withMember(String name) {
        String id = as(DemoUser.OLIVIA).body(Map.of("name", name + " " + UUID.randomUUID(), "visibility", "PRIVATE"))
                .post("/api/communities/missions").then().statusCode(201).extract().path("id");
        // Invitations reach people already in some mission: Carl starts one of his own.
        as(DemoUser.CARL).body(Map.of("name", "Carl's own " + UUID.randomUUID()))
                .post("/api/communities/missions").then().statusCode(201);
        as(DemoUser.OLIVIA).body(Map.of("userId", DemoUser.CARL.userId(), "role", "member"))
                .post("/api/communities/missions/" + id + "/invitations").then().statusCode(201);
        as(DemoUser.CARL).post("/api/communities/missions/" + id + "/invitations/me/acceptance")
                .then().statusCode(201);
        return id;
    }

    /** A JSON request through the gateway as the user, or with no credentials when the user is null. */
    static RequestSpecification as(DemoUser user) {
        RequestSpecification request = given().baseUri(LocalStack.GATEWAY).contentType("application/json");
        return user == null ? request : request.auth().oauth2(user.accessToken());
    }

    static int status(DemoUser user, String path) {
        return as(user).get(path).statusCode();
    }

    static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new channel of the mission, opened by Olivia. */
    String openChannel() {
        return as(DemoUser.OLIVIA).body(Map.of("name", "c-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/communities/missions/" + id + "/channels").then().statusCode(201).extract().path("id");
    }

    static String topic(String missionId, String channelId) {
        return "mission:" + missionId + ":channel:" + channelId;
    }

    /** Olivia posts to a channel of the mission through the gateway; returns the text. */
    String post(String channel, String text) {
        as(DemoUser.OLIVIA).body(Map.of("text", text))
                .post("/api/communities/missions/" + id + "/channels/" + channel + "/messages").then().statusCode(201);
        return text;
    }
}
