package org.convene.synthesis.opinions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.convene.contracts.OpinionGroupsChanged;
import org.convene.platform.context.Background;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.heavywork.HeavyWorkRefused;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Recomputes a deliberation's opinion map shortly after its votes stop arriving (debounced: each
 * vote pushes the recomputation back, but never by more than the longest wait), and announces it,
 * so that open deliberation rooms redraw their map. Votes of one deliberation share a Kafka
 * partition, so one instance debounces each deliberation. The map computed here is the one kept
 * for requests ({@link OpinionGroups}), so the rooms' reads that follow find it ready; when the
 * heavy-work pool is full, the recomputation is simply due again a little later.
 */
@ApplicationScoped
public class OpinionGroupsNotifier {

    private static final Logger LOG = Logger.getLogger(OpinionGroupsNotifier.class);

    private record Pending(String missionId, long timer, long firstVoteAt) {}

    private final Vertx vertx;
    private final Outbox outbox;
    private final OpinionGroups opinions;
    private final long quietMillis;
    private final long longestWaitMillis;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    public OpinionGroupsNotifier(Vertx vertx, Outbox outbox, OpinionGroups opinions,
                                 @ConfigProperty(name = "convene.opinion-groups.quiet-ms") long quietMillis,
                                 @ConfigProperty(name = "convene.opinion-groups.longest-wait-ms") long longestWaitMillis) {
        this.vertx = vertx;
        this.outbox = outbox;
        this.opinions = opinions;
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
                () -> opinions.current(deliberationId)
                        .chain(map -> Panache.withTransaction(() -> outbox.publish(new OpinionGroupsChanged(
                                due.missionId(), deliberationId, map.groups().size(), map.participantsInGroups(),
                                map.votes(), Instant.now()))))
                        .replaceWithVoid()
                        .onFailure(HeavyWorkRefused.class).recoverWithUni(busy -> {
                            LOG.debugf("the opinion map of %s waits: %s", deliberationId, busy.getMessage());
                            voted(due.missionId(), deliberationId);
                            return Uni.createFrom().voidItem();
                        }));
    }
}
