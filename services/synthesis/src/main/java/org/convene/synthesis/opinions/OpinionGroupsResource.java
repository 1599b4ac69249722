package org.convene.synthesis.opinions;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.convene.platform.security.CurrentUser;

@Path("/deliberations/{deliberationId}/opinion-groups")
@Authenticated
public class OpinionGroupsResource {

    private final OpinionGroups opinions;
    private final CurrentUser user;

    public OpinionGroupsResource(OpinionGroups opinions, CurrentUser user) {
        this.opinions = opinions;
        this.user = user;
    }

    /**
     * The opinion map from the votes so far (participants with at least 7 votes): the one kept for
     * the deliberation, while a newer one is computed if votes arrived since ({@link OpinionGroups}).
     */
    @GET
    public Uni<OpinionGroupsView> get(@PathParam("deliberationId") UUID deliberationId) {
        return opinions.of(deliberationId.toString(), user);
    }
}
