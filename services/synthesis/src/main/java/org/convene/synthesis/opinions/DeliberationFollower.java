package org.convene.synthesis.opinions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.StatementPublished;
import org.convene.contracts.VoteCast;
import org.convene.platform.events.IncomingEvents;
import org.convene.platform.inbox.Inbox;
import org.convene.synthesis.themes.ThemeInput;
import org.convene.synthesis.themes.ThemeIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each deliberation's published statements and every participant's latest vote, from the
 * engagement service's events, applied once each; a late, older vote never replaces a newer one.
 * Published statements also join their mission's themes; votes lead to a fresh opinion map.
 */
@ApplicationScoped
public class DeliberationFollower {

    private static final String CONSUMER = "opinion-map";

    private final Inbox inbox;
    private final ThemeIntake themes;
    private final OpinionGroupsNotifier notifier;
    private final IncomingEvents incoming;

    public DeliberationFollower(Inbox inbox, ThemeIntake themes, OpinionGroupsNotifier notifier,
                                IncomingEvents incoming) {
        this.inbox = inbox;
        this.themes = themes;
        this.notifier = notifier;
        this.incoming = incoming;
    }

    @Incoming("deliberations")
    public Uni<Void> onRecord(String record) {
        return incoming.consume("deliberations", record, this::onEvent);
    }

    private Uni<Void> onEvent(EventEnvelope event) {
        if (event.data() instanceof StatementPublished s) {
            return inbox.applyOnce(CONSUMER, event, () -> Panache.getSession().chain(session -> session
                    .createNativeQuery("insert into deliberation_statements (statement_id, deliberation_id, mission_id,"
                            + " number, text) values (:s, :d, :m, :n, :t) on conflict (statement_id) do nothing")
                    .setParameter("s", s.statementId()).setParameter("d", s.deliberationId())
                    .setParameter("m", s.missionId()).setParameter("n", s.number()).setParameter("t", s.text())
                    .executeUpdate()).replaceWithVoid())
                    .chain(() -> themes.take(event, ThemeInput.of(s)));
        }
        if (event.data() instanceof VoteCast v) {
            return inbox.applyOnce(CONSUMER, event, () -> Panache.getSession().chain(session -> session
                    .createNativeQuery("insert into deliberation_votes (statement_id, participant_id, deliberation_id,"
                            + " mission_id, vote, version) values (:s, :p, :d, :m, :v, :version)"
                            + " on conflict (statement_id, participant_id) do update set vote = excluded.vote,"
                            + " version = excluded.version where deliberation_votes.version < excluded.version")
                    .setParameter("s", v.statementId()).setParameter("p", v.participantId())
                    .setParameter("d", v.deliberationId()).setParameter("m", v.missionId())
                    .setParameter("v", (short) v.vote()).setParameter("version", v.version())
                    .executeUpdate()).replaceWithVoid())
                    .invoke(() -> notifier.voted(v.missionId(), v.deliberationId()));
        }
        return Uni.createFrom().voidItem();
    }
}
