package org.convene.gateway.relay;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Remembers, for a few seconds, the events each person's writes published (a service names them in
 * its answer's {@code Convene-Events} header), and names them in {@code Convene-After} on that
 * person's next requests, so that a service whose read model has not yet applied them waits for
 * it: a mission created a moment ago is found in the next call, whichever service answers it. A
 * client that talks to several gateway instances may send {@code Convene-After} itself (the
 * {@code Convene-Events} it was given); those are passed on too.
 */
@ApplicationScoped
public class ReadYourWrites {

    public static final String EVENTS = "Convene-Events";
    public static final String AFTER = "Convene-After";
    /** Longer than any read model should lag; a service waits 2 s at most anyway. */
    static final long REMEMBER_NANOS = 10_000_000_000L;
    static final int MOST = 32;
    private static final Pattern ITEM = Pattern.compile("[a-z0-9.-]{1,64}/[0-9a-f-]{36}");

    private record Written(String event, long at) {}

    private final Map<String, Deque<Written>> byPerson = new ConcurrentHashMap<>();

    /** Notes what a person's request published. */
    public void wrote(SecurityIdentity identity, String eventsHeader) {
        if (eventsHeader == null || identity == null || identity.isAnonymous()) {
            return;
        }
        long now = System.nanoTime();
        Deque<Written> written = byPerson.computeIfAbsent(identity.getPrincipal().getName(), p -> new ArrayDeque<>());
        synchronized (written) {
            for (String event : eventsHeader.split(",", MOST + 1)) {
                if (ITEM.matcher(event.strip()).matches()) {
                    written.addLast(new Written(event.strip(), now));
                }
            }
            while (written.size() > MOST) {
                written.removeFirst();
            }
        }
    }

    /** The header value for a person's request: their recent writes' events, then what the client named; or null. */
    public String after(SecurityIdentity identity, String fromClient) {
        StringBuilder after = new StringBuilder();
        if (identity != null && !identity.isAnonymous()) {
            Deque<Written> written = byPerson.get(identity.getPrincipal().getName());
            if (written != null) {
                long oldest = System.nanoTime() - REMEMBER_NANOS;
                synchronized (written) {
                    written.removeIf(w -> w.at() < oldest);
                    after.append(written.stream().map(Written::event).collect(Collectors.joining(",")));
                }
            }
        }
        if (fromClient != null) {
            for (String event : fromClient.split(",", MOST + 1)) {
                if (ITEM.matcher(event.strip()).matches() && after.length() < MOST * 2 * 110) {
                    after.append(after.length() == 0 ? "" : ",").append(event.strip());
                }
            }
        }
        return after.length() == 0 ? null : after.toString();
    }

    @Scheduled(every = "30s")
    void forgetOld() {
        long oldest = System.nanoTime() - REMEMBER_NANOS;
        byPerson.values().removeIf(written -> {
            synchronized (written) {
                written.removeIf(w -> w.at() < oldest);
                return written.isEmpty();
            }
        });
    }
}
