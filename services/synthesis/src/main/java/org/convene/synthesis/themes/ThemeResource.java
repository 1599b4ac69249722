package org.convene.synthesis.themes;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.convene.platform.security.CurrentUser;
import org.convene.synthesis.responses.ResponseDraft;
import org.convene.synthesis.responses.ThemeResponses;

@Path("/missions/{missionId}/themes")
@Authenticated
public class ThemeResource {

    private final ThemeViews views;
    private final ThemeResponses responses;
    private final Reclustering reclustering;
    private final CurrentUser user;

    public ThemeResource(ThemeViews views, ThemeResponses responses, Reclustering reclustering, CurrentUser user) {
        this.views = views;
        this.responses = responses;
        this.reclustering = reclustering;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<List<ThemeView>> list(@PathParam("missionId") UUID missionId) {
        return views.ofMission(missionId.toString(), user);
    }

    @GET
    @Path("/{themeId}")
    @WithSession
    public Uni<ThemeDetail> one(@PathParam("missionId") UUID missionId, @PathParam("themeId") UUID themeId) {
        return views.one(missionId.toString(), themeId, user);
    }

    /** Redraws the mission's themes now (they are also redrawn on a schedule). */
    @POST
    @Path("/reclustering")
    @WithSession
    public Uni<Reclustering.Summary> recluster(@PathParam("missionId") UUID missionId) {
        return reclustering.requested(missionId.toString(), user);
    }

    /** A convener or facilitator answers a theme ("you said, we did"). */
    @POST
    @Path("/{themeId}/responses")
    @WithTransaction
    public Uni<Response> respond(@PathParam("missionId") UUID missionId, @PathParam("themeId") UUID themeId,
                                 @Valid @NotNull(message = "a JSON body is required") ResponseDraft draft) {
        return responses.respond(missionId.toString(), themeId, draft, user)
                .map(r -> Response.status(201).entity(r).build());
    }
}
