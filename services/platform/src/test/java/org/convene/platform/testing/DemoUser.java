package org.convene.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The demo users of the local realm; tests sign in as them and get real Keycloak tokens. */
public enum DemoUser {
    OLIVIA("olivia"), CARL("carl"), FIONA("fiona"), SAM("sam"), FRANKIE("frankie"), ADA("ada");

    /** The local realm's demo password, the same for every demo user (see the README). */
    public static final String PASSWORD = "convene-demo";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    public final String username;

    DemoUser(String username) {
        this.username = username;
    }

    /** Tokens last five minutes; one is reused for a minute, as every grant costs Keycloak a password hash. */
    private static final Duration REUSE = Duration.ofMinutes(1);
    private static final Map<DemoUser, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetched) {}

    /** An access token from the realm's command-line client (direct grant), at most a minute old. */
    public String accessToken() {
        Token token = TOKENS.get(this);
        if (token == null || token.fetched().plus(REUSE).isBefore(Instant.now())) {
            token = new Token(freshToken(), Instant.now());
            TOKENS.put(this, token);
        }
        return token.value();
    }

    private String freshToken() {
        String form = "grant_type=password&client_id=convene-cli&username=" + username
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(LocalStack.KEYCLOAK + "/realms/convene/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused " + username + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable; is the local stack started?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Keycloak user id (the token's subject). */
    public String userId() {
        String payload = accessToken().split("\\.")[1];
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(payload));
            return claims.get("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
