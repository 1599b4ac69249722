package org.convene.synthesis.themes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.convene.platform.outbox.Outbox;

/**
 * Announces changed themes (ThemeUpdated) at most once a second each, with their state at that
 * moment: a theme that took a hundred texts in a second is one event, not a hundred. So the
 * themes topic, which the gateway's hub and the engagement service follow, grows with the themes
 * that change, not with the feedback that arrives, and a burst of feedback cannot flood the hub
 * that also carries live chat. Instances share the work: each takes the rows no other holds.
 */
@ApplicationScoped
public class ThemeAnnouncer {

    /** Themes announced per transaction; more wait for the next round, a second later. */
    static final int BATCH = 500;

    private final Outbox outbox;

    public ThemeAnnouncer(Outbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(every = "1s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> announceDue() {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                        .createNativeQuery("select * from themes where announce_due limit :batch for update skip locked",
                                Theme.class)
                        .setParameter("batch", BATCH)
                        .getResultList())
                .chain(this::announce));
    }

    private Uni<Void> announce(List<Theme> themes) {
        return Multi.createFrom().iterable(themes)
                .onItem().<Void>transformToUniAndConcatenate(theme -> {
                    theme.announceDue = false;
                    return ThemeDisclosure.visible(theme) && theme.retiredInto == null
                            ? outbox.publish(ThemeDisclosure.event(theme)).replaceWithVoid()
                            : Uni.createFrom().voidItem();
                })
                .collect().last().replaceWithVoid();
    }
}
