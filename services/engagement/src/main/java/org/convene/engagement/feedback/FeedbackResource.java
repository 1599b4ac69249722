package org.convene.engagement.feedback;

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
import org.convene.platform.security.CurrentUser;

@Path("/")
@Authenticated
public class FeedbackResource {

    private final FeedbackIntake intake;
    private final CurrentUser user;

    public FeedbackResource(FeedbackIntake intake, CurrentUser user) {
        this.intake = intake;
        this.user = user;
    }

    /** Answers 201 only once the feedback is committed to the database. */
    @POST
    @Path("missions/{missionId}/feedback")
    @WithTransaction
    public Uni<Response> submit(@PathParam("missionId") UUID missionId,
                                @Valid @NotNull(message = "a JSON body is required") FeedbackDraft draft) {
        return intake.submit(missionId.toString(), draft, user)
                .map(view -> Response.created(URI.create("/me/feedback/" + view.id())).entity(view).build());
    }

    @GET
    @Path("me/feedback")
    @WithSession
    public Uni<List<FeedbackView>> mine() {
        return intake.mine(user);
    }
}
