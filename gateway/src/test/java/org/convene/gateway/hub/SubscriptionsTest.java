package org.convene.gateway.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {

    private static final Presence.Person OLIVIA = new Presence.Person("o", "Olivia Okafor");
    private static final Presence.Person CARL = new Presence.Person("c", "Carl Chen");

    @Test
    void aPersonIsInAChannelWhileAnyOfTheirConnectionsFollowsIt() {
        Subscriptions subscriptions = new Subscriptions();
        WebSocketConnection phone = connectionOf(OLIVIA);
        WebSocketConnection laptop = connectionOf(OLIVIA);
        WebSocketConnection carl = connectionOf(CARL);
        subscriptions.add("t", phone);
        subscriptions.add("t", phone); // twice: still one connection
        subscriptions.add("t", laptop);
        subscriptions.add("t", carl);
        assertEquals(3, subscriptions.of("t").size());
        assertEquals(2, subscriptions.people("t").size());

        subscriptions.remove("t", phone);
        assertEquals(Set.of(OLIVIA, CARL), Set.copyOf(subscriptions.people("t")), "Olivia is still there on her laptop");
        subscriptions.removeEverywhere(laptop);
        assertEquals(List.of(CARL), subscriptions.people("t"));
        subscriptions.remove("t", laptop); // not following any more: changes nothing
        assertEquals(List.of(CARL), subscriptions.people("t"));
        subscriptions.remove("t", carl);
        assertEquals(List.of(), subscriptions.people("t"));
        assertEquals(0, subscriptions.of("t").size());
    }

    @Test
    void countsTheTopicsOfEachConnection() {
        Subscriptions subscriptions = new Subscriptions();
        WebSocketConnection phone = connectionOf(OLIVIA);
        for (int i = 0; i < 5; i++) {
            subscriptions.add("topic " + i, phone);
        }
        subscriptions.add("topic 0", connectionOf(CARL));
        assertEquals(5, subscriptions.topicsOf(phone));
        subscriptions.remove("topic 3", phone);
        assertEquals(4, subscriptions.topicsOf(phone));
        assertEquals(List.of("topic 0", "topic 1", "topic 2", "topic 4"),
                subscriptions.removeEverywhere(phone).stream().sorted().toList());
        assertEquals(0, subscriptions.topicsOf(phone));
    }

    /** A stand-in connection that only knows its person; equal only to itself. */
    private static WebSocketConnection connectionOf(Presence.Person person) {
        UserData data = (UserData) Proxy.newProxyInstance(UserData.class.getClassLoader(), new Class<?>[] {UserData.class},
                (proxy, method, args) -> method.getName().equals("get") ? person : null);
        return (WebSocketConnection) Proxy.newProxyInstance(WebSocketConnection.class.getClassLoader(),
                new Class<?>[] {WebSocketConnection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "userData" -> data;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "connection of " + person.name();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
