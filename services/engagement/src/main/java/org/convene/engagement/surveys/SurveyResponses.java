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
import org.convene.contracts.FeedbackSubmitted;
import org.convene.engagement.surveys.SurveyViews.QuestionResult;
import org.convene.engagement.surveys.SurveyViews.ResponseDraft;
import org.convene.engagement.surveys.SurveyViews.Results;
import org.convene.engagement.surveys.SurveyViews.RoundResult;
import org.convene.platform.api.ProblemException;
import org.convene.platform.membership.MissionMembers;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.security.CurrentUser;

/**
 * Answers and results. Who answered a round and what was answered are stored apart, with no
 * time and no link between them: the first stops a second answer, the second feeds the results.
 * Free-text answers go on to the synthesis service as feedback under a one-off pseudonym.
 */
@ApplicationScoped
public class SurveyResponses {

    /** Below this many responses in a round, only the count is shown. */
    static final int MIN_GROUP = 5;

    private final Surveys surveys;
    private final MissionMembers members;
    private final Outbox outbox;

    public SurveyResponses(Surveys surveys, MissionMembers members, Outbox outbox) {
        this.surveys = surveys;
        this.members = members;
        this.outbox = outbox;
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
                List<Object[]> rows = rows(questions, draft);
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
                        .chain(() -> Multi.createFrom().iterable(rows).onItem()
                                .transformToUniAndConcatenate(row -> insertAnswer(id, round.number(), row))
                                .collect().last())
                        .chain(() -> publishTexts(s, questions, rows, round))
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

    /** Checks each answer against its question; one row per number, chosen option or text. */
    static List<Object[]> rows(List<SurveyQuestion> questions, ResponseDraft draft) {
        if (draft == null || draft.answers() == null) {
            throw ProblemException.invalidField("answers", "a response lists its answers");
        }
        Map<UUID, SurveyQuestion> byId = questions.stream().collect(Collectors.toMap(q -> q.id, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
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
                    rows.add(new Object[] {q.id, a.number(), null, null});
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
                    choices.forEach(c -> rows.add(new Object[] {q.id, null, c, null}));
                }
                case TEXT -> {
                    if (a.text() != null && a.text().length() > 2000) {
                        throw ProblemException.invalidField(field + ".text", "at most 2000 characters");
                    }
                    if (a.text() != null && !a.text().isBlank()) {
                        rows.add(new Object[] {q.id, null, null, a.text().strip()});
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

    private static Uni<Integer> insertAnswer(UUID surveyId, int round, Object[] row) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into survey_answers (id, survey_id, round, question_id, number, choice, text)"
                                + " values (:id, :s, :r, :q, cast(:n as integer), cast(:c as text), cast(:t as text))")
                .setParameter("id", UUID.randomUUID()).setParameter("s", surveyId).setParameter("r", round)
                .setParameter("q", row[0]).setParameter("n", row[1]).setParameter("c", row[2])
                .setParameter("t", row[3]).executeUpdate());
    }

    /** Free text becomes feedback for the themes, dated at the round's opening, not at the answer. */
    private Uni<Void> publishTexts(Surveys.Standing s, List<SurveyQuestion> questions, List<Object[]> rows,
                                   Survey.Round round) {
        String pseudonym = "survey-response-" + UUID.randomUUID();
        String type = s.member().map(MissionMembers.Member::stakeholderType).orElse(null);
        return Multi.createFrom().iterable(rows.stream().filter(r -> r[3] != null).toList()).onItem()
                .transformToUniAndConcatenate(r -> outbox.publish(new FeedbackSubmitted(s.survey().missionId,
                        UUID.randomUUID().toString(), pseudonym, (String) r[3], "Pulse survey: " + s.survey().title,
                        null, null, type, null, round.opens())))
                .collect().last().replaceWithVoid();
    }

    private static Uni<RoundResult> round(Survey survey, int n, long audience, List<SurveyQuestion> questions) {
        Survey.Round round = survey.round(n);
        return respondents(survey.id, n, null).chain(responses -> {
            double rate = audience == 0 ? 0 : Math.min(1.0, (double) responses / audience);
            if (responses < MIN_GROUP) {
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
            return new QuestionResult(q.id, q.kind.name(), q.prompt, distribution, null, null, null);
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
        return new QuestionResult(q.id, q.kind.name(), q.prompt, distribution, average, enps, null);
    }
}
