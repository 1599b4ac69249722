package org.convene.communities.organisations;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.convene.communities.organisations.OrganisationViews.PersonInvitation;
import org.convene.platform.security.CurrentUser;

/** The invitations into organisations waiting for the caller. */
@Path("/me/organisation-invitations")
@Authenticated
public class MyOrganisationInvitationsResource {

    private final OrganisationInvitations invitations;
    private final CurrentUser user;

    public MyOrganisationInvitationsResource(OrganisationInvitations invitations, CurrentUser user) {
        this.invitations = invitations;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<List<PersonInvitation>> mine() {
        return invitations.mine(user);
    }
}
