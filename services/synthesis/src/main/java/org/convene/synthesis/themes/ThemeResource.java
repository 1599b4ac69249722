package org.convene.synthesis.themes;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.convene.platform.security.CurrentUser;

@Path("/missions/{missionId}/themes")
@Authenticated
public class ThemeResource {

    private final Themes themes;
    private final CurrentUser user;

    public ThemeResource(Themes themes, CurrentUser user) {
        this.themes = themes;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<List<ThemeView>> list(@PathParam("missionId") UUID missionId) {
        return themes.ofMission(missionId.toString(), user);
    }
}
