package org.convene.synthesis.opinions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.convene.contracts.OpinionGroupsChanged;
import org.convene.platform.context.Background;
import org.convene.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recomputes a deliberation's opinion map shortly after its votes stop arriving (debounced: each
 * vote pushes the recomputation back, but never by more than the longest wait), and announces it,
 * so that open deliberation rooms redraw their map. Votes of one deliberation share a Kafka
 * partition, so one instance debounces each deliberation.
 */
@ApplicationScoped
public class OpinionGroupsNotifier {

    private record Pending(String missionId, long timer, long firstVoteAt) {}

    private final Vertx vertx;
    private final Outbox outbox;
    private final long quietMillis;
    private final long longestWaitMillis;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    public OpinionGroupsNotifier(Vertx vertx, Outbox outbox,
                                 @ConfigProperty(name = "convene.opinion-groups.quiet-ms") long quietMillis,
                                 @ConfigProperty(name = "convene.opinion-groups.longest-wait-ms") long longestWaitMillis) {
        this.vertx = vertx;
        this.outbox = outbox;
        this.quietMillis = quietMillis;
        this.longestWaitMillis = longestWaitMillis;
    }

    /** A vote of the deliberation was stored. */
    public void voted(String missionId, String deliberationId) {
        long now = System.currentTimeMillis();
        pending.compute(deliberationId, (id, before) -> {
            long first = before == null ? now : before.firstVoteAt();
            if (before != null) {
                vertx.cancelTimer(before.timer());
            }
            long delay = Math.max(1, Math.min(quietMillis, first + longestWaitMillis - now));
            return new Pending(missionId, vertx.setTimer(delay, t -> recompute(id)), first);
        });
    }

    private void recompute(String deliberationId) {
        Pending due = pending.remove(deliberationId);
        if (due == null) {
            return;
        }
        Background.run(vertx, "recomputing the opinion map of " + deliberationId,
                () -> Panache.withTransaction(() -> OpinionGroups.compute(deliberationId)
                        .chain(map -> outbox.publish(new OpinionGroupsChanged(due.missionId(), deliberationId,
                                map.groups().size(), map.participantsInGroups(), map.votes(), Instant.now())))));
    }
}
