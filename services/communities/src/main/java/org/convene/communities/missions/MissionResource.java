package org.convene.communities.missions;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.convene.communities.organisations.Organisation;
import org.convene.platform.security.CurrentUser;

@Path("/missions")
@Authenticated
public class MissionResource {

    private final Missions missions;
    private final Memberships memberships;
    private final CurrentUser user;

    public MissionResource(Missions missions, Memberships memberships, CurrentUser user) {
        this.missions = missions;
        this.memberships = memberships;
        this.user = user;
    }

    @POST
    @WithTransaction
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") MissionDraft draft) {
        return missions.create(draft, user)
                .map(view -> Response.created(URI.create("/missions/" + view.id())).entity(view).build());
    }

    /** The mission directory: public missions and the caller's private ones, with optional filters. */
    @GET
    @WithSession
    public Uni<List<MissionView>> list(@QueryParam("q") String query,
                                       @QueryParam("mine") @DefaultValue("false") boolean mine,
                                       @QueryParam("theme") @Pattern(regexp = MissionDraft.THEMES,
                                               message = "one of " + MissionDraft.THEMES) String theme,
                                       @QueryParam("stakeholderType") @Pattern(regexp = Organisation.STAKEHOLDER_TYPES,
                                               message = Organisation.STAKEHOLDER_TYPES_MESSAGE)
                                       String stakeholderType) {
        return missions.list(new MissionFilter(query, mine, theme, stakeholderType), user);
    }

    @GET
    @Path("/{missionId}")
    @WithSession
    public Uni<MissionView> get(@PathParam("missionId") UUID missionId) {
        return missions.get(missionId, user);
    }

    @GET
    @Path("/{missionId}/members")
    @WithSession
    public Uni<List<MemberView>> members(@PathParam("missionId") UUID missionId) {
        return missions.members(missionId, user);
    }

    /**
     * Joins the mission as the caller: 201 when they joined now (a public mission, or a private
     * one they are invited to), 200 when they were a member already.
     */
    @POST
    @Path("/{missionId}/members")
    @WithTransaction
    public Uni<Response> join(@PathParam("missionId") UUID missionId) {
        return memberships.join(missionId, user)
                .map(r -> Response.status(r.created() ? 201 : 200).entity(r.member()).build());
    }

    /** Leaves the mission ("me"), or, for a convener, removes a member. */
    @DELETE
    @Path("/{missionId}/members/{userId}")
    @WithTransaction
    public Uni<Response> remove(@PathParam("missionId") UUID missionId, @PathParam("userId") String userId) {
        return memberships.remove(missionId, "me".equals(userId) ? user.id() : userId, user)
                .replaceWith(Response.noContent().build());
    }

    @PUT
    @Path("/{missionId}/members/{userId}/role")
    @WithTransaction
    public Uni<MemberView> changeRole(@PathParam("missionId") UUID missionId, @PathParam("userId") String userId,
                                      @Valid @NotNull(message = "a JSON body is required") RoleChange change) {
        return memberships.changeRole(missionId, userId, change, user);
    }
}
