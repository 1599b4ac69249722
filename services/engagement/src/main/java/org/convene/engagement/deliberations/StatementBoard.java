package org.convene.engagement.deliberations;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convene.contracts.StatementPublished;
import org.convene.engagement.deliberations.DeliberationAccess.Standing;
import org.convene.engagement.limits.RateLimits;
import org.convene.platform.api.Problem;
import org.convene.platform.api.ProblemException;
import org.convene.platform.outbox.Outbox;

/**
 * Statements: submitted by participants (near-duplicates are pointed to the statement that
 * exists), moderated unless the deliberation approves on arrival, listed with counts, and handed
 * out one at a time, fewest votes first.
 */
@ApplicationScoped
public class StatementBoard {

    /** Trigram similarity from which a new statement counts as saying the same as an old one. */
    static final double NEAR_DUPLICATE = 0.6;

    private final DeliberationAccess access;
    private final Participants participants;
    private final RateLimits limits;
    private final Outbox outbox;

    public StatementBoard(DeliberationAccess access, Participants participants, RateLimits limits, Outbox outbox) {
        this.access = access;
        this.participants = participants;
        this.limits = limits;
        this.outbox = outbox;
    }

    /** A seed statement of a new deliberation, by its convener's participant, published at once. */
    Uni<Void> seed(Deliberation d, Participant author, String text) {
        return insert(d, author, text, Statement.Status.APPROVED, true).replaceWithVoid();
    }

    public Uni<StatementView> submit(UUID id, StatementDraft draft, Caller caller) {
        String text = draft.text().strip().replaceAll("\\s+", " ");
        return access.visible(id, caller)
                .invoke(s -> requireOpen(s.deliberation()))
                .chain(s -> participants.of(s).chain(author -> {
                    return limits.check(RateLimits.Kind.STATEMENT, author.id.toString())
                            .chain(() -> nearDuplicate(id, text, s.moderator(), author)).chain(existing -> {
                        if (existing != null) {
                            throw new ProblemException(Problem.of(Response.Status.CONFLICT,
                                    "A statement like this exists already: vote on it instead")
                                    .with("existing", StatementView.of(existing, null)));
                        }
                        Statement.Status status = s.deliberation().autoApprove
                                ? Statement.Status.APPROVED : Statement.Status.PENDING;
                        return insert(s.deliberation(), author, text, status, false).map(st -> StatementView.of(st, null));
                    });
                }));
    }

    public Uni<StatementView> moderate(UUID id, UUID statementId, Moderation decision, Caller caller) {
        return access.moderator(id, caller).chain(s -> statement(id, statementId).chain(st -> {
            if (st.status != Statement.Status.PENDING) {
                throw new ProblemException(Response.Status.CONFLICT, "This statement was moderated already ("
                        + st.status.name().toLowerCase() + ")");
            }
            if ("REJECT".equals(decision.decision())) {
                st.status = Statement.Status.REJECTED;
                st.rejectReason = decision.reason().strip();
                return Uni.createFrom().item(StatementView.of(st, null));
            }
            st.status = Statement.Status.APPROVED;
            return outbox.publish(published(s.deliberation(), st)).map(ignored -> StatementView.of(st, null));
        }));
    }

    /**
     * Approved statements for everyone; PENDING or REJECTED ones for moderators only. Each comes
     * with the caller's vote when they have one.
     */
    public Uni<List<StatementView>> list(UUID id, String status, Caller caller) {
        Statement.Status wanted = status == null ? Statement.Status.APPROVED : Statement.Status.valueOf(status);
        return access.visible(id, caller).chain(s -> {
            if (wanted != Statement.Status.APPROVED && !s.moderator()) {
                throw ProblemException.forbidden("Only moderators see statements that are not approved");
            }
            return Statement.<Statement>list("deliberationId = ?1 and status = ?2 order by number", id, wanted)
                    .chain(list -> myVotes(s).map(mine -> list.stream()
                            .map(st -> StatementView.of(st, mine.get(st.id))).toList()));
        });
    }

