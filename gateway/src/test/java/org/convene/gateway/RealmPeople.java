package org.convene.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.platform.testing.LocalStack;

/**
 * People of a test's own in the local realm, made through Keycloak's admin API with the local
 * stack's bootstrap administrator, so that locking them out, changing their password or using up
 * their allowance touches nobody else. {@link #close()} deletes them.
 */
final class RealmPeople implements AutoCloseable {

    static final String PASSWORD = "long-enough-passphrase-1";

    /** One of them. */
    record Person(String id, String username) {

        /** An access token from the realm's command-line client. */
        String accessToken() {
            return given().baseUri(LocalStack.KEYCLOAK).contentType(ContentType.URLENC)
                    .formParams(Map.of("grant_type", "password", "client_id", "convene-cli",
                            "username", username, "password", PASSWORD))
                    .post("/realms/convene/protocol/openid-connect/token").then().statusCode(200)
                    .extract().path("access_token");
        }
    }

    private final String admin;
    private final List<String> created = new ArrayList<>();

    RealmPeople() {
        admin = given().baseUri(LocalStack.KEYCLOAK).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    /** The administrator's token, for other calls to the admin API. */
    String admin() {
        return admin;
    }

    Person create(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String location = given().baseUri(LocalStack.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "firstName", "Test", "lastName", "Person",
                        "email", username + "@example.org", "emailVerified", true,
                        "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))
                .post("/admin/realms/convene/users").then().statusCode(201).extract().header("Location");
        Person person = new Person(location.substring(location.lastIndexOf('/') + 1), username);
        created.add(person.id());
        return person;
    }

    @Override
    public void close() {
        created.forEach(id -> given().baseUri(LocalStack.KEYCLOAK).auth().oauth2(admin)
                .delete("/admin/realms/convene/users/" + id));
    }
}
