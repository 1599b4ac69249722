package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * One person calling too fast gets 429 with Retry-After, and only that person is held back.
 * (Uses Ada, whom no other gateway test uses: she stays limited for up to a minute.)
 */
class RequestLimitsIT {

    @Test
    void aPersonOverTheLimitIsToldWhenToComeBackAndOthersAreNotHeldUp() {
        String ada = DemoUser.ADA.accessToken();
        Response limited = null;
        int served = 0;
        for (int i = 0; i < 2000 && limited == null; i++) {
            Response r = given().baseUri(LocalStack.GATEWAY).auth().oauth2(ada).get("/api/communities/me/notifications");
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                assertEquals(200, r.statusCode());
                served++;
            }
        }
        assertTrue(limited != null, "no limit after " + served + " requests");
        assertTrue(served >= 100, "a person is not held back for ordinary use: " + served);
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1, "Retry-After says when to come back");
        assertEquals("application/problem+json", limited.contentType());

        given().baseUri(LocalStack.GATEWAY).auth().oauth2(DemoUser.SAM.accessToken()).get("/api/communities/me/notifications")
                .then().statusCode(200);
    }
}
