package org.convene.engagement.deliberations;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.convene.contracts.VoteCast;
import org.convene.engagement.deliberations.PolisCsv.Comment;
import org.convene.engagement.deliberations.PolisCsv.Vote;
import org.convene.platform.api.ProblemException;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.heavywork.HeavyWork;

/**
 * Brings a Pol.is conversation into an empty deliberation, and writes any deliberation out in the
 * same two files. Pol.is comment ids become statement numbers and its participant ids become
 * participant numbers, so that an import followed by an export gives back the same ids. An
 * export's files are written on the {@link HeavyWork} pool, not on the event loop.
 */
@ApplicationScoped
public class PolisInterchange {

    /** What an import brought in. */
    public record Imported(int statements, int participants, int votes) {}

    private static final int BATCH = 1000;

    private final DeliberationAccess access;
    private final Outbox outbox;
    private final HeavyWork heavy;

    public PolisInterchange(DeliberationAccess access, Outbox outbox, HeavyWork heavy) {
        this.access = access;
        this.outbox = outbox;
        this.heavy = heavy;
    }

    /** Parses the files only once the caller is known to convene the deliberation. */
    public Uni<Imported> importInto(UUID id, String commentsCsv, String votesCsv, Caller caller) {
        return access.convener(id, caller).chain(s -> importInto(s.deliberation(), commentsCsv, votesCsv));
    }

    private Uni<Imported> importInto(Deliberation d, String commentsCsv, String votesCsv) {
        List<Comment> comments = PolisCsv.readComments(commentsCsv);
        List<Vote> votes = PolisCsv.finalVotes(PolisCsv.readVotes(votesCsv));
        Set<Integer> known = comments.stream().map(Comment::commentId).collect(Collectors.toSet());
        if (known.size() != comments.size()) {
            throw ProblemException.invalidField("comments", "comments.csv repeats a comment-id");
        }
        votes.stream().filter(v -> !known.contains(v.commentId())).findFirst().ifPresent(v -> {
            throw ProblemException.invalidField("votes", "votes.csv has a vote on comment-id " + v.commentId()
                    + ", which is not in comments.csv");
        });
        if (d.statementCount > 0) {
            throw new ProblemException(Response.Status.CONFLICT,
                    "Import into a new deliberation without statements: this one has some already");
        }
        Set<Integer> people = new HashSet<>();
        comments.forEach(c -> people.add(c.authorId()));
        votes.forEach(v -> people.add(v.voterId()));
        Map<Integer, UUID> participantIds = new HashMap<>();
        people.forEach(n -> participantIds.put(n, UUID.randomUUID()));
        Map<Integer, Statement> statements = new HashMap<>();
        for (Comment c : comments) {
            statements.put(c.commentId(), statement(d, c, participantIds.get(c.authorId())));
        }
        // Without statements nobody has voted: the participants so far (the convener) make way
        // for the imported numbering.
        return Participant.delete("deliberationId", d.id)
                .chain(() -> insertParticipants(d, participantIds))
                .chain(() -> Multi.createFrom().iterable(statements.values()).onItem()
                        .transformToUniAndConcatenate(st -> st.persist()).collect().last())
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .chain(() -> insertVotes(d, votes, statements, participantIds))
                .chain(() -> settleCounts(d, people, comments))
                // The counts were set in SQL: read the statements afresh, not from the session's cache.
                .chain(() -> Panache.getSession().invoke(session -> session.clear()))
                .chain(() -> Statement.<Statement>list("deliberationId = ?1 order by number", d.id))
                .chain(stored -> publish(d, stored, votes, statements, participantIds))
                .map(ignored -> new Imported(comments.size(), people.size(), votes.size()));
    }

    public Uni<String> exportComments(UUID id, Caller caller) {
        return access.moderator(id, caller).chain(s -> heavy.run("exporting the statements of deliberation " + id,
                Panache.getSession().chain(session -> session.createNativeQuery(
                                "select cast(round(extract(epoch from s.created_at) * 1000) as bigint), s.number,"
                                        + " coalesce(p.number, -1), s.agrees, s.disagrees, s.status, s.text"
                                        + " from statements s left join participants p on p.id = s.author_id"
                                        + " where s.deliberation_id = :d order by s.number", Object[].class)
                        .setParameter("d", id).getResultList()),
                rows -> PolisCsv.writeComments(rows.stream().map(r -> new Comment(millis(r[0]), n(r[1]), n(r[2]),
                        n(r[3]), n(r[4]), moderated((String) r[5]), (String) r[6])).toList())));
    }

    public Uni<String> exportVotes(UUID id, Caller caller) {
        return access.moderator(id, caller).chain(s -> heavy.run("exporting the votes of deliberation " + id,
                Panache.getSession().chain(session -> session.createNativeQuery(
                                "select cast(round(extract(epoch from v.voted_at) * 1000) as bigint), s.number, p.number, v.vote"
                                        + " from votes v"
                                        + " join statements s on s.id = v.statement_id join participants p on p.id = v.participant_id"
                                        + " where v.deliberation_id = :d order by v.voted_at, s.number, p.number", Object[].class)
                        .setParameter("d", id).getResultList()),
                rows -> PolisCsv.writeVotes(rows.stream()
                        .map(r -> new Vote(millis(r[0]), n(r[1]), n(r[2]), n(r[3]))).toList())));
    }

