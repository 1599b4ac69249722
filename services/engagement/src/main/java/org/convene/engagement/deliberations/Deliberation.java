package org.convene.engagement.deliberations;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A question put to participants, who answer with short statements and votes on each other's. */
@Entity
@Table(name = "deliberations")
public class Deliberation extends PanacheEntityBase {

    public enum State { SCHEDULED, OPEN, CLOSED }

    @Id
    public UUID id;

    @Column(columnDefinition = "text", name = "mission_id", nullable = false)
    public String missionId;

    @Column(columnDefinition = "text", nullable = false)
    public String question;

    @Column(columnDefinition = "text", nullable = false)
    public String background;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    /** Set when a convener closed it before its closing time. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "link_access", nullable = false)
    public boolean linkAccess;

    @Column(name = "auto_approve", nullable = false)
    public boolean autoApprove;

    @Column(columnDefinition = "text", name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "statement_count", nullable = false)
    public int statementCount;

    @Column(name = "participant_count", nullable = false)
    public int participantCount;

    /** The next statement or participant number (0, 1, 2, ...), taken under the deliberation's row lock. */
    /** Locks the deliberation's row until the transaction ends, so that participants are created one at a time. */
    static Uni<Void> lockForNewParticipant(UUID id) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select id from deliberations where id = :id for update", UUID.class)
                .setParameter("id", id).getSingleResult())
                .replaceWithVoid();
    }

    static Uni<Integer> nextNumber(UUID id, boolean statement) {
        String counter = statement ? "statement_count" : "participant_count";
        return Panache.getSession().chain(session -> session.createNativeQuery("update deliberations set " + counter
                        + " = " + counter + " + 1 where id = :id returning " + counter, Integer.class)
                .setParameter("id", id).getSingleResult())
                .map(count -> count - 1);
    }

    public State state(Instant now) {
        if (closedAt != null || (closesAt != null && !now.isBefore(closesAt))) {
            return State.CLOSED;
        }
        return now.isBefore(opensAt) ? State.SCHEDULED : State.OPEN;
    }
}
