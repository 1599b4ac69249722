package org.convene.engagement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * The test plays a database administrator who can read every table of the engagement service
 * (system columns too) and the Kafka topics, and who knows who took part in a survey: it tries to
 * tell which answer is whose, and must do no better than chance.
 *
 * <p>Eight surveys, each answered by the same five people in a different order, each with a
 * different value: so 40 answers to link. Guessing links one in five on average (8 of 40); each
 * way of linking tried here must stay under half (20), which chance passes but which a link by
 * transaction, physical order, id or event order (40 of 40 before answers were pooled) does not.
 */
class SurveyAnswersUnlinkableIT {

    private static final List<DemoUser> PEOPLE =
            List.of(DemoUser.OLIVIA, DemoUser.CARL, DemoUser.FIONA, DemoUser.SAM, DemoUser.FRANKIE);
    private static final int SURVEYS = 8;
    private static final int CHANCE_CEILING = SURVEYS * PEOPLE.size() / 2;
    private static final String DB = System.getProperty("convene.engagement.jdbc",
            "jdbc:postgresql://127.0.0.1:5432/convene_engagement");

    /** One survey as the administrator sees it, and the truth the test keeps: who gave which value. */
    private record Trial(String surveyId, String questionId, Map<String, Integer> valueByUser) {}

    @Test
    void anAdministratorCannotLinkAPersonToTheirAnswer() throws Exception {
        String mission = mission();
        List<Trial> trials = new ArrayList<>();
        List<FeedbackSubmitted> texts;
        try (EventTap feedback = EventTap.open(Topics.FEEDBACK)) {
            for (int s = 0; s < SURVEYS; s++) {
                trials.add(answered(mission, s));
            }
            for (Trial trial : trials) {
                awaitReleased(trial);
            }
            texts = feedback.collect(e -> e.data() instanceof FeedbackSubmitted f && f.missionId().equals(mission),
                    Duration.ofSeconds(5)).stream().map(e -> (FeedbackSubmitted) e.data()).toList();
        }
        assertEquals(SURVEYS * PEOPLE.size(), texts.size(), "every free-text answer went on to the themes");

        try (Connection db = DriverManager.getConnection(DB, "convene_engagement", "convene-local")) {
            assertEquals(0, count(db, "select count(*) from information_schema.columns where table_name = 'survey_answers'"
                    + " and data_type like 'timestamp%'"), "answers carry no time");
            int byTransaction = 0;
            int byPhysicalOrder = 0;
            int byId = 0;
            int byNearestTransaction = 0;
            int byEventOrder = 0;
            for (Trial trial : trials) {
                List<Map<String, Object>> takingPart = rows(db, "select user_id, xmin::text::bigint as tx, ctid::text as place"
                        + " from survey_respondents where survey_id = '" + trial.surveyId() + "'");
                List<Map<String, Object>> answers = rows(db, "select number, xmin::text::bigint as tx,"
                        + " (ctid::text::point)[0] * 1000 + (ctid::text::point)[1] as place, id::text as id"
                        + " from survey_answers where question_id = '" + trial.questionId() + "'");
                assertEquals(PEOPLE.size(), answers.size());
                assertEquals(1, answers.stream().map(r -> r.get("tx")).distinct().count(),
                        "the five answers were released in one transaction of their own");
                assertEquals(0, count(db, "select count(*) from survey_answer_pool where survey_id = '"
                        + trial.surveyId() + "'"), "nothing is left waiting beside its sender");
                // Who took part, in the order they did (their transactions' ids grow with time).
                List<String> order = takingPart.stream().sorted(Comparator.comparingLong(r -> (Long) r.get("tx")))
                        .map(r -> (String) r.get("user_id")).toList();
                byTransaction += hits(trial, order, sorted(answers, r -> (Long) r.get("tx")));
                byPhysicalOrder += hits(trial, order, sorted(answers, r -> ((Number) r.get("place")).doubleValue()));
                byId += hits(trial, order, sorted(answers, r -> (String) r.get("id")));
                byNearestTransaction += nearestTransactionHits(trial, takingPart, answers);
                byEventOrder += eventOrderHits(trial, order, texts);
            }
            Map<String, Integer> links = new LinkedHashMap<>();
            links.put("by transaction id (xmin)", byTransaction);
            links.put("by physical order (ctid)", byPhysicalOrder);
            links.put("by answer id", byId);
            links.put("by nearest transaction id", byNearestTransaction);
            links.put("by order of the free-text events on Kafka", byEventOrder);
            System.out.printf("answers linked to their person, of %d (chance: about %d): %s%n",
                    SURVEYS * PEOPLE.size(), SURVEYS, links);
            links.forEach((how, hits) -> assertTrue(hits < CHANCE_CEILING,
                    "linked " + hits + " of " + SURVEYS * PEOPLE.size() + " answers " + how));
        }
    }

