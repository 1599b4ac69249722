package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/** One OpenAPI document for the whole API, and Swagger UI showing it, through the gateway. */
class ApiDocsIT {

    @Test
    void theMergedDocumentDescribesEveryServiceUnderTheGatewaysPaths() {
        given().baseUri(LocalStack.GATEWAY).get("/api/openapi").then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("Convene API"))
                .body("paths", hasKey("/api/communities/missions"))
                .body("paths", hasKey("/api/engagement/missions/{missionId}/feedback"))
                .body("paths", hasKey("/api/synthesis/missions/{missionId}/themes/reclustering"))
                .body("paths.'/api/synthesis/missions/{missionId}/themes'.get.tags[0]", equalTo("synthesis"))
                .body("components.schemas", hasKey("SynthesisThemeView"))
                .body("info.description", org.hamcrest.Matchers.not(containsString("left out")));
    }

    @Test
    void swaggerUiShowsIt() {
        given().baseUri(LocalStack.GATEWAY).get("/api/docs/").then().statusCode(200)
                .body(containsString("swagger-ui"))
                .body(containsString("/api/openapi"));
    }
}
