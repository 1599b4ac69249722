package org.convene.platform.consistency;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Read your own writes across services. A request may name, in the {@value #HEADER} header, events
 * its caller's earlier writes published ({@link WrittenEvents}; the gateway adds them for a
 * person's next requests). Before the request is served, this service waits until it has consumed
 * those of them on topics it reads, for at most {@code convene.read-after.max-wait}; then it
 * answers from its read models as they are. Consumed events are marked by {@code IncomingEvents}.
 * A request without the header, or naming only events of topics this service does not read, does
 * not wait at all.
 */
public class ReadAfter {

    public static final String HEADER = "Convene-After";
    private static final Pattern ITEM = Pattern.compile("[a-z0-9.-]{1,64}/[0-9a-f-]{36}");
    private static final long FIRST_PAUSE_MS = 10;
    private static final long LAST_PAUSE_MS = 200;

    private final Pool database;
    private final Vertx vertx;
    private final Set<String> topics;
    private final Duration maxWait;

    public ReadAfter(Pool database, Vertx vertx,
                     @ConfigProperty(name = "convene.read-after.topics") Optional<Set<String>> topics,
                     @ConfigProperty(name = "convene.read-after.max-wait", defaultValue = "2s") Duration maxWait) {
        this.database = database;
        this.vertx = vertx;
        this.topics = topics.orElse(Set.of());
        this.maxWait = maxWait;
    }

    @ServerRequestFilter
    public Uni<Void> awaitWrites(ContainerRequestContext request) {
        String[] awaited = awaitedIds(request.getHeaderString(HEADER), topics);
        if (awaited.length == 0) {
            return Uni.createFrom().voidItem();
        }
        return awaitConsumed(awaited, System.nanoTime() + maxWait.toNanos(), FIRST_PAUSE_MS)
                .onFailure().recoverWithNull();
    }

    /** Checks, then pauses (10 ms, doubling up to 200 ms) on this request's own context, until done or late. */
    private Uni<Void> awaitConsumed(String[] ids, long deadline, long pauseMs) {
        return consumed(ids).chain(done -> done || System.nanoTime() + pauseMs * 1_000_000 > deadline
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().<Void>emitter(later -> vertx.setTimer(pauseMs, t -> later.complete(null)))
                        .chain(() -> awaitConsumed(ids, deadline, Math.min(pauseMs * 2, LAST_PAUSE_MS))));
    }

    private Uni<Boolean> consumed(String[] ids) {
        return database.preparedQuery("select count(*) from processed_events where consumer = $1 and event_id = any($2)")
                .execute(Tuple.of(CONSUMED, ids))
                .map(rows -> rows.iterator().next().getLong(0) >= ids.length);
    }

    /** The consumer name under which every consumed event's id is recorded. */
    public static final String CONSUMED = "consumed";

    /** The distinct event ids in the header that belong to the given topics; malformed items are ignored. */
    static String[] awaitedIds(String header, Set<String> topics) {
        if (header == null || header.isBlank() || topics.isEmpty()) {
            return new String[0];
        }
        List<String> items = Arrays.stream(header.split(",", WrittenEvents.MOST * 2 + 1))
                .limit(WrittenEvents.MOST * 2)
                .map(String::strip)
                .filter(item -> ITEM.matcher(item).matches())
                .filter(item -> topics.contains(item.substring(0, item.indexOf('/'))))
                .toList();
        return items.stream().map(item -> item.substring(item.indexOf('/') + 1)).distinct().toArray(String[]::new);
    }
}
