package org.convene.engagement.deliberations;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.convene.platform.api.ProblemException;
import org.convene.platform.heavywork.HeavyWork;

/**
 * The outcome of a deliberation: who took part, and every approved statement with its votes,
 * most agreed first. Open to all who can see it once it is closed; to moderators at any time.
 * The statements are ranked on the {@link HeavyWork} pool, not on the event loop.
 */
@ApplicationScoped
public class DeliberationReport {

    public record Participation(long participants, long voters, long votes, long statementsSubmitted,
                                long approved, long rejected, long pending) {}

    /** @param agreement share of agree votes among all votes on the statement, 0 when none */
    public record StatementResult(int number, String text, boolean seed, int agrees, int disagrees, int passes,
                                 double agreement) {}

    public record Report(DeliberationView deliberation, Participation participation, List<StatementResult> statements) {}

    private final DeliberationAccess access;
    private final HeavyWork heavy;

    public DeliberationReport(DeliberationAccess access, HeavyWork heavy) {
        this.access = access;
        this.heavy = heavy;
    }

    public Uni<Report> of(UUID id, Caller caller) {
        return access.visible(id, caller).chain(s -> {
            Instant now = Instant.now();
            if (s.deliberation().state(now) != Deliberation.State.CLOSED && !s.moderator()) {
                throw new ProblemException(Response.Status.CONFLICT, "The report is published when the deliberation closes");
            }
            return participation(id).chain(p -> heavy.run("the report of deliberation " + id,
                            Statement.<Statement>list("deliberationId", id), DeliberationReport::results)
                    .map(results -> new Report(DeliberationView.of(s.deliberation(), s, now), p, results)));
        });
    }

    /** The approved statements, most agreed first. */
    private static List<StatementResult> results(List<Statement> all) {
        return all.stream().filter(st -> st.status == Statement.Status.APPROVED)
                .map(DeliberationReport::result)
                .sorted(Comparator.comparingDouble(StatementResult::agreement).reversed()
                        .thenComparingInt(StatementResult::number))
                .toList();
    }

    private static StatementResult result(Statement st) {
        int total = st.agrees + st.disagrees + st.passes;
        return new StatementResult(st.number, st.text, st.seed, st.agrees, st.disagrees, st.passes,
                total == 0 ? 0 : (double) st.agrees / total);
    }

    private static Uni<Participation> participation(UUID id) {
        String sql = "select (select count(*) from participants p where p.deliberation_id = :d and (exists"
                + " (select 1 from votes v where v.participant_id = p.id) or exists (select 1 from statements s"
                + " where s.author_id = p.id and not s.seed))),"
                + " (select count(distinct participant_id) from votes where deliberation_id = :d),"
                + " (select count(*) from votes where deliberation_id = :d),"
                + " (select count(*) from statements where deliberation_id = :d and not seed),"
                + " (select count(*) from statements where deliberation_id = :d and status = 'APPROVED'),"
                + " (select count(*) from statements where deliberation_id = :d and status = 'REJECTED'),"
                + " (select count(*) from statements where deliberation_id = :d and status = 'PENDING')";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("d", id).getSingleResult())
                .map(r -> new Participation(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
