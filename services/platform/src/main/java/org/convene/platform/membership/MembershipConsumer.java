package org.convene.platform.membership;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.convene.platform.events.IncomingEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the communities service's membership events into this service's read model. Present in
 * the services that set {@code convene.membership-view.enabled=true} (not in communities itself,
 * which owns memberships).
 */
@ApplicationScoped
@IfBuildProperty(name = "convene.membership-view.enabled", stringValue = "true")
public class MembershipConsumer {

    private final MembershipProjection projection;
    private final IncomingEvents incoming;

    public MembershipConsumer(MembershipProjection projection, IncomingEvents incoming) {
        this.projection = projection;
        this.incoming = incoming;
    }

    @Incoming("memberships")
    public Uni<Void> onMembership(String record) {
        return incoming.consume("memberships", record, projection::apply);
    }
}
