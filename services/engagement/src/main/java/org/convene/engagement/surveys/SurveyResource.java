package org.convene.engagement.surveys;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.convene.engagement.surveys.SurveyViews.ResponseDraft;
import org.convene.engagement.surveys.SurveyViews.Results;
import org.convene.engagement.surveys.SurveyViews.SurveyView;
import org.convene.platform.security.CurrentUser;

@Path("/surveys/{id}")
@Authenticated
public class SurveyResource {

    private final Surveys surveys;
    private final SurveyResponses responses;
    private final CurrentUser user;

    public SurveyResource(Surveys surveys, SurveyResponses responses, CurrentUser user) {
        this.surveys = surveys;
        this.responses = responses;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<SurveyView> get(@PathParam("id") UUID id) {
        return surveys.get(id, user);
    }

    /** Answers the current round: 201 once stored; 409 when answered already or not open. */
    @POST
    @Path("/responses")
    @WithTransaction
    public Uni<Response> respond(@PathParam("id") UUID id,
                                 @NotNull(message = "a JSON body is required") ResponseDraft draft) {
        return responses.respond(id, draft, user)
                .map(round -> Response.status(201).entity(Map.of("round", round, "answered", true)).build());
    }

    @GET
    @Path("/results")
    @WithSession
    public Uni<Results> results(@PathParam("id") UUID id) {
        return responses.results(id, user);
    }
}
