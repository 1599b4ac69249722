package org.convene.engagement.deliberations;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.convene.platform.security.CurrentUser;

/** A mission's deliberations: opened by its conveners and facilitators, listed for its members. */
@Path("/missions/{missionId}/deliberations")
@Authenticated
public class MissionDeliberationResource {

    private final Deliberations deliberations;
    private final SecurityIdentity identity;
    private final CurrentUser user;

    public MissionDeliberationResource(Deliberations deliberations, SecurityIdentity identity, CurrentUser user) {
        this.deliberations = deliberations;
        this.identity = identity;
        this.user = user;
    }

    @POST
    @WithTransaction
    public Uni<Response> open(@PathParam("missionId") UUID missionId,
                              @Valid @NotNull(message = "a JSON body is required") DeliberationDraft draft) {
        return deliberations.open(missionId.toString(), draft, Caller.of(identity, user, null))
                .map(d -> Response.created(URI.create("/deliberations/" + d.id())).entity(d).build());
    }

    @GET
    @WithSession
    public Uni<List<DeliberationView>> list(@PathParam("missionId") UUID missionId) {
        return deliberations.ofMission(missionId.toString(), Caller.of(identity, user, null));
    }
}
