package org.convene.platform.consistency;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.contracts.EventEnvelope;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The events a request published, told to the caller in the {@value #HEADER} answer header as
 * {@code topic/event-id} items. The gateway hands them back on the same person's next requests
 * ({@link ReadAfter}), so that a service whose read model has not yet applied them waits for it.
 */
public class WrittenEvents {

    public static final String HEADER = "Convene-Events";
    private static final String KEY = "convene.written-events";
    /** A request that publishes more (an organisation bringing in its people) names its first ones. */
    static final int MOST = 32;

    /** Notes an event published by the request under way, if a request is under way. */
    public static void note(EventEnvelope event) {
        if (!VertxContext.isOnDuplicatedContext()) {
            return;
        }
        List<String> written = ContextLocals.<List<String>>get(KEY).orElse(null);
        if (written == null) {
            written = new ArrayList<>();
            ContextLocals.put(KEY, written);
        }
        if (written.size() < MOST) {
            written.add(event.topic() + "/" + event.id());
        }
    }

    @ServerResponseFilter
    public void tell(ContainerResponseContext response) {
        Optional<List<String>> written = ContextLocals.get(KEY);
        written.filter(events -> !events.isEmpty() && response.getStatus() < 300)
                .ifPresent(events -> response.getHeaders().putSingle(HEADER, String.join(",", events)));
    }
}