    private static Statement statement(Deliberation d, Comment c, UUID author) {
        Statement st = new Statement();
        st.id = UUID.randomUUID();
        st.deliberationId = d.id;
        st.number = c.commentId();
        st.authorId = author;
        st.text = c.body();
        st.status = c.moderated() == 1 ? Statement.Status.APPROVED
                : c.moderated() == -1 ? Statement.Status.REJECTED : Statement.Status.PENDING;
        st.seed = false;
        st.createdAt = Instant.ofEpochMilli(c.timestamp());
        return st;
    }

    /** Participants with their Pol.is numbers, many rows per statement (ids and numbers only). */
    private static Uni<Void> insertParticipants(Deliberation d, Map<Integer, UUID> ids) {
        List<String> rows = ids.entrySet().stream()
                .map(e -> "('" + e.getValue() + "', '" + d.id + "', " + e.getKey() + ", now())").toList();
        return batches(rows, "insert into participants (id, deliberation_id, number, created_at) values ");
    }

    private static Uni<Void> insertVotes(Deliberation d, List<Vote> votes, Map<Integer, Statement> statements,
                                         Map<Integer, UUID> participants) {
        List<String> rows = votes.stream().map(v -> "('" + statements.get(v.commentId()).id + "', '"
                + participants.get(v.voterId()) + "', '" + d.id + "', " + v.vote() + ", to_timestamp("
                + v.timestamp() + " / 1000.0))").toList();
        return batches(rows, "insert into votes (statement_id, participant_id, deliberation_id, vote, voted_at) values ");
    }

    /** Only generated ids and numbers go into these statements, never text from the files. */
    private static Uni<Void> batches(List<String> rows, String insert) {
        List<List<String>> chunks = IntStream.range(0, (rows.size() + BATCH - 1) / BATCH)
                .mapToObj(i -> rows.subList(i * BATCH, Math.min(rows.size(), (i + 1) * BATCH))).toList();
        return Multi.createFrom().iterable(chunks).onItem()
                .transformToUniAndConcatenate(chunk -> Panache.getSession().chain(session -> session
                        .createNativeQuery(insert + String.join(", ", chunk)).executeUpdate()))
                .collect().last().replaceWithVoid();
    }

    /** Counts from the final votes; numbering continues after the highest imported ids. */
    private static Uni<Void> settleCounts(Deliberation d, Set<Integer> people, List<Comment> comments) {
        int participants = people.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        int statements = comments.stream().mapToInt(Comment::commentId).max().orElse(-1) + 1;
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update statements s set agrees = c.a, disagrees = c.d, passes = c.p, version = c.a + c.d + c.p"
                                + " from (select statement_id, count(*) filter (where vote = 1) a,"
                                + " count(*) filter (where vote = -1) d, count(*) filter (where vote = 0) p"
                                + " from votes where deliberation_id = :d group by statement_id) c"
                                + " where s.id = c.statement_id")
                        .setParameter("d", d.id).executeUpdate()
                .chain(() -> session.createNativeQuery("update deliberations set statement_count = :s,"
                                + " participant_count = :p where id = :d")
                        .setParameter("s", statements).setParameter("p", participants).setParameter("d", d.id)
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /** The same events as if it had happened here: approved statements, then every final vote. */
    private Uni<Void> publish(Deliberation d, List<Statement> stored, List<Vote> votes,
                              Map<Integer, Statement> byNumber, Map<Integer, UUID> participants) {
        Map<UUID, Statement> fresh = stored.stream().collect(Collectors.toMap(st -> st.id, st -> st));
        List<org.convene.contracts.ConveneEvent> events = new ArrayList<>();
        stored.stream().filter(st -> st.status == Statement.Status.APPROVED)
                .forEach(st -> events.add(StatementBoard.published(d, st)));
        for (Vote v : votes) {
            Statement st = fresh.get(byNumber.get(v.commentId()).id);
            events.add(new VoteCast(d.missionId, d.id.toString(), st.id.toString(),
                    participants.get(v.voterId()).toString(), v.vote(), st.agrees, st.disagrees, st.passes,
                    st.version, Instant.ofEpochMilli(v.timestamp())));
        }
        return Multi.createFrom().iterable(events).onItem().transformToUniAndConcatenate(outbox::publish)
                .collect().last().replaceWithVoid();
    }

    private static long millis(Object epochMillis) {
        return ((Number) epochMillis).longValue();
    }

    private static int n(Object value) {
        return ((Number) value).intValue();
    }

    private static int moderated(String status) {
        return "APPROVED".equals(status) ? 1 : "REJECTED".equals(status) ? -1 : 0;
    }
}
