package org.convene.engagement.surveys;

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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.convene.engagement.surveys.SurveyViews.SurveyView;
import org.convene.platform.security.CurrentUser;

@Path("/missions/{missionId}/surveys")
@Authenticated
public class MissionSurveyResource {

    private final Surveys surveys;
    private final CurrentUser user;

    public MissionSurveyResource(Surveys surveys, CurrentUser user) {
        this.surveys = surveys;
        this.user = user;
    }

    @POST
    @WithTransaction
    public Uni<Response> create(@PathParam("missionId") UUID missionId,
                                @Valid @NotNull(message = "a JSON body is required") SurveyDraft draft) {
        return surveys.create(missionId.toString(), draft, user)
                .map(s -> Response.created(URI.create("/surveys/" + s.id())).entity(s).build());
    }

    @GET
    @WithSession
    public Uni<List<SurveyView>> list(@PathParam("missionId") UUID missionId) {
        return surveys.ofMission(missionId.toString(), user);
    }
}
