package org.convene.engagement.surveys;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.convene.engagement.surveys.SurveyViews.SurveyView;
import org.convene.platform.security.CurrentUser;

/** The surveys waiting for the caller's answer, across their missions. */
@Path("/me/surveys")
@Authenticated
public class MySurveysResource {

    private final Surveys surveys;
    private final CurrentUser user;

    public MySurveysResource(Surveys surveys, CurrentUser user) {
        this.surveys = surveys;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<List<SurveyView>> waiting() {
        return surveys.waitingFor(user);
    }
}
