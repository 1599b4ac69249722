package org.convene.communities.missions;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.convene.platform.security.CurrentUser;

/** The invitations waiting for the caller. */
@Path("/me/invitations")
@Authenticated
public class MyInvitationsResource {

    private final Invitations invitations;
    private final CurrentUser user;

    public MyInvitationsResource(Invitations invitations, CurrentUser user) {
        this.invitations = invitations;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<List<InvitationView>> mine() {
        return invitations.mine(user);
    }
}