    private static String mission() {
        String mission = UUID.randomUUID().toString();
        for (DemoUser person : PEOPLE) {
            EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, person.userId(),
                    person == DemoUser.OLIVIA ? "convener" : "member", MembershipChanged.Change.JOINED, "citizen", null),
                    "/services/communities"));
        }
        return mission;
    }

    /** Sets up survey number {@code s}; the five answer it in a rotated order, each a different value. */
    private static Trial answered(String mission, int s) {
        Map<String, Object> body = Map.of("title", "Pulse " + s, "schedule", "ONCE", "windowDays", 2, "questions",
                List.of(Map.of("kind", "SCALE_5", "prompt", "How was your week?"),
                        Map.of("kind", "TEXT", "prompt", "Anything else?")));
        io.restassured.response.Response created = awaitCreated(mission, body);
        String surveyId = created.jsonPath().getString("id");
        List<String> questions = created.jsonPath().getList("questions.id");
        Map<String, Integer> valueByUser = new HashMap<>();
        for (int i = 0; i < PEOPLE.size(); i++) {
            DemoUser person = PEOPLE.get((i + s) % PEOPLE.size());
            int value = (i * 2 + s) % PEOPLE.size() + 1;
            valueByUser.put(person.userId(), value);
            given().baseUri(LocalStack.ENGAGEMENT).auth().oauth2(person.accessToken()).contentType(ContentType.JSON)
                    .body(Map.of("answers", List.of(Map.of("questionId", questions.get(0), "number", value),
                            Map.of("questionId", questions.get(1), "text", "The week was a " + value + " out of five"))))
                    .post("/surveys/" + surveyId + "/responses").then().statusCode(201);
        }
        return new Trial(surveyId, questions.get(0), valueByUser);
    }

    private static io.restassured.response.Response awaitCreated(String mission, Map<String, Object> body) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            io.restassured.response.Response r = given().baseUri(LocalStack.ENGAGEMENT)
                    .auth().oauth2(DemoUser.OLIVIA.accessToken()).contentType(ContentType.JSON).body(body)
                    .post("/missions/" + mission + "/surveys");
            if (r.statusCode() == 201 || Instant.now().isAfter(deadline)) {
                assertEquals(201, r.statusCode(), r.asString());
                return r;
            }
            pause();
        }
    }

    /** Answers reach the results once five people have answered, a moment later. */
    private static void awaitReleased(Trial trial) throws SQLException {
        Instant deadline = Instant.now().plusSeconds(30);
        try (Connection db = DriverManager.getConnection(DB, "convene_engagement", "convene-local")) {
            while (count(db, "select count(*) from survey_answers where question_id = '" + trial.questionId() + "'")
                    < PEOPLE.size()) {
                assertTrue(Instant.now().isBefore(deadline), "the answers of " + trial.surveyId() + " were released");
                pause();
            }
        }
    }

    /** How many people the i-th participant = i-th answer guess links right. */
    private static int hits(Trial trial, List<String> participants, List<Map<String, Object>> answers) {
        int hits = 0;
        for (int i = 0; i < participants.size(); i++) {
            if (trial.valueByUser().get(participants.get(i)).equals(answers.get(i).get("number"))) {
                hits++;
            }
        }
        return hits;
    }

    /** Each participant guessed to have written the answer whose transaction id is nearest theirs. */
    private static int nearestTransactionHits(Trial trial, List<Map<String, Object>> takingPart,
                                              List<Map<String, Object>> answers) {
        int hits = 0;
        for (Map<String, Object> person : takingPart) {
            long tx = (Long) person.get("tx");
            Map<String, Object> nearest = answers.stream()
                    .min(Comparator.comparingLong(a -> Math.abs((Long) a.get("tx") - tx))).orElseThrow();
            if (trial.valueByUser().get((String) person.get("user_id")).equals(nearest.get("number"))) {
                hits++;
            }
        }
        return hits;
    }

    /** The i-th participant guessed to have written the survey's i-th free text on the topic. */
    private static int eventOrderHits(Trial trial, List<String> participants, List<FeedbackSubmitted> texts) {
        List<FeedbackSubmitted> mine = texts.stream()
                .filter(f -> f.category().equals("Pulse survey: Pulse " + surveyNumber(trial))).toList();
        int hits = 0;
        for (int i = 0; i < Math.min(participants.size(), mine.size()); i++) {
            if (mine.get(i).text().contains(" a " + trial.valueByUser().get(participants.get(i)) + " out")) {
                hits++;
            }
        }
        return hits;
    }

    private static String surveyNumber(Trial trial) {
        try (Connection db = DriverManager.getConnection(DB, "convene_engagement", "convene-local");
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select title from surveys where id = '" + trial.surveyId() + "'")) {
            rs.next();
            return rs.getString(1).substring("Pulse ".length());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <C extends Comparable<C>> List<Map<String, Object>> sorted(List<Map<String, Object>> rows,
                                                                             Function<Map<String, Object>, C> key) {
        return rows.stream().sorted(Comparator.comparing(key)).toList();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Map<String, Object>> rows(Connection db, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
