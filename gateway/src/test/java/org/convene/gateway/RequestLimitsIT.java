package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.convene.platform.testing.StackProcesses;
import org.junit.jupiter.api.Test;

/**
 * One person calling too fast gets 429 with Retry-After, and only that person is held back; a
 * second gateway instance gives them no more allowance than one.
 */
class RequestLimitsIT {

    /** The per-person allowance a minute (convene.limits.per-user-per-minute). */
    private static final int PER_PERSON = 600;
    private static final int SECOND_GATEWAY_PORT = 8092;

    @Test
    void aPersonOverTheLimitIsToldWhenToComeBackAndOthersAreNotHeldUp() {
        try (RealmPeople people = new RealmPeople()) {
            String token = people.create("limited").accessToken();
            Response limited = null;
            int served = 0;
            for (int i = 0; i < 2000 && limited == null; i++) {
                Response r = given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).get("/api/communities/me/notifications");
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

    @Test
    void twoGatewayInstancesShareOnePersonsAllowance() throws Exception {
        String second = "http://127.0.0.1:" + SECOND_GATEWAY_PORT;
        try (RealmPeople people = new RealmPeople(); AutoCloseable gateway = StackProcesses.startGateway(SECOND_GATEWAY_PORT)) {
            String token = people.create("two-gateways").accessToken();
            int served = 0;
            boolean limited = false;
            for (int i = 0; i < 2 * PER_PERSON && !limited; i++) {
                int status = given().baseUri(i % 2 == 0 ? LocalStack.GATEWAY : second).auth().oauth2(token)
                        .get("/api/communities/me/notifications").statusCode();
                if (status == 429) {
                    limited = true;
                } else {
                    assertEquals(200, status);
                    served++;
                }
            }
            assertTrue(limited, "two instances served " + served + " requests of one person without a limit");
            assertTrue(served <= PER_PERSON, "two instances served " + served + ", more than one allowance of " + PER_PERSON);
        }
    }
}
