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

    private final Themes themes;
    private final ThemeResponses responses;
    private final CurrentUser user;

    public ThemeResource(Themes themes, ThemeResponses responses, CurrentUser user) {
        this.themes = themes;
        this.responses = responses;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<List<ThemeView>> list(@PathParam("missionId") UUID missionId) {
        return themes.ofMission(missionId.toString(), user);
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
