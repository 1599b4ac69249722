package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.List;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * Every page and API answer carries the headers that keep a browser from running injected
 * scripts, sniffing types or framing the app; signing out is a POST that another site cannot
 * make for the person.
 */
class SecurityHeadersIT {

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        String token = DemoUser.SAM.accessToken();
        List<Response> answers = List.of(
                given().baseUri(LocalStack.GATEWAY).get("/"),
                given().baseUri(LocalStack.GATEWAY).get("/missions/some-page"),
                given().baseUri(LocalStack.GATEWAY).get("/api/me"),
                given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).get("/api/communities/missions"),
                given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).get("/api/communities/missions/not-a-mission"),
                given().baseUri(LocalStack.GATEWAY).get("/api/communities/missions"),
                given().baseUri(LocalStack.GATEWAY).urlEncodingEnabled(false).get("/api/communities/%2e%2e/x"));
        for (Response answer : answers) {
            String csp = answer.header("Content-Security-Policy");
            assertTrue(csp != null, "a CSP on " + answer.statusCode() + " " + answer.asString());
            String scripts = csp.split("script-src")[1].split(";")[0];
            assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(csp.contains("object-src 'none'"), csp);
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
            assertEquals("no-referrer", answer.header("Referrer-Policy"));
            assertNull(answer.header("Strict-Transport-Security"), "HSTS only over TLS");
        }
    }

    @Test
    void signingOutIsAPostFromTheAppItself() {
        assertEquals(405, given().baseUri(LocalStack.GATEWAY).redirects().follow(false).get("/logout").statusCode());
        assertEquals(403, given().baseUri(LocalStack.GATEWAY).redirects().follow(false).post("/logout").statusCode());
        assertEquals(403, given().baseUri(LocalStack.GATEWAY).redirects().follow(false)
                .header("Origin", "https://attacker.example").post("/logout").statusCode());
        int own = given().baseUri(LocalStack.GATEWAY).redirects().follow(false)
                .header("Origin", LocalStack.GATEWAY).post("/logout").statusCode();
        assertNotEquals(403, own);
        assertNotEquals(405, own);
    }
}
