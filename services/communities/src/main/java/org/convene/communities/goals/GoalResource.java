package org.convene.communities.goals;

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
import java.util.UUID;
import org.convene.communities.goals.GoalDrafts.GoalDraft;
import org.convene.communities.goals.GoalDrafts.ProgressDraft;
import org.convene.communities.goals.GoalDrafts.TargetDraft;
import org.convene.communities.goals.GoalViews.GoalsView;
import org.convene.platform.security.CurrentUser;

@Path("/missions/{missionId}")
@Authenticated
public class GoalResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final Goals goals;
    private final CurrentUser user;

    public GoalResource(Goals goals, CurrentUser user) {
        this.goals = goals;
        this.user = user;
    }

    /** Goals and targets with their progress, for whoever can see the mission. */
    @GET
    @Path("/goals")
    @WithSession
    public Uni<GoalsView> list(@PathParam("missionId") UUID missionId) {
        return goals.of(missionId, user);
    }

    @POST
    @Path("/goals")
    @WithTransaction
    public Uni<Response> addGoal(@PathParam("missionId") UUID missionId,
                                 @Valid @NotNull(message = BODY_REQUIRED) GoalDraft draft) {
        return goals.addGoal(missionId, draft, user).map(view -> Response.status(201).entity(view).build());
    }

    @POST
    @Path("/targets")
    @WithTransaction
    public Uni<Response> addTarget(@PathParam("missionId") UUID missionId,
                                   @Valid @NotNull(message = BODY_REQUIRED) TargetDraft draft) {
        return goals.addTarget(missionId, draft, user).map(view -> Response.status(201).entity(view).build());
    }

    @POST
    @Path("/targets/{targetId}/progress")
    @WithTransaction
    public Uni<Response> addProgress(@PathParam("missionId") UUID missionId, @PathParam("targetId") UUID targetId,
                                     @Valid @NotNull(message = BODY_REQUIRED) ProgressDraft draft) {
        return goals.addProgress(missionId, targetId, draft, user)
                .map(view -> Response.status(201).entity(view).build());
    }
}
