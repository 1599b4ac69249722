package org.convene.engagement.surveys;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.convene.contracts.Anonymity;
import org.convene.engagement.surveys.SurveyViews.QuestionResult;
import org.convene.engagement.surveys.SurveyViews.ResponseDraft;
import org.convene.engagement.surveys.SurveyViews.Results;
import org.convene.engagement.surveys.SurveyViews.RoundResult;
import org.convene.platform.api.ProblemException;
import org.convene.platform.membership.MissionMembers;
import org.convene.platform.security.CurrentUser;

/**
 * Answers and results. Who answered a round is recorded at once, to stop a second answer; what
 * was answered waits in the {@link AnswerPool} until k people have answered the round, and reaches
 * the results (and, for free text, the synthesis service) only then, unlinked from its sender.
 * Results count people, and hold back what would single someone out ({@link Anonymity}).
 */
@ApplicationScoped
public class SurveyResponses {

    private final Surveys surveys;
    private final MissionMembers members;
    private final AnswerPool pool;

    public SurveyResponses(Surveys surveys, MissionMembers members, AnswerPool pool) {
        this.surveys = surveys;
        this.members = members;
        this.pool = pool;
    }

    public Uni<Integer> respond(UUID id, ResponseDraft draft, CurrentUser user) {
        Instant now = Instant.now();
        return surveys.standing(id, user).chain(s -> {
            if (!s.asked()) {
                throw ProblemException.forbidden("This survey does not ask you");
            }
            Survey.Round round = s.survey().currentRound(now);
            if (round == null || !round.isOpen(now)) {
                throw new ProblemException(Response.Status.CONFLICT, "This survey is not taking answers now");
            }
            return SurveyQuestion.<SurveyQuestion>list("surveyId = ?1 order by position", id).chain(questions -> {
                List<AnswerPool.Held> answers = answers(questions, draft);
                return Panache.getSession().chain(session -> session.createNativeQuery(
                                "insert into survey_respondents (survey_id, round, user_id) values (:s, :r, :u)"
                                        + " on conflict do nothing")
                                .setParameter("s", id).setParameter("r", round.number()).setParameter("u", user.id())
                                .executeUpdate())
                        .invoke(inserted -> {
                            if (inserted == 0) {
                                throw new ProblemException(Response.Status.CONFLICT, "You answered this round already");
                            }
                        })
                        .chain(() -> pool.hold(id, round.number(), answers))
                        .replaceWith(round.number());
            });
        });
    }

    public Uni<Results> results(UUID id, CurrentUser user) {
        Instant now = Instant.now();
        return surveys.standing(id, user).chain(s -> {
            if (!s.manages()) {
                throw ProblemException.forbidden("Only the mission's conveners and facilitators see the results");
            }
            List<Integer> rounds = s.survey().roundsDue(now);
            return members.of(s.survey().missionId)
                    .map(all -> all.stream().filter(m -> s.survey().asks(m.role(), m.stakeholderType(), m.organisation()))
                            .count())
                    .chain(audience -> SurveyQuestion.<SurveyQuestion>list("surveyId = ?1 order by position", id)
                            .chain(questions -> Multi.createFrom().iterable(rounds).onItem()
                                    .transformToUniAndConcatenate(n -> round(s.survey(), n, audience, questions))
                                    .collect().asList()))
                    .map(list -> new Results(id, s.survey().title, list));
        });
    }

