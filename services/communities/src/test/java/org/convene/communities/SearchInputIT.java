package org.convene.communities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** What people type into searches is searched for as typed, and what cannot be searched is refused. */
class SearchInputIT {

    private static RequestSpecification as(DemoUser user) {
        return given().baseUri(LocalStack.COMMUNITIES).auth().oauth2(user.accessToken()).contentType(ContentType.JSON)
                .urlEncodingEnabled(false);
    }

    @Test
    void aNulCharacterInAnyQueryParameterIsRefusedWithAProblem() {
        String nul = "%E2%80%AE%00";
        for (String query : List.of("/missions?q=" + nul, "/people?q=ab" + nul, "/organisations?q=" + nul,
                "/case-studies?q=" + nul, "/case-studies?place=" + nul, "/case-studies?tag=" + nul,
                "/missions?q=fine&theme=" + nul)) {
            as(DemoUser.CARL).get(query).then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("NUL"));
        }
        as(DemoUser.CARL).delete("/missions/" + UUID.randomUUID() + "/invitations/ab%00").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void percentAndUnderscoreMatchOnlyThemselves() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String literal = "100%_" + tag;
        as(DemoUser.OLIVIA).body(Map.of("name", "Green " + literal)).post("/missions").then().statusCode(201);
        as(DemoUser.OLIVIA).body(Map.of("name", "Green 100xy" + tag)).post("/missions").then().statusCode(201);
        as(DemoUser.CARL).get("/missions?q=100%25_" + tag).then().statusCode(200)
                .body("name", equalTo(List.of("Green " + literal)));
        as(DemoUser.OLIVIA).body(Map.of("name", "Co-op " + literal, "stakeholderType", "firm"))
                .post("/organisations").then().statusCode(201);
        as(DemoUser.OLIVIA).body(Map.of("name", "Co-op 100xy" + tag, "stakeholderType", "firm"))
                .post("/organisations").then().statusCode(201);
        as(DemoUser.CARL).get("/organisations?q=100%25_" + tag).then().statusCode(200)
                .body("name", equalTo(List.of("Co-op " + literal)));
        // Nobody's name has "%%" or "__" in it: the people directory finds nobody, not everybody.
        as(DemoUser.CARL).get("/missions").then().body("name", hasItem("Green " + literal)); // Olivia is findable
        as(DemoUser.CARL).get("/people?q=%25%25").then().statusCode(200).body("size()", equalTo(0));
        as(DemoUser.CARL).get("/people?q=__").then().statusCode(200).body("size()", equalTo(0));
        as(DemoUser.CARL).get("/people?q=liv").then().statusCode(200).body("displayName", everyItem(containsString("liv")));
    }
}
