package org.convene.communities.organisations;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
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
import org.convene.communities.organisations.OrganisationViews.Member;
import org.convene.communities.organisations.OrganisationViews.Profile;
import org.convene.communities.organisations.OrganisationViews.Summary;
import org.convene.platform.security.CurrentUser;

@Path("/organisations")
@Authenticated
public class OrganisationResource {

    private final Organisations organisations;
    private final CurrentUser user;

    public OrganisationResource(Organisations organisations, CurrentUser user) {
        this.organisations = organisations;
        this.user = user;
    }

    /** Creates an organisation; the caller becomes its first admin. */
    @POST
    @WithTransaction
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") OrganisationDraft draft) {
        return organisations.create(draft, user)
                .map(o -> Response.created(URI.create("/organisations/" + o.id())).entity(o).build());
    }

    @GET
    @WithSession
    public Uni<List<Summary>> list(@QueryParam("q") String query,
                                   @QueryParam("stakeholderType") @Pattern(regexp = Organisation.STAKEHOLDER_TYPES,
                                           message = Organisation.STAKEHOLDER_TYPES_MESSAGE) String stakeholderType) {
        return organisations.list(query, stakeholderType, user);
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<Profile> profile(@PathParam("id") UUID id) {
        return organisations.profile(id, user);
    }

    @PUT
    @Path("/{id}")
    @WithTransaction
    public Uni<Summary> update(@PathParam("id") UUID id,
                               @Valid @NotNull(message = "a JSON body is required") OrganisationDraft draft) {
        return organisations.update(id, draft, user);
    }

    /** An admin changes a member's role; people are added only by accepting an invitation. */
    @PUT
    @Path("/{id}/members/{userId}")
    @WithTransaction
    public Uni<Member> changeRole(@PathParam("id") UUID id, @PathParam("userId") String userId,
                                  @Valid @NotNull(message = "a JSON body is required") MemberRole role) {
        return organisations.changeRole(id, userId, role, user);
    }

    /** The caller leaves ("me"), or an admin removes a member. */
    @DELETE
    @Path("/{id}/members/{userId}")
    @WithTransaction
    public Uni<Response> removeMember(@PathParam("id") UUID id, @PathParam("userId") String userId) {
        return organisations.removeMember(id, "me".equals(userId) ? user.id() : userId, user)
                .replaceWith(Response.noContent().build());
    }
}
