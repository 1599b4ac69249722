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

    private static RealmPeople people;

    @BeforeAll
    static void signInAsTheAdministrator() {
        people = new RealmPeople();
    }

    @AfterAll
    static void forgetThem() {
        people.close();
    }

    @Test
    void guessingAPasswordLocksTheAccountForAWhile() {
        String username = people.create("realm-check").username();
        assertEquals(200, grant("convene-cli", username, RealmPeople.PASSWORD).statusCode());
        for (int guess = 0; guess < 12; guess++) {
            assertNotEquals(200, grant("convene-cli", username, "guess-" + guess).statusCode());
        }
        assertNotEquals(200, grant("convene-cli", username, RealmPeople.PASSWORD).statusCode(),
                "the right password still worked after 12 wrong guesses");
    }

    @Test
    void aWeakPasswordIsRefused() {
        RealmPeople.Person person = people.create("realm-check");
        for (String weak : List.of("short", person.username(), "password")) {
            int status = given().baseUri(LocalStack.KEYCLOAK).auth().oauth2(people.admin()).contentType(ContentType.JSON)
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
