package org.convene.engagement.deliberations;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.platform.security.CurrentUser;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A deliberation's room. Open to anonymous callers too: each operation decides from the
 * caller's standing (signed-in member, signed-in visitor of a link, or anonymous participant).
 */
@Path("/deliberations/{id}")
@PermitAll
public class DeliberationResource {

    private final Deliberations deliberations;
    private final Participants participants;
    private final DeliberationAccess access;
    private final StatementBoard board;
    private final Voting voting;
    private final DeliberationReport report;
    private final PolisInterchange polis;
    private final SecurityIdentity identity;
    private final CurrentUser user;

    public DeliberationResource(Deliberations deliberations, Participants participants, DeliberationAccess access,
                                StatementBoard board, Voting voting, DeliberationReport report,
                                PolisInterchange polis, SecurityIdentity identity, CurrentUser user) {
        this.deliberations = deliberations;
        this.participants = participants;
        this.access = access;
        this.board = board;
        this.voting = voting;
        this.report = report;
        this.polis = polis;
        this.identity = identity;
        this.user = user;
    }

    @HeaderParam(Caller.PARTICIPANT_HEADER)
    String participantToken;

    private Caller caller() {
        return Caller.of(identity, user, participantToken);
    }

    @GET
    @WithSession
    public Uni<DeliberationView> get(@PathParam("id") UUID id) {
        return deliberations.get(id, caller());
    }

    /** An anonymous browser joins by link; it must keep the returned token and send it back. */
    @POST
    @Path("/participants")
    @WithTransaction
    public Uni<Response> join(@PathParam("id") UUID id) {
        return access.visible(id, caller()).chain(participants::joinAnonymously)
                .map(j -> Response.status(201).entity(Map.of("participantNumber", j.participant().number,
                        "token", j.token(), "header", Caller.PARTICIPANT_HEADER)).build());
    }

    @GET
    @Path("/statements")
    @WithSession
    public Uni<List<StatementView>> statements(@PathParam("id") UUID id,
                                               @QueryParam("status") @Pattern(regexp = "PENDING|APPROVED|REJECTED",
                                                       message = "PENDING, APPROVED or REJECTED") String status) {
        return board.list(id, status, caller());
    }

    /** 201 with status APPROVED (published) or PENDING (waiting for moderation); 409 for a near-duplicate. */
    @POST
    @Path("/statements")
    @WithTransaction
    public Uni<Response> submit(@PathParam("id") UUID id,
                                @Valid @NotNull(message = "a JSON body is required") StatementDraft draft) {
        return board.submit(id, draft, caller()).map(v -> Response.status(201).entity(v).build());
    }

    @POST
    @Path("/statements/{statementId}/moderation")
    @WithTransaction
    public Uni<StatementView> moderate(@PathParam("id") UUID id, @PathParam("statementId") UUID statementId,
                                       @Valid @NotNull(message = "a JSON body is required") Moderation decision) {
        return board.moderate(id, statementId, decision, caller());
    }

    @PUT
    @Path("/statements/{statementId}/vote")
    @WithTransaction
    public Uni<StatementView> vote(@PathParam("id") UUID id, @PathParam("statementId") UUID statementId,
                                   @Valid @NotNull(message = "a JSON body is required") VoteDraft draft) {
        return voting.vote(id, statementId, draft, caller());
    }

    /** The next statement to vote on, or 204 when the caller has voted on all. */
    @GET
    @Path("/next")
    @WithSession
    public Uni<Response> next(@PathParam("id") UUID id) {
        return board.next(id, caller())
                .map(v -> v == null ? Response.noContent().build() : Response.ok(v).build());
    }

    @POST
    @Path("/closure")
    @WithTransaction
    public Uni<DeliberationView> close(@PathParam("id") UUID id) {
        return deliberations.close(id, caller());
    }

    @GET
    @Path("/report")
    @WithSession
    public Uni<DeliberationReport.Report> report(@PathParam("id") UUID id) {
        return report.of(id, caller());
    }

    /**
     * A Pol.is export's comments.csv and votes.csv, as the parts of a multipart form; its caller
     * and size are checked before the body is read ({@link PolisImportGate}).
     */
    @POST
    @Path("/polis-import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PolisImportGate.Guarded
    @WithTransaction
    public Uni<Response> importPolis(@PathParam("id") UUID id, @RestForm("comments") String comments,
                                     @RestForm("votes") String votes) {
        PolisImportGate.requireWithinCap(comments, votes);
        return polis.importInto(id, comments, votes, caller()).map(i -> Response.status(201).entity(i).build());
    }

    @GET
    @Path("/polis-export/comments.csv")
    @Produces("text/csv")
    @WithSession
    public Uni<String> exportComments(@PathParam("id") UUID id) {
        return polis.exportComments(id, caller());
    }

    @GET
    @Path("/polis-export/votes.csv")
    @Produces("text/csv")
    @WithSession
    public Uni<String> exportVotes(@PathParam("id") UUID id) {
        return polis.exportVotes(id, caller());
    }
}
