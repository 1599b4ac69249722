package org.convene.engagement.deliberations;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.convene.platform.security.CurrentUser;

/** The deliberations in the caller's missions, for their home page. */
@Path("/me/deliberations")
@Authenticated
public class MyDeliberationsResource {

    private final Deliberations deliberations;
    private final SecurityIdentity identity;
    private final CurrentUser user;

    public MyDeliberationsResource(Deliberations deliberations, SecurityIdentity identity, CurrentUser user) {
        this.deliberations = deliberations;
        this.identity = identity;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<List<DeliberationView>> mine() {
        return deliberations.inMyMissions(Caller.of(identity, user, null));
    }
}
