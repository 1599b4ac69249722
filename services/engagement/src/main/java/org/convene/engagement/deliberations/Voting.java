package org.convene.engagement.deliberations;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convene.contracts.VoteCast;
import org.convene.engagement.limits.RateLimits;
import org.convene.platform.api.ProblemException;
import org.convene.platform.outbox.Outbox;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * One vote per statement per participant; a new vote replaces the old one. The statement's row
 * is locked while its counts change, so that counts and the version in each event stay exact.
 */
@ApplicationScoped
public class Voting {

    private final DeliberationAccess access;
    private final Participants participants;
    private final RateLimits limits;
    private final Outbox outbox;

    public Voting(DeliberationAccess access, Participants participants, RateLimits limits, Outbox outbox) {
        this.access = access;
        this.participants = participants;
        this.limits = limits;
        this.outbox = outbox;
    }

    public Uni<StatementView> vote(UUID id, UUID statementId, VoteDraft draft, Caller caller) {
        int vote = draft.value();
        return access.visible(id, caller)
                .invoke(s -> StatementBoard.requireOpen(s.deliberation()))
                .chain(s -> participants.of(s).chain(p -> {
                    return limits.check(RateLimits.Kind.VOTE, p.id.toString())
                            .chain(Panache::getSession).chain(session -> lockApproved(session, id, statementId)
                            .chain(() -> previous(session, statementId, p.id))
                            .chain(before -> before != null && before == vote
                                    ? Uni.createFrom().item(0)
                                    : record(session, statementId, p.id, id, vote, before)))
                            .chain(changed -> Statement.<Statement>findById(statementId)
                                    .call(st -> Panache.getSession().chain(session -> session.refresh(st)))
                                    .chain(st -> changed == 0 ? Uni.createFrom().item(StatementView.of(st, vote))
                                            : outbox.publish(new VoteCast(s.deliberation().missionId, id.toString(),
                                                            statementId.toString(), p.id.toString(), vote, st.agrees,
                                                            st.disagrees, st.passes, st.version, Instant.now()))
                                                    .map(ignored -> StatementView.of(st, vote))));
                }));
    }

    private static Uni<Void> lockApproved(Mutiny.Session session, UUID deliberationId, UUID statementId) {
        return session.createNativeQuery("select status from statements where id = :s and deliberation_id = :d"
                        + " for update", String.class)
                .setParameter("s", statementId).setParameter("d", deliberationId).getResultList()
                .invoke(status -> {
                    if (status.isEmpty()) {
                        throw ProblemException.notFound("Statement " + statementId);
                    }
                    if (!"APPROVED".equals(status.get(0))) {
                        throw new ProblemException(Response.Status.CONFLICT, "Only approved statements take votes");
                    }
                })
                .replaceWithVoid();
    }

    private static Uni<Integer> previous(Mutiny.Session session, UUID statementId, UUID participantId) {
        return session.createNativeQuery("select cast(vote as integer) from votes where statement_id = :s"
                        + " and participant_id = :p", Integer.class)
                .setParameter("s", statementId).setParameter("p", participantId).getResultList()
                .map(List::stream).map(votes -> votes.findFirst().orElse(null));
    }

    /** Stores the vote and moves the counts from the old vote (if any) to the new one. */
    private static Uni<Integer> record(Mutiny.Session session, UUID statementId, UUID participantId,
                                       UUID deliberationId, int vote, Integer before) {
        return session.createNativeQuery("insert into votes (statement_id, participant_id, deliberation_id, vote,"
                        + " voted_at) values (:s, :p, :d, :v, now()) on conflict (statement_id, participant_id)"
                        + " do update set vote = excluded.vote, voted_at = excluded.voted_at")
                .setParameter("s", statementId).setParameter("p", participantId).setParameter("d", deliberationId)
                .setParameter("v", (short) vote).executeUpdate()
                .chain(() -> session.createNativeQuery("update statements set agrees = agrees + :da,"
                                + " disagrees = disagrees + :dd, passes = passes + :dp, version = version + 1"
                                + " where id = :s")
                        .setParameter("da", delta(1, vote, before)).setParameter("dd", delta(-1, vote, before))
                        .setParameter("dp", delta(0, vote, before)).setParameter("s", statementId).executeUpdate());
    }

    private static int delta(int kind, int vote, Integer before) {
        return (vote == kind ? 1 : 0) - (before != null && before == kind ? 1 : 0);
    }
}
