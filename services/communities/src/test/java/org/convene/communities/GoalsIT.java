package org.convene.communities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** Conveners set goals and targets and publish progress; everyone who can see the mission follows it. */
class GoalsIT {

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(user.accessToken()).contentType(ContentType.JSON);
    }

    @Test
    void progressOnATargetIsPublishedAndReadInDateOrder() {
        String mission = as(DemoUser.OLIVIA).body(Map.of("name", "Halve child obesity"))
                .post("/missions").then().statusCode(201).extract().path("id");
        String goal = as(DemoUser.OLIVIA).body(Map.of("title", "Every child a healthy weight",
                        "description", "Halve the share of children leaving primary school overweight"))
                .post("/missions/" + mission + "/goals").then().statusCode(201).extract().path("id");
        String target = as(DemoUser.OLIVIA).body(Map.of("goalId", goal, "metric", "Children overweight at age 11",
                        "unit", "%", "baseline", 36.0, "targetValue", 18.0, "deadline", "2030-12-31"))
                .post("/missions/" + mission + "/targets").then().statusCode(201)
                .body("latest", equalTo(36.0f)).body("percentToTarget", equalTo(0.0f))
                .extract().path("id");

        String progress = "/missions/" + mission + "/targets/" + target + "/progress";
        as(DemoUser.OLIVIA).body(Map.of("value", 30.6, "recordedOn", "2027-09-01", "note", "Year 1 survey"))
                .post(progress).then().statusCode(201);
        as(DemoUser.OLIVIA).body(Map.of("value", 33.3, "recordedOn", "2026-09-01")).post(progress)
                .then().statusCode(201)
                .body("progress.recordedOn", equalTo(List.of("2026-09-01", "2027-09-01")))
                .body("latest", equalTo(30.6f))
                .body("percentToTarget", equalTo(30.0f));

        as(DemoUser.SAM).get("/missions/" + mission + "/goals").then().statusCode(200)
                .body("goals", hasSize(1))
                .body("goals[0].title", equalTo("Every child a healthy weight"))
                .body("targets[0].goalId", equalTo(goal))
                .body("targets[0].progress", hasSize(2));
    }

    @Test
    void badTargetsAreRefusedAndNothingIsStored() {
        String mission = as(DemoUser.OLIVIA).body(Map.of("name", "Targets checked"))
                .post("/missions").then().statusCode(201).extract().path("id");
        String targets = "/missions/" + mission + "/targets";
        as(DemoUser.OLIVIA).body(Map.of("metric", "m", "unit", "%", "baseline", 1, "targetValue", 2,
                "deadline", "31/12/2030")).post(targets).then().statusCode(400)
                .contentType("application/problem+json");
        as(DemoUser.OLIVIA).body(Map.of("metric", "m", "unit", "%", "baseline", 5, "targetValue", 5,
                "deadline", "2030-12-31")).post(targets).then().statusCode(400);
        as(DemoUser.OLIVIA).body(Map.of("metric", "", "unit", "%", "targetValue", 5, "deadline", "2030-12-31"))
                .post(targets).then().statusCode(400).body("errors.field", equalTo(List.of("baseline", "metric")));
        as(DemoUser.OLIVIA).body(Map.of("goalId", "00000000-0000-0000-0000-000000000000", "metric", "m", "unit", "%",
                "baseline", 1, "targetValue", 2, "deadline", "2030-12-31")).post(targets).then().statusCode(400);
        as(DemoUser.OLIVIA).body(Map.of("value", "lots", "recordedOn", "2026-01-01"))
                .post(targets + "/00000000-0000-0000-0000-000000000000/progress").then().statusCode(400);
        as(DemoUser.OLIVIA).get("/missions/" + mission + "/goals").then().statusCode(200)
                .body("targets", hasSize(0));
    }
}