    static Uni<Long> respondents(UUID surveyId, int round, String userId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select count(*) from survey_respondents where survey_id = :s and round = :r"
                                + " and (:u = '' or user_id = :u)", Long.class)
                .setParameter("s", surveyId).setParameter("r", round).setParameter("u", userId == null ? "" : userId)
                .getSingleResult());
    }

    /** Checks each answer against its question; one per number, chosen option or text. */
    static List<AnswerPool.Held> answers(List<SurveyQuestion> questions, ResponseDraft draft) {
        if (draft == null || draft.answers() == null) {
            throw ProblemException.invalidField("answers", "a response lists its answers");
        }
        Map<UUID, SurveyQuestion> byId = questions.stream().collect(Collectors.toMap(q -> q.id, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        List<AnswerPool.Held> rows = new ArrayList<>();
        for (int i = 0; i < draft.answers().size(); i++) {
            ResponseDraft.Answer a = draft.answers().get(i);
            String field = "answers[" + i + "]";
            SurveyQuestion q = a == null ? null : byId.get(a.questionId());
            if (q == null) {
                throw ProblemException.invalidField(field + ".questionId", "not a question of this survey");
            }
            if (!seen.add(q.id)) {
                throw ProblemException.invalidField(field + ".questionId", "answered twice");
            }
            switch (q.kind) {
                case SCALE_5, ENPS -> {
                    int max = q.kind == SurveyQuestion.Kind.SCALE_5 ? 5 : 10;
                    int min = q.kind == SurveyQuestion.Kind.SCALE_5 ? 1 : 0;
                    if (a.number() == null || a.number() < min || a.number() > max) {
                        throw ProblemException.invalidField(field + ".number", "a whole number from " + min + " to " + max);
                    }
                    rows.add(new AnswerPool.Held(q.id, a.number(), null, null));
                }
                case SINGLE, MULTI -> {
                    List<String> choices = a.choices() == null ? List.of() : a.choices();
                    boolean single = q.kind == SurveyQuestion.Kind.SINGLE;
                    if (choices.isEmpty() || (single && choices.size() > 1)
                            || !q.optionList().containsAll(choices) || new HashSet<>(choices).size() != choices.size()) {
                        throw ProblemException.invalidField(field + ".choices", single
                                ? "one of: " + String.join(", ", q.optionList())
                                : "one or more of: " + String.join(", ", q.optionList()));
                    }
                    choices.forEach(c -> rows.add(new AnswerPool.Held(q.id, null, c, null)));
                }
                case TEXT -> {
                    if (a.text() != null && a.text().length() > 2000) {
                        throw ProblemException.invalidField(field + ".text", "at most 2000 characters");
                    }
                    if (a.text() != null && !a.text().isBlank()) {
                        rows.add(new AnswerPool.Held(q.id, null, null, a.text().strip()));
                    }
                }
                default -> throw new IllegalStateException(q.kind.name());
            }
        }
        questions.stream().filter(q -> q.kind != SurveyQuestion.Kind.TEXT && !seen.contains(q.id)).findFirst()
                .ifPresent(q -> {
                    throw ProblemException.invalidField("answers", "answer every question; missing: " + q.prompt);
                });
        return rows;
    }

    private static Uni<RoundResult> round(Survey survey, int n, long audience, List<SurveyQuestion> questions) {
        Survey.Round round = survey.round(n);
        // Released people only: they come k or more at a time, so the count never shows one person answering.
        return AnswerPool.released(survey.id, n).chain(responses -> {
            double rate = audience == 0 ? 0 : Math.min(1.0, (double) responses / audience);
            if (!Anonymity.enough(responses)) {
                return Uni.createFrom().item(new RoundResult(n, round.opens(), round.closes(), responses, audience, rate,
                        false, List.of()));
            }
            return Panache.getSession().chain(session -> session.createNativeQuery(
                            "select cast(question_id as text), cast(number as text), choice, count(*), count(text)"
                                    + " from survey_answers where survey_id = :s and round = :r"
                                    + " group by question_id, number, choice", Object[].class)
                            .setParameter("s", survey.id).setParameter("r", n).getResultList())
                    .map(rows -> new RoundResult(n, round.opens(), round.closes(), responses, audience, rate, true,
                            questions.stream().map(q -> result(q, rows)).toList()));
        });
    }

    static QuestionResult result(SurveyQuestion q, List<Object[]> rows) {
        List<Object[]> mine = rows.stream().filter(r -> q.id.toString().equals(r[0])).toList();
        if (q.kind == SurveyQuestion.Kind.TEXT) {
            long texts = mine.stream().mapToLong(r -> ((Number) r[4]).longValue()).sum();
            return new QuestionResult(q.id, q.kind.name(), q.prompt, null, null, null, texts);
        }
        Map<String, Long> distribution = new LinkedHashMap<>();
        List<String> keys = switch (q.kind) {
            case SCALE_5 -> IntStream.rangeClosed(1, 5).mapToObj(Integer::toString).toList();
            case ENPS -> IntStream.rangeClosed(0, 10).mapToObj(Integer::toString).toList();
            default -> q.optionList();
        };
        keys.forEach(k -> distribution.put(k, 0L));
        for (Object[] r : mine) {
            String key = r[1] != null ? (String) r[1] : (String) r[2];
            distribution.merge(key, ((Number) r[3]).longValue(), Long::sum);
        }
        if (q.kind == SurveyQuestion.Kind.SINGLE || q.kind == SurveyQuestion.Kind.MULTI) {
            return new QuestionResult(q.id, q.kind.name(), q.prompt, suppressed(distribution,
                    q.kind == SurveyQuestion.Kind.MULTI ? Anonymity.withheldOverlapping(distribution)
                            : Anonymity.withheld(distribution)), null, null, null);
        }
        long total = distribution.values().stream().mapToLong(Long::longValue).sum();
        double sum = distribution.entrySet().stream().mapToDouble(e -> Integer.parseInt(e.getKey()) * e.getValue()).sum();
        Double average = total == 0 ? null : sum / total;
        Integer enps = null;
        if (q.kind == SurveyQuestion.Kind.ENPS && total > 0) {
            long promoters = distribution.get("9") + distribution.get("10");
            long detractors = IntStream.rangeClosed(0, 6).mapToLong(i -> distribution.get(Integer.toString(i))).sum();
            enps = (int) Math.round(100.0 * (promoters - detractors) / total);
        }
        // The mean and ENPS are over k people or more; the cells they come from may not be.
        return new QuestionResult(q.id, q.kind.name(), q.prompt, suppressed(distribution, Anonymity.withheld(distribution)),
                average, enps, null);
    }

    /**
     * Each person gives a value or an option once, so a cell's count is its people; the cells
     * {@link Anonymity} withholds become null. One person's options of a MULTI question overlap:
     * no total gives one away, so only its small cells go.
     */
    static Map<String, Long> suppressed(Map<String, Long> distribution, Set<String> withheld) {
        Map<String, Long> shown = new LinkedHashMap<>();
        distribution.forEach((value, people) -> shown.put(value, withheld.contains(value) ? null : people));
        return shown;
    }
}
