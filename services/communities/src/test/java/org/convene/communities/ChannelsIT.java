package org.convene.communities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** Several channels per mission, unread counts, and the directory's filters. */
class ChannelsIT {

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    @Test
    void convenersOpenChannelsAndUnreadCountsFollowWhatEachPersonRead() {
        String mission = as(DemoUser.OLIVIA).body(Map.of("name", "Healthy schools " + UUID.randomUUID(), "theme", "health"))
                .post("/missions").then().statusCode(201).body("theme", equalTo("health")).extract().path("id");
        as(DemoUser.CARL).post("/missions/" + mission + "/members").then().statusCode(201);

        String channels = "/missions/" + mission + "/channels";
        String practice = as(DemoUser.OLIVIA).body(Map.of("name", "school-meals")).post(channels)
                .then().statusCode(201).body("unread", equalTo(0)).extract().path("id");
        as(DemoUser.OLIVIA).body(Map.of("name", "school-meals")).post(channels).then().statusCode(409);
        as(DemoUser.OLIVIA).body(Map.of("name", "School Meals!")).post(channels).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as(DemoUser.CARL).body(Map.of("name", "carls-room")).post(channels).then().statusCode(403);

        String messages = channels + "/" + practice + "/messages";
        as(DemoUser.CARL).body(Map.of("text", "Menus for next term?")).post(messages).then().statusCode(201);
        as(DemoUser.CARL).body(Map.of("text", "And the salad bar trial")).post(messages).then().statusCode(201);
        as(DemoUser.OLIVIA).body(Map.of("text", "On it")).post(messages).then().statusCode(201);

        as(DemoUser.OLIVIA).get("/missions/" + mission).then().statusCode(200)
                .body("channels.find { it.name == 'school-meals' }.unread", equalTo(2))
                .body("channels.find { it.name == 'general' }.unread", equalTo(0));
        as(DemoUser.CARL).get("/missions/" + mission).then()
                .body("channels.find { it.name == 'school-meals' }.unread", equalTo(1));

        as(DemoUser.OLIVIA).body(Map.of("seq", 1)).put(channels + "/" + practice + "/read").then().statusCode(200)
                .body("unread", equalTo(1));
        as(DemoUser.OLIVIA).body(Map.of("seq", 0)).put(channels + "/" + practice + "/read").then()
                .body("unread", equalTo(1)); // never moves backwards
        as(DemoUser.OLIVIA).body(Map.of("seq", 99)).put(channels + "/" + practice + "/read").then()
                .body("unread", equalTo(0));
        as(DemoUser.OLIVIA).body(Map.of("seq", -1)).put(channels + "/" + practice + "/read").then().statusCode(400);
        as(DemoUser.SAM).body(Map.of("seq", 1)).put(channels + "/" + practice + "/read").then().statusCode(403);
    }

    @Test
    void mentionedMembersAreNotifiedAndOnlyMembersCanBeMentioned() {
        String mission = as(DemoUser.OLIVIA).body(Map.of("name", "Mentions " + UUID.randomUUID()))
                .post("/missions").then().statusCode(201).extract().path("id");
        String channel = as(DemoUser.OLIVIA).get("/missions/" + mission).then().extract().path("channels[0].id");
        as(DemoUser.CARL).post("/missions/" + mission + "/members").then().statusCode(201);
        String messages = "/missions/" + mission + "/channels/" + channel + "/messages";
        String carl = DemoUser.CARL.userId();
        long before = ((Number) as(DemoUser.CARL).get("/me/notifications").then().extract().path("unread")).longValue();

        as(DemoUser.OLIVIA).body(Map.of("text", "@Carl Chen can you check the budget?", "mentions", java.util.List.of(carl)))
                .post(messages).then().statusCode(201);
        as(DemoUser.OLIVIA).body(Map.of("text", "@Sam hello", "mentions", java.util.List.of(DemoUser.SAM.userId())))
                .post(messages).then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("mentions"));
        as(DemoUser.OLIVIA).get(messages).then().body("messages.size()", equalTo(1));

        String id = as(DemoUser.CARL).get("/me/notifications").then().statusCode(200)
                .body("unread", equalTo((int) before + 1))
                .body("latest[0].excerpt", equalTo("@Carl Chen can you check the budget?"))
                .body("latest[0].authorName", equalTo("Olivia Okafor"))
                .extract().path("latest[0].id");
        as(DemoUser.OLIVIA).put("/me/notifications/" + id + "/read").then().statusCode(404);
        as(DemoUser.CARL).put("/me/notifications/" + id + "/read").then().statusCode(200)
                .body("unread", equalTo((int) before));
    }

    @Test
    void theDirectoryFiltersByThemeAndStakeholderType() {
        String mission = as(DemoUser.OLIVIA).body(Map.of("name", "Warm homes " + UUID.randomUUID(), "theme", "climate"))
                .post("/missions").then().statusCode(201).extract().path("id");
        as(DemoUser.CARL).post("/missions/" + mission + "/members").then().statusCode(201);

        as(DemoUser.SAM).get("/missions?theme=climate").then().statusCode(200).body("id", hasItem(mission));
        as(DemoUser.SAM).get("/missions?theme=health").then().body("id", not(hasItem(mission)));
        as(DemoUser.SAM).get("/missions?stakeholderType=council&theme=climate").then().body("id", hasItem(mission));
        as(DemoUser.SAM).get("/missions?stakeholderType=firm").then().body("id", not(hasItem(mission)));
        as(DemoUser.SAM).get("/missions?theme=weather").then().statusCode(400).contentType("application/problem+json");
        as(DemoUser.OLIVIA).body(Map.of("name", "Bad theme", "theme", "weather")).post("/missions").then().statusCode(400)
                .body("errors[0].field", equalTo("theme"));
    }
}
