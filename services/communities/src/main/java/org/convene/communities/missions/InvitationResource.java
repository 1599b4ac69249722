package org.convene.communities.missions;

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
import org.convene.platform.security.CurrentUser;

@Path("/missions/{missionId}/invitations")
@Authenticated
public class InvitationResource {

    private final Invitations invitations;
    private final CurrentUser user;

    public InvitationResource(Invitations invitations, CurrentUser user) {
        this.invitations = invitations;
        this.user = user;
    }

    @POST
    @WithTransaction
    public Uni<Response> invite(@PathParam("missionId") UUID missionId,
                                @Valid @NotNull(message = "a JSON body is required") InvitationDraft draft) {
        return invitations.invite(missionId, draft, user).map(v -> Response.status(201).entity(v).build());
    }

    @GET
    @WithSession
    public Uni<List<InvitationView>> ofMission(@PathParam("missionId") UUID missionId) {
        return invitations.ofMission(missionId, user);
    }

    @POST
    @Path("/me/acceptance")
    @WithTransaction
    public Uni<Response> accept(@PathParam("missionId") UUID missionId) {
        return invitations.accept(missionId, user).map(m -> Response.status(201).entity(m).build());
    }

    /** The invitee declines ("me"), or a convener withdraws an invitation. */
    @DELETE
    @Path("/{userId}")
    @WithTransaction
    public Uni<Response> dismiss(@PathParam("missionId") UUID missionId, @PathParam("userId") String userId) {
        return invitations.dismiss(missionId, "me".equals(userId) ? user.id() : userId, user)
                .replaceWith(Response.noContent().build());
    }
}
