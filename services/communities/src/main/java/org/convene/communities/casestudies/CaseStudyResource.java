package org.convene.communities.casestudies;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.convene.communities.casestudies.CaseStudyViews.CaseStudyView;
import org.convene.communities.casestudies.CaseStudyViews.CommentDraft;
import org.convene.communities.casestudies.CaseStudyViews.CommentView;
import org.convene.communities.casestudies.CaseStudyViews.SearchHit;
import org.convene.platform.security.CurrentUser;

@Path("/case-studies")
@Authenticated
public class CaseStudyResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final CaseStudies studies;
    private final CurrentUser user;

    public CaseStudyResource(CaseStudies studies, CurrentUser user) {
        this.studies = studies;
        this.user = user;
    }

    /** Full-text search over published case studies; every filter is optional. */
    @GET
    @WithSession
    public Uni<List<SearchHit>> search(@QueryParam("q") String query, @QueryParam("mission") UUID mission,
                                       @QueryParam("tag") String tag, @QueryParam("stakeholderType") String type,
                                       @QueryParam("place") String place) {
        return studies.search(query, mission == null ? null : mission.toString(), tag, type, place, user);
    }

    /** Creates a draft; only its author sees it until it is published. */
    @POST
    @WithTransaction
    public Uni<Response> create(@Valid @NotNull(message = BODY_REQUIRED) CaseStudyDraft draft) {
        return studies.create(draft, user)
                .map(view -> Response.created(URI.create("/case-studies/" + view.id())).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @WithSession
    public Uni<CaseStudyView> get(@PathParam("id") UUID id) {
        return studies.get(id, user);
    }

    @PUT
    @Path("/{id}")
    @WithTransaction
    public Uni<CaseStudyView> update(@PathParam("id") UUID id,
                                     @Valid @NotNull(message = BODY_REQUIRED) CaseStudyDraft draft) {
        return studies.update(id, draft, user);
    }

    @POST
    @Path("/{id}/publication")
    @WithTransaction
    public Uni<CaseStudyView> publish(@PathParam("id") UUID id) {
        return studies.publish(id, user);
    }

    @GET
    @Path("/{id}/comments")
    @WithSession
    public Uni<List<CommentView>> comments(@PathParam("id") UUID id) {
        return studies.comments(id, user);
    }

    @POST
    @Path("/{id}/comments")
    @WithTransaction
    public Uni<Response> comment(@PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) CommentDraft draft) {
        return studies.comment(id, draft, user).map(c -> Response.status(201).entity(c).build());
    }

    @PUT
    @Path("/{id}/useful")
    @WithTransaction
    public Uni<CaseStudyView> markUseful(@PathParam("id") UUID id) {
        return studies.markUseful(id, true, user);
    }

    @DELETE
    @Path("/{id}/useful")
    @WithTransaction
    public Uni<CaseStudyView> unmarkUseful(@PathParam("id") UUID id) {
        return studies.markUseful(id, false, user);
    }
}
