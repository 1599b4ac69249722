package org.convene.gateway.hub;

import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which open connections of this gateway instance want which topics, and who the people behind
 * them are. Each topic counts its people's connections as they come and go, so that presence
 * costs the same whether a person has one tab open or a thousand connections follow a channel.
 */
@ApplicationScoped
public class Subscriptions {

    /** The connections that follow one topic, and how many of them each person has open. */
    private static final class Followers {
        final Set<WebSocketConnection> connections = ConcurrentHashMap.newKeySet();
        final Map<Presence.Person, Integer> people = new ConcurrentHashMap<>();
    }

    private final Map<String, Followers> byTopic = new ConcurrentHashMap<>();

    public void add(String topic, WebSocketConnection connection) {
        Presence.Person person = connection.userData().get(HubEndpoint.PERSON);
        byTopic.compute(topic, (t, followers) -> {
            Followers f = followers == null ? new Followers() : followers;
            if (f.connections.add(connection) && person != null) {
                f.people.merge(person, 1, Integer::sum);
            }
            return f;
        });
    }

    public void remove(String topic, WebSocketConnection connection) {
        Presence.Person person = connection.userData().get(HubEndpoint.PERSON);
        byTopic.computeIfPresent(topic, (t, f) -> {
            if (f.connections.remove(connection) && person != null) {
                f.people.computeIfPresent(person, (p, open) -> open == 1 ? null : open - 1);
            }
            return f.connections.isEmpty() ? null : f;
        });
    }

    /** Removes the connection from every topic; returns the topics it followed. */
    public List<String> removeEverywhere(WebSocketConnection connection) {
        List<String> followed = byTopic.entrySet().stream()
                .filter(e -> e.getValue().connections.contains(connection)).map(Map.Entry::getKey).toList();
        followed.forEach(topic -> remove(topic, connection));
        return followed;
    }

    /** How many topics the connection follows. */
    public int topicsOf(WebSocketConnection connection) {
        return (int) byTopic.values().stream().filter(f -> f.connections.contains(connection)).count();
    }

    public Set<WebSocketConnection> of(String topic) {
        Followers f = byTopic.get(topic);
        return f == null ? Set.of() : f.connections;
    }

    /** Each topic, of those the filter accepts, with the person's connections that follow it. */
    public Map<String, List<WebSocketConnection>> followedBy(String userId, java.util.function.Predicate<String> topics) {
        Map<String, List<WebSocketConnection>> followed = new java.util.HashMap<>();
        byTopic.forEach((topic, f) -> {
            if (topics.test(topic) && f.people.keySet().stream().anyMatch(p -> p.id().equals(userId))) {
                List<WebSocketConnection> own = f.connections.stream().filter(c -> {
                    Presence.Person person = c.userData().get(HubEndpoint.PERSON);
                    return person != null && person.id().equals(userId);
                }).toList();
                if (!own.isEmpty()) {
                    followed.put(topic, own);
                }
            }
        });
        return followed;
    }

    /** The people with at least one connection following the topic. */
    public List<Presence.Person> people(String topic) {
        Followers f = byTopic.get(topic);
        return f == null ? List.of() : List.copyOf(f.people.keySet());
    }
}
