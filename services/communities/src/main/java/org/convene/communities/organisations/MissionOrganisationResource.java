package org.convene.communities.organisations;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.convene.communities.organisations.MissionOrganisation.State;
import org.convene.communities.organisations.OrganisationViews.Participation;
import org.convene.platform.security.CurrentUser;

/** The organisations taking part in a mission. */
@Path("/missions/{missionId}/organisations")
@Authenticated
public class MissionOrganisationResource {

    private final Participations participations;
    private final CurrentUser user;

    public MissionOrganisationResource(Participations participations, CurrentUser user) {
        this.participations = participations;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<List<Participation>> list(@PathParam("missionId") UUID missionId) {
        return participations.ofMission(missionId, user);
    }

    /**
     * The caller agrees, for the organisation or for the mission, that the organisation takes
     * part: 201 when it joined with this call, 202 when the other side has yet to agree, 200
     * when nothing changed.
     */
    @POST
    @Path("/{organisationId}")
    @WithTransaction
    public Uni<Response> agree(@PathParam("missionId") UUID missionId,
                               @PathParam("organisationId") UUID organisationId) {
        return participations.agree(missionId, organisationId, user).map(o -> Response.status(
                o.joinedNow() ? 201 : State.JOINED.name().equals(o.participation().state()) ? 200 : 202)
                .entity(o.participation()).build());
    }

    /** The organisation leaves or declines; a convener removes it or withdraws the invitation. */
    @DELETE
    @Path("/{organisationId}")
    @WithTransaction
    public Uni<Response> withdraw(@PathParam("missionId") UUID missionId,
                                  @PathParam("organisationId") UUID organisationId) {
        return participations.withdraw(missionId, organisationId, user).replaceWith(Response.noContent().build());
    }
}
