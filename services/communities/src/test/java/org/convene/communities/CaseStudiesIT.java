package org.convene.communities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** Writing, publishing and finding case studies, on the local stack's PostgreSQL full-text search. */
class CaseStudiesIT {

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    private static String mission(String visibility) {
        return as(DemoUser.OLIVIA).body(Map.of("name", "Active travel " + UUID.randomUUID(), "visibility", visibility))
                .post("/missions").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> study(String mission, String word, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("missionId", mission);
        body.put("title", title);
        body.put("summary", "Pupils walk to school on a " + word + " route with volunteers.");
        body.put("challenge", "Traffic at the school gate.");
        body.put("outcomes", "Twice as many children walk; the " + word + " scheme spread to six schools.");
        body.put("lessons", "Start with one street.");
        body.put("place", "Leeds");
        body.put("tags", List.of("walking", word));
        body.put("stakeholderTypes", List.of("council", "civil_society"));
        body.put("organisations", List.of("Leeds City Council"));
        body.put("links", List.of("https://example.org/report"));
        return body;
    }

    @Test
    void aPublishedCaseStudyIsFoundRankedAndHighlightedADraftIsNot() {
        String mission = mission("PUBLIC");
        String word = "zebrawalk" + UUID.randomUUID().toString().substring(0, 6);
        String id = as(DemoUser.OLIVIA).body(study(mission, word, "Walking buses in Leeds")).post("/case-studies")
                .then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("tags", contains("walking", word)).extract().path("id");

        as(DemoUser.SAM).get("/case-studies?q=" + word).then().statusCode(200).body("$", hasSize(0));
        as(DemoUser.SAM).get("/case-studies/" + id).then().statusCode(404);

        as(DemoUser.SAM).post("/case-studies/" + id + "/publication").then().statusCode(404);
        as(DemoUser.OLIVIA).post("/case-studies/" + id + "/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        // A second, weaker match: the word only once, in the outcomes.
        Map<String, Object> weaker = study(mission, "other", "Cycling lessons");
        weaker.put("outcomes", "Some schools copied the " + word + " idea.");
        weaker.put("summary", "Bike lessons at school.");
        String second = as(DemoUser.OLIVIA).body(weaker).post("/case-studies").then().statusCode(201).extract().path("id");
        as(DemoUser.OLIVIA).post("/case-studies/" + second + "/publication").then().statusCode(200);

        as(DemoUser.SAM).get("/case-studies?q=" + word).then().statusCode(200)
                .body("id", contains(id, second))
                .body("[0].snippet.findAll { it.match }.text", hasItem(word));
        as(DemoUser.SAM).get("/case-studies?q=" + word + "&tag=WALKING&stakeholderType=council&place=leeds")
                .then().body("id", hasItem(id));
        as(DemoUser.SAM).get("/case-studies?q=" + word + "&stakeholderType=firm").then().body("$", hasSize(0));
        as(DemoUser.SAM).get("/case-studies?mission=" + mission).then().body("id", hasItem(second));

        as(DemoUser.SAM).get("/case-studies/" + id).then().statusCode(200)
                .body("related.id", hasItem(second))
                .body("links", contains("https://example.org/report"));
    }

    @Test
    void readersMarkUsefulOnceAndComment() {
        String mission = mission("PUBLIC");
        String id = as(DemoUser.OLIVIA).body(study(mission, "marks", "Marked")).post("/case-studies")
                .then().statusCode(201).extract().path("id");
        as(DemoUser.CARL).put("/case-studies/" + id + "/useful").then().statusCode(404); // a draft is the author's alone
        as(DemoUser.OLIVIA).put("/case-studies/" + id + "/useful").then().statusCode(400); // publish first
        as(DemoUser.OLIVIA).post("/case-studies/" + id + "/publication").then().statusCode(200);

        as(DemoUser.CARL).put("/case-studies/" + id + "/useful").then().statusCode(200)
                .body("usefulCount", equalTo(1)).body("markedUseful", equalTo(true));
        as(DemoUser.CARL).put("/case-studies/" + id + "/useful").then().body("usefulCount", equalTo(1));
        as(DemoUser.FIONA).put("/case-studies/" + id + "/useful").then().body("usefulCount", equalTo(2));
        as(DemoUser.CARL).delete("/case-studies/" + id + "/useful").then().body("usefulCount", equalTo(1))
                .body("markedUseful", equalTo(false));

        as(DemoUser.CARL).body(Map.of("text", "We tried this in Bradford too")).post("/case-studies/" + id + "/comments")
                .then().statusCode(201);
        as(DemoUser.SAM).get("/case-studies/" + id + "/comments").then().statusCode(200)
                .body("authorName", contains("Carl Chen"));
        as(DemoUser.CARL).body(Map.of("text", "Not my story")).put("/case-studies/" + id).then().statusCode(400);
        as(DemoUser.CARL).body(study(mission, "edit", "Not mine")).put("/case-studies/" + id).then().statusCode(403);
    }

    @Test
    void privateMissionsKeepTheirCaseStudiesAndBadInputIsRefused() {
        String mission = mission("PRIVATE");
        String word = "hushproject" + UUID.randomUUID().toString().substring(0, 6);
        String id = as(DemoUser.OLIVIA).body(study(mission, word, "Internal pilot")).post("/case-studies")
                .then().statusCode(201).extract().path("id");
        as(DemoUser.OLIVIA).post("/case-studies/" + id + "/publication").then().statusCode(200);
        as(DemoUser.OLIVIA).get("/case-studies?q=" + word).then().body("id", hasItem(id));
        as(DemoUser.SAM).get("/case-studies?q=" + word).then().body("id", not(hasItem(id)));
        as(DemoUser.SAM).get("/case-studies/" + id).then().statusCode(404);
        as(DemoUser.SAM).body(study(mission, "x", "Sneaky")).post("/case-studies").then().statusCode(404);

        Map<String, Object> bad = study(mission, "bad", "");
        bad.put("stakeholderTypes", List.of("pirates"));
        bad.put("links", List.of("javascript:alert(1)"));
        as(DemoUser.OLIVIA).body(bad).post("/case-studies").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("links[0].<list element>"));
    }
}
