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

    /** Someone the matrices call as: a token when asked. */
    interface Caller {
        String accessToken();
    }

    /**
     * Who the authorization matrices try, in the order they print them; anonymous is null. A member
     * of another mission is a person of the tests' own (the demo users the matrices do not play are
     * what the write matrix invites and adds), and expects what an outsider does.
     */
    static final Map<String, Caller> ROLES = roles();

    private static Map<String, Caller> roles() {
        Map<String, Caller> roles = new LinkedHashMap<>();
        roles.put("anonymous", null);
        roles.put("outsider", DemoUser.SAM::accessToken);
        roles.put("other-mission", OtherMission::accessToken);
        roles.put("member", DemoUser.CARL::accessToken);
        roles.put("convener", DemoUser.OLIVIA::accessToken);
        roles.put("admin", DemoUser.ADA::accessToken);
        return Collections.unmodifiableMap(roles);
    }

    /** A person who convenes a mission of their own and nothing else; deleted from the realm when the tests end. */
    private static final class OtherMission {

        private static final RealmPeople.Person PERSON = create();
        private static String token;
        private static Instant fetched = Instant.EPOCH;

        private static RealmPeople.Person create() {
            RealmPeople people = new RealmPeople();
            Runtime.getRuntime().addShutdownHook(new Thread(people::close));
            RealmPeople.Person person = people.create("other-mission");
            given().baseUri(LocalStack.GATEWAY).contentType("application/json").auth().oauth2(person.accessToken())
                    .body(Map.of("name", "Another mission " + UUID.randomUUID()))
                    .post("/api/communities/missions").then().statusCode(201);
            return person;
        }

        static synchronized String accessToken() {
            if (fetched.plusSeconds(60).isBefore(Instant.now())) {
                token = PERSON.accessToken();
                fetched = Instant.now();
            }
            return token;
        }
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
        return as(user == null ? null : (Caller) user::accessToken);
    }

    /** The same for any caller, or with no credentials when the caller is null. */
    static RequestSpecification as(Caller caller) {
        RequestSpecification request = given().baseUri(LocalStack.GATEWAY).contentType("application/json");
        return caller == null ? request : request.auth().oauth2(caller.accessToken());
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
