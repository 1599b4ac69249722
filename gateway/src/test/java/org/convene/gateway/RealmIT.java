package org.convene.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm as an attacker meets it: guessing a password locks the account for a while, a weak
 * password is refused, and a token the realm issued to some other client (not for this
 * platform's API) opens nothing, at the gateway or at a service.
 */
class RealmIT {

    private static final String PASSWORD = "long-enough-passphrase-1";
    private static final List<String> CREATED = new java.util.ArrayList<>();
    private static String admin;

    /** A person of the test's own, so that locking them out or changing their password touches nobody else. */
    private record Person(String id, String username) {}

    @BeforeAll
    static void signInAsTheAdministrator() {
        // The local stack's bootstrap administrator (local realm only, see the README).
        admin = given().baseUri(LocalStack.KEYCLOAK).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    private static Person newPerson() {
        String username = "realm-check-" + UUID.randomUUID().toString().substring(0, 8);
        String location = given().baseUri(LocalStack.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "firstName", "Realm", "lastName", "Check",
                        "email", username + "@example.org", "emailVerified", true,
                        "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                .post("/admin/realms/convene/users").then().statusCode(201).extract().header("Location");
        Person person = new Person(location.substring(location.lastIndexOf('/') + 1), username);
        CREATED.add(person.id());
        return person;
    }

    @AfterAll
    static void forgetThem() {
        CREATED.forEach(id -> given().baseUri(LocalStack.KEYCLOAK).auth().oauth2(admin).delete("/admin/realms/convene/users/" + id));
    }

    @Test
    void guessingAPasswordLocksTheAccountForAWhile() {
        String username = newPerson().username();
        assertEquals(200, grant("convene-cli", username, PASSWORD).statusCode());
        for (int guess = 0; guess < 12; guess++) {
            assertNotEquals(200, grant("convene-cli", username, "guess-" + guess).statusCode());
        }
        assertNotEquals(200, grant("convene-cli", username, PASSWORD).statusCode(),
                "the right password still worked after 12 wrong guesses");
    }

    @Test
    void aWeakPasswordIsRefused() {
        Person person = newPerson();
        for (String weak : List.of("short", person.username(), "password")) {
            int status = given().baseUri(LocalStack.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("type", "password", "value", weak, "temporary", false))
                    .put("/admin/realms/convene/users/" + person.id() + "/reset-password").statusCode();
            assertEquals(400, status, weak);
        }
    }

    @Test
    void aTokenForAnotherClientOfTheRealmOpensNothing() {
        // Keycloak's own admin client of the realm issues tokens that are not meant for Convene.
        String foreign = grant("admin-cli", "sam", "convene-demo").then().statusCode(200).extract().path("access_token");
        assertEquals(401, given().baseUri(LocalStack.GATEWAY).auth().oauth2(foreign).get("/api/communities/missions").statusCode());
        for (String service : List.of(LocalStack.COMMUNITIES + "/missions", LocalStack.ENGAGEMENT + "/me/surveys",
                LocalStack.SYNTHESIS + "/missions/" + UUID.randomUUID() + "/themes")) {
            assertEquals(401, given().auth().oauth2(foreign).get(service).statusCode(), service);
        }
        String own = grant("convene-cli", "sam", "convene-demo").then().statusCode(200).extract().path("access_token");
        assertEquals(200, given().baseUri(LocalStack.GATEWAY).auth().oauth2(own).get("/api/communities/missions").statusCode());
    }

    private static io.restassured.response.Response grant(String client, String user, String password) {
        return given().baseUri(LocalStack.KEYCLOAK).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", client, "username", user, "password", password))
                .post("/realms/convene/protocol/openid-connect/token");
    }
}