    /** The next approved statement the caller has not voted on, favouring those with few votes; null when none. */
    public Uni<StatementView> next(UUID id, Caller caller) {
        return access.visible(id, caller).chain(s -> Participants.existing(s).chain(p -> Panache.getSession()
                .chain(session -> session.createNativeQuery("select cast(id as text) from statements"
                                + " where deliberation_id = :d and status = 'APPROVED' and not exists (select 1 from"
                                + " votes v where v.statement_id = statements.id and v.participant_id = :p)"
                                + " order by agrees + disagrees + passes, random() limit 1", String.class)
                        .setParameter("d", id)
                        .setParameter("p", p == null ? new UUID(0, 0) : p.id)
                        .getResultList()))
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().nullItem()
                        : Statement.<Statement>findById(UUID.fromString(ids.get(0))).map(st -> StatementView.of(st, null))));
    }

    static void requireOpen(Deliberation d) {
        Deliberation.State state = d.state(Instant.now());
        if (state != Deliberation.State.OPEN) {
            throw new ProblemException(Response.Status.CONFLICT, state == Deliberation.State.CLOSED
                    ? "This deliberation is closed" : "This deliberation has not opened yet");
        }
    }

    static Uni<Statement> statement(UUID deliberationId, UUID statementId) {
        return Statement.<Statement>find("id = ?1 and deliberationId = ?2", statementId, deliberationId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Statement " + statementId));
    }

    static StatementPublished published(Deliberation d, Statement st) {
        return new StatementPublished(d.missionId, d.id.toString(), st.id.toString(), st.number, st.text, Instant.now());
    }

    private Uni<Map<UUID, Integer>> myVotes(Standing s) {
        return Participants.existing(s).chain(p -> p == null ? Uni.createFrom().item(Map.<UUID, Integer>of())
                : Panache.getSession().chain(session -> session.createNativeQuery(
                                "select cast(statement_id as text), vote from votes where participant_id = :p", Object[].class)
                        .setParameter("p", p.id).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> UUID.fromString((String) r[0]),
                        r -> ((Number) r[1]).intValue()))));
    }

    /**
     * The most similar statement that the author may see: approved ones, and pending ones to
     * moderators and to whoever wrote them. A statement still awaiting moderation is not named
     * to others, so for them a text like it is taken as a new one.
     */
    private Uni<Statement> nearDuplicate(UUID deliberationId, String text, boolean moderator, Participant author) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select cast(id as text) from statements where deliberation_id = :d and (status = 'APPROVED'"
                                + " or status = 'PENDING' and (:moderator or author_id = :author))"
                                + " and similarity(text, :t) >= :min order by similarity(text, :t) desc limit 1",
                        String.class)
                        .setParameter("d", deliberationId).setParameter("t", text).setParameter("min", NEAR_DUPLICATE)
                        .setParameter("moderator", moderator).setParameter("author", author.id)
                        .getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().nullItem()
                        : Statement.<Statement>findById(UUID.fromString(ids.get(0))));
    }

    private Uni<Statement> insert(Deliberation d, Participant author, String text, Statement.Status status, boolean seed) {
        return Deliberation.nextNumber(d.id, true)
                .chain(number -> {
                    Statement st = new Statement();
                    st.id = UUID.randomUUID();
                    st.deliberationId = d.id;
                    st.number = number;
                    st.authorId = author == null ? null : author.id;
                    st.text = text;
                    st.status = status;
                    st.seed = seed;
                    st.createdAt = Instant.now();
                    Uni<?> stored = st.persist();
                    if (status == Statement.Status.APPROVED) {
                        stored = stored.chain(() -> outbox.publish(published(d, st)));
                    }
                    return stored.replaceWith(st);
                });
    }
}
