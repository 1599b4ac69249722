package org.convene.communities.organisations;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.convene.communities.organisations.OrganisationViews.Participation;
import org.convene.communities.organisations.OrganisationViews.Summary;
import org.convene.platform.security.CurrentUser;

/** The caller's organisations, and missions inviting the organisations they speak for. */
@Path("/me/organisations")
@Authenticated
public class MyOrganisationsResource {

    private final Organisations organisations;
    private final Participations participations;
    private final CurrentUser user;

    public MyOrganisationsResource(Organisations organisations, Participations participations, CurrentUser user) {
        this.organisations = organisations;
        this.participations = participations;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<List<Summary>> mine() {
        return organisations.mine(user);
    }

    @GET
    @Path("/invitations")
    @WithSession
    public Uni<List<Participation>> invitations() {
        return participations.invitationsFor(user);
    }
}
