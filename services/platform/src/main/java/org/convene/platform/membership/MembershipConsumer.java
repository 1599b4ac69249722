package org.convene.platform.membership;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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

    public MembershipConsumer(MembershipProjection projection) {
        this.projection = projection;
    }

    @Incoming("memberships")
    public Uni<Void> onMembership(String record) {
        return projection.onRecord(record);
    }
}
