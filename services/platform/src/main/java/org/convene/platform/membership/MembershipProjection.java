package org.convene.platform.membership;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.MembershipChanged;
import org.convene.platform.inbox.Inbox;

/**
 * Keeps {@link MissionMembers} up to date. Each service that needs the read model has a one-line
 * Kafka consumer on {@code communities.memberships} that hands the record here.
 */
@ApplicationScoped
public class MembershipProjection {

    private static final String CONSUMER = "membership-projection";

    private final Inbox inbox;
    private final MissionMembers members;

    public MembershipProjection(Inbox inbox, MissionMembers members) {
        this.inbox = inbox;
        this.members = members;
    }

    public Uni<Void> apply(EventEnvelope event) {
        if (!(event.data() instanceof MembershipChanged change)) {
            return Uni.createFrom().voidItem();
        }
        return inbox.applyOnce(CONSUMER, event, () -> members.apply(change));
    }
}
