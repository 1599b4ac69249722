package org.convene.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;

/** Blocking calls to the local gateway's API as a demo user, for setting a benchmark up. */
final class Gateway {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A mission (public, so that the other demo users can join it) and its first channel. */
    record MissionChannel(String missionId, String channelId) {
        String topic() {
            return "mission:" + missionId + ":channel:" + channelId;
        }

        String messagesPath() {
            return "/api/communities/missions/" + missionId + "/channels/" + channelId + "/messages";
        }
    }

    private Gateway() {}

    /** Olivia convenes a new public mission; every other demo user joins it. */
    static MissionChannel missionWithEveryone(String name) {
        JsonNode mission = call(DemoUser.OLIVIA, "POST", "/api/communities/missions",
                Map.of("name", name, "vision", "Load for a benchmark", "visibility", "PUBLIC"));
        for (DemoUser person : DemoUser.values()) {
            if (person != DemoUser.OLIVIA) {
                call(person, "POST", "/api/communities/missions/" + mission.get("id").asText() + "/members", null);
            }
        }
        return new MissionChannel(mission.get("id").asText(), mission.get("channels").get(0).get("id").asText());
    }

    /** The engagement service learns of members from events: waits until it takes feedback from each. */
    static void awaitFeedbackTaken(String feedbackPath) {
        Instant deadline = Instant.now().plusSeconds(30);
        for (DemoUser person : DemoUser.values()) {
            while (true) {
                try {
                    call(person, "POST", feedbackPath, Map.of("text", "Ready to take part"));
                    break;
                } catch (IllegalStateException notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw notYet;
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    /** Calls the API and returns the JSON answer; anything but 2xx is an error. */
    static JsonNode call(DemoUser person, String method, String path, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(LocalStack.GATEWAY + path))
                    .header("Authorization", "Bearer " + person.accessToken())
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the gateway is not reachable; is the local stack started?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every demo user's access token, fetched once (they last five minutes: enough for a run). */
    static Map<DemoUser, String> tokens(List<DemoUser> people) {
        return people.stream().collect(java.util.stream.Collectors.toMap(p -> p, DemoUser::accessToken));
    }
}
