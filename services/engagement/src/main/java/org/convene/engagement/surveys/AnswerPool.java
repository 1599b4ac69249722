package org.convene.engagement.surveys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.convene.contracts.Anonymity;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.platform.outbox.Outbox;
import org.jboss.logging.Logger;

/**
 * Keeps a survey's answers apart from the people who gave them. A response is held, as one row
 * with no person and no time, in the transaction that records who answered (so it is durable once
 * acknowledged). Once a round holds at least k responses, they are released together in a
 * transaction of their own: each answer under a new random id, all of them shuffled (so neither
 * transaction ids, physical order nor event order follow the order people answered in), free
 * texts sent on under pseudonyms of the round, and the held rows deleted.
 */
@ApplicationScoped
public class AnswerPool {

    /** One answer as it waits: a number, a chosen option or a text. */
    record Held(UUID questionId, Integer number, String choice, String text) {}

    /** What to do with a round's held responses. */
    enum Action { WAIT, RELEASE, DISCARD }

    private static final Logger LOG = Logger.getLogger(AnswerPool.class);
    private static final TypeReference<List<Held>> HELD_LIST = new TypeReference<>() {};

    private final Outbox outbox;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public AnswerPool(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * At least k responses are released together. A round that closed with fewer waiting can
     * never reach k: those are deleted unread rather than kept beside their senders.
     */
    static Action decide(int held, boolean roundClosed) {
        if (held >= Anonymity.K) {
            return Action.RELEASE;
        }
        return roundClosed && held > 0 ? Action.DISCARD : Action.WAIT;
    }

    /** Holds one response; call it in the transaction that records who answered. */
    Uni<Void> hold(UUID surveyId, int round, List<Held> answers) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into survey_answer_pool (id, survey_id, round, answers) values (:id, :s, :r, :a)")
                .setParameter("id", UUID.randomUUID()).setParameter("s", surveyId).setParameter("r", round)
                .setParameter("a", write(answers)).executeUpdate()).replaceWithVoid();
    }

    /** Releases (or discards) what every round holds, one round a transaction. */
    @Scheduled(every = "2s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> releaseDue() {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "select distinct cast(survey_id as text), round from survey_answer_pool", Object[].class)
                .getResultList()))
                .onItem().transformToMulti(rounds -> Multi.createFrom().iterable(rounds))
                .onItem().transformToUniAndConcatenate(r -> Panache.withTransaction(() ->
                                release(UUID.fromString((String) r[0]), ((Number) r[1]).intValue()))
                        .onFailure().recoverWithItem(e -> {
                            LOG.warnf(e, "could not release the held answers of a survey round");
                            return 0;
                        }))
                .collect().last().replaceWithVoid();
    }

    /** Call inside a transaction of its own; answers how many responses were released. */
    Uni<Integer> release(UUID surveyId, int round) {
        return Survey.<Survey>findById(surveyId).chain(survey -> Panache.getSession().chain(session -> session
                        .createNativeQuery("select cast(id as text), answers from survey_answer_pool"
                                + " where survey_id = :s and round = :r for update skip locked", Object[].class)
                        .setParameter("s", surveyId).setParameter("r", round).getResultList())
                .chain(held -> switch (decide(held.size(), !Instant.now().isBefore(survey.round(round).closes()))) {
                    case WAIT -> Uni.createFrom().item(0);
                    case DISCARD -> delete(held).replaceWith(0);
                    case RELEASE -> store(survey, round, held).chain(() -> delete(held)).replaceWith(held.size());
                }));
    }

    private Uni<Void> store(Survey survey, int round, List<Object[]> held) {
        List<Held> answers = new ArrayList<>();
        List<FeedbackSubmitted> texts = new ArrayList<>();
        String cohort = "survey:" + survey.id + ":" + round;
        for (Object[] response : held) {
            String pseudonym = Anonymity.pseudonym(cohort);
            for (Held answer : read((String) response[1])) {
                answers.add(answer);
                if (answer.text() != null) {
                    // Dated at the round's opening, with no stakeholder type: nothing to match a sender by.
                    texts.add(new FeedbackSubmitted(survey.missionId, UUID.randomUUID().toString(), pseudonym,
                            answer.text(), "Pulse survey: " + survey.title, null, null, null, null,
                            survey.round(round).opens()));
                }
            }
        }
        Collections.shuffle(answers, random);
        Collections.shuffle(texts, random);
        return Multi.createFrom().iterable(answers).onItem()
                .transformToUniAndConcatenate(a -> insert(survey.id, round, a))
                .collect().last()
                .chain(() -> counted(survey.id, round, held.size()))
                .chain(() -> Multi.createFrom().iterable(texts).onItem().transformToUniAndConcatenate(outbox::publish)
                        .collect().last())
                .replaceWithVoid();
    }

    private static Uni<Integer> insert(UUID surveyId, int round, Held a) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into survey_answers (id, survey_id, round, question_id, number, choice, text)"
                                + " values (:id, :s, :r, :q, cast(:n as integer), cast(:c as text), cast(:t as text))")
                .setParameter("id", UUID.randomUUID()).setParameter("s", surveyId).setParameter("r", round)
                .setParameter("q", a.questionId()).setParameter("n", a.number()).setParameter("c", a.choice())
                .setParameter("t", a.text()).executeUpdate());
    }

    private static Uni<Integer> counted(UUID surveyId, int round, int people) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into survey_releases (survey_id, round, people) values (:s, :r, :n)"
                                + " on conflict (survey_id, round) do update set people = survey_releases.people + :n")
                .setParameter("s", surveyId).setParameter("r", round).setParameter("n", people).executeUpdate());
    }

    private static Uni<Integer> delete(List<Object[]> held) {
        List<UUID> ids = held.stream().map(r -> UUID.fromString((String) r[0])).toList();
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "delete from survey_answer_pool where id in (:ids)").setParameter("ids", ids).executeUpdate());
    }

    /** People released so far in a round: what its results are shown for. */
    static Uni<Long> released(UUID surveyId, int round) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select cast(coalesce(max(people), 0) as bigint) from survey_releases where survey_id = :s and round = :r", Long.class)
                .setParameter("s", surveyId).setParameter("r", round).getSingleResult());
    }

    private String write(List<Held> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Held> read(String answers) {
        try {
            return json.readValue(answers, HELD_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a held response is not readable", e);
        }
    }
}
