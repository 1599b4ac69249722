package org.convene.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.convene.platform.testing.DemoUser;

/**
 * The demo users' access tokens, renewed every minute in the background (they last five), so that
 * a run of several minutes never waits on Keycloak or sends an expired token.
 */
final class Tokens implements AutoCloseable {

    private final Map<DemoUser, String> current = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor();

    Tokens(List<DemoUser> people) {
        people.forEach(this::renew);
        renewer.scheduleAtFixedRate(() -> people.forEach(this::renew), 1, 1, TimeUnit.MINUTES);
    }

    String of(DemoUser person) {
        return current.get(person);
    }

    private void renew(DemoUser person) {
        try {
            current.put(person, person.accessToken());
        } catch (IllegalStateException e) {
            System.err.println("could not renew the token of " + person.username + "; keeping the old one: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
