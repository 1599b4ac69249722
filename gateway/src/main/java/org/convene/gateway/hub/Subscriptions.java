package org.convene.gateway.hub;

import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which open connections of this gateway instance want which topics. */
@ApplicationScoped
public class Subscriptions {

    private final Map<String, Set<WebSocketConnection>> byTopic = new ConcurrentHashMap<>();

    public void add(String topic, WebSocketConnection connection) {
        byTopic.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    public void remove(String topic, WebSocketConnection connection) {
        byTopic.computeIfPresent(topic, (t, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    /** Removes the connection from every topic; returns the topics it followed. */
    public java.util.List<String> removeEverywhere(WebSocketConnection connection) {
        java.util.List<String> followed = byTopic.entrySet().stream()
                .filter(e -> e.getValue().contains(connection)).map(Map.Entry::getKey).toList();
        followed.forEach(topic -> remove(topic, connection));
        return followed;
    }

    public Set<WebSocketConnection> of(String topic) {
        return byTopic.getOrDefault(topic, Set.of());
    }
}
