package org.convene.communities.organisations;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.convene.communities.organisations.OrganisationViews.PersonInvitation;
import org.convene.platform.security.CurrentUser;

/** Invitations of people into an organisation: its admins invite, the person accepts or declines. */
@Path("/organisations/{id}/invitations")
@Authenticated
public class OrganisationInvitationResource {

    private final OrganisationInvitations invitations;
    private final CurrentUser user;

    public OrganisationInvitationResource(OrganisationInvitations invitations, CurrentUser user) {
        this.invitations = invitations;
        this.user = user;
    }

    @POST
    @WithTransaction
    public Uni<Response> invite(@PathParam("id") UUID id,
                                @Valid @NotNull(message = "a JSON body is required") OrganisationInvitationDraft draft) {
        return invitations.invite(id, draft, user).map(v -> Response.status(201).entity(v).build());
    }

    @GET
    @WithSession
    public Uni<List<PersonInvitation>> ofOrganisation(@PathParam("id") UUID id) {
        return invitations.ofOrganisation(id, user);
    }

    @POST
    @Path("/me/acceptance")
    @WithTransaction
    public Uni<Response> accept(@PathParam("id") UUID id) {
        return invitations.accept(id, user).map(m -> Response.status(201).entity(m).build());
    }

    /** The invitee declines ("me"), or an admin withdraws an invitation. */
    @DELETE
    @Path("/{userId}")
    @WithTransaction
    public Uni<Response> dismiss(@PathParam("id") UUID id, @PathParam("userId") String userId) {
        return invitations.dismiss(id, "me".equals(userId) ? user.id() : userId, user)
                .replaceWith(Response.noContent().build());
    }
}
