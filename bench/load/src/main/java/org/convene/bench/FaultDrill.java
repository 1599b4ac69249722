package org.convene.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.convene.platform.testing.StackProcesses;

/**
 * The fault test: feedback, channel messages, deliberation votes and survey answers are sent
 * through the gateway at a steady rate while members follow the channel live; meanwhile each
 * service, the gateway and then the Kafka broker is killed with SIGKILL and started again, one
 * after another. With {@code --instances 2} (the two-instance stack) the load goes through both
 * gateways, and each part's second instance is killed while the first keeps serving, then each
 * first instance, then the broker. Afterwards every acknowledged write must be stored exactly
 * once, every stored feedback and released survey answer must be in exactly one theme, every vote
 * must have reached the synthesis service and be counted once in its statement, every member must
 * have received every stored message, pushed or caught up after reconnecting, and none may have
 * had a message pushed after a later one of the channel. Prints the counts; exits 1 if anything
 * was lost, doubled or out of order.
 *   FaultDrill [--feedback-rate 20] [--message-rate 10] [--vote-rate 4] [--answer-rate 1]
 *              [--watchers 10] [--settle 10] [--instances 1|2] [--parts communities-2,kafka]
 */
public final class FaultDrill {

    private static final List<DemoUser> PEOPLE = List.of(DemoUser.values());
    private static final List<String> PARTS = List.of("communities", "engagement", "synthesis", "gateway");
    /** The second gateway of the two-instance stack (deploy/local/start --instances 2). */
    private static final String SECOND_GATEWAY = System.getProperty("convene.gateway2.url", "http://127.0.0.1:8079");

    private FaultDrill() {}

    /** A stream of writes at a fixed rate; what was acknowledged is kept by the id it was given. */
    private static final class Writes {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    }

    /**
     * One write: to the gateway, as the person; acknowledged by {@code status}, under {@code key} or,
     * when that is null, under the id in the answer.
     */
    private record Write(URI gateway, HttpMethod method, String path, DemoUser person, String body, int status,
                         String key) {}

    public static void main(String[] args) {
        LoadTool.start(args, FaultDrill::run);
    }

    /**
     * What is killed, in order: each part, then the broker; with two instances, each part's
     * second instance (the first keeps serving), then each first instance, then the broker.
     */
    static List<String> faults(int instances) {
        List<String> faults = new ArrayList<>();
        for (int n = instances; n >= 1; n--) {
            for (String part : PARTS) {
                faults.add(n == 1 ? part : part + "-" + n);
            }
        }
        faults.add("kafka");
        return faults;
    }

    private static void run(Options options) throws Exception {
        int feedbackRate = options.number("feedback-rate", 20);
        int messageRate = options.number("message-rate", 10);
        int voteRate = options.number("vote-rate", 4);
        int answerRate = options.number("answer-rate", 1);
        int watcherCount = options.number("watchers", 10);
        int settle = options.number("settle", 10);
        int instances = options.number("instances", 1);
        if (instances < 1 || instances > 2) {
            throw new IllegalArgumentException("--instances is 1 or 2");
        }
        String parts = options.text("parts", "");
        List<String> faults = parts.isBlank() ? faults(instances) : Arrays.asList(parts.split(","));
        List<URI> gateways = instances == 1 ? List.of(URI.create(LocalStack.GATEWAY))
                : List.of(URI.create(LocalStack.GATEWAY), URI.create(SECOND_GATEWAY));
        // Long enough for every fault (a restart takes up to about 40 s), with room to spare.
        int seconds = settle + faults.size() * (settle + 45) + 60;

        Gateway.MissionChannel channel = Gateway.missionWithEveryone("Fault test " + Instant.now());
        String feedbackPath = "/api/engagement/missions/" + channel.missionId() + "/feedback";
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(32));
        WebSocketClient sockets = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(watcherCount + 4));
        try (Tokens tokens = new Tokens(PEOPLE)) {
            Gateway.awaitFeedbackTaken(feedbackPath);
            VotePlan votePlan = VotePlan.open(channel.missionId(), PEOPLE, voteRate * seconds);
            SurveyPlan surveyPlan = SurveyPlan.open(channel.missionId(), PEOPLE, answerRate * seconds);
            System.out.printf("%s mission %s: %d gateway(s), %d votes and %d answers planned; faults: %s%n", Instant.now(),
                    channel.missionId(), gateways.size(), votePlan.size(), surveyPlan.size(), String.join(", ", faults));
            List<ChannelWatcher> watchers = new ArrayList<>();
            for (int i = 0; i < watcherCount; i++) {
                ChannelWatcher watcher = new ChannelWatcher(vertx, sockets, http, tokens, PEOPLE.get(i % PEOPLE.size()),
                        channel, gateways, i);
                watchers.add(watcher);
                watcher.connect();
            }
            Thread.sleep(2000);

            Writes feedback = new Writes();
            Writes messages = new Writes();
            Writes votes = new Writes();
            Writes answers = new Writes();
            List<Long> timers = new ArrayList<>();
            timers.add(steady(vertx, feedbackRate, n -> write(http, tokens, feedback, new Write(gateways.get(n % gateways.size()),
                    HttpMethod.POST, feedbackPath, PEOPLE.get(n % PEOPLE.size()),
                    "{\"text\":\"Fault test report " + n + " (" + UUID.randomUUID() + "): the lift at the day centre is out again\"}",
                    201, null))));
            timers.add(steady(vertx, messageRate, n -> write(http, tokens, messages, new Write(gateways.get(n % gateways.size()),
                    HttpMethod.POST, channel.messagesPath(), PEOPLE.get(n % PEOPLE.size()),
                    "{\"text\":\"Fault test message " + n + " (" + UUID.randomUUID() + ")\"}", 201, null))));
            timers.add(steady(vertx, voteRate, n -> votePlan.vote(n).ifPresent(v -> write(http, tokens, votes,
                    new Write(gateways.get(n % gateways.size()), HttpMethod.PUT, v.path(), v.person(), v.body(), 200, v.key())))));
            timers.add(steady(vertx, answerRate, n -> surveyPlan.answer(n).ifPresent(a -> write(http, tokens, answers,
                    new Write(gateways.get(n % gateways.size()), HttpMethod.POST, a.path(), a.person(), a.body(), 201, a.text())))));

            Thread.sleep(TimeUnit.SECONDS.toMillis(settle));
            for (String part : faults) {
                System.out.printf("%s kill -9 %s (acknowledged so far: %d feedback, %d messages, %d votes, %d answers)%n",
                        Instant.now(), part, feedback.acknowledged.size(), messages.acknowledged.size(),
                        votes.acknowledged.size(), answers.acknowledged.size());
                StackProcesses.kill9(part);
                Thread.sleep(2000);
                startWhatIsDown(instances);
                System.out.printf("%s %s is back%n", Instant.now(), part);
                Thread.sleep(TimeUnit.SECONDS.toMillis(settle));
            }
            timers.forEach(vertx::cancelTimer);
            Thread.sleep(3000); // the last answers

            boolean whole = settleAndCheck(channel, feedback, messages, votes, answers, watchers);
            watchers.forEach(ChannelWatcher::stop);
            System.out.println(whole ? "fault test passed: nothing lost, nothing doubled, nothing out of order"
                    : "fault test FAILED: see the counts above");
            vertx.close();
            System.exit(whole ? 0 : 1);
        }
    }

    /** Runs {@code send} rate times a second from now on, numbering the calls; returns the timer (none for rate 0). */
    private static long steady(Vertx vertx, int rate, IntConsumer send) {
        if (rate <= 0) {
            return -1;
        }
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        AtomicInteger next = new AtomicInteger();
        return vertx.setPeriodic(5, timer -> {
            while (System.nanoTime() - start >= next.get() * interval) {
                send.accept(next.getAndIncrement());
            }
        });
    }

    /**
     * Sends one write to its gateway; the expected status is an acknowledgement, anything else
     * (or no answer) is not. A failed write is never sent again, to this gateway or another: the
     * client cannot know whether it was acted on.
     */
    private static void write(HttpClient http, Tokens tokens, Writes writes, Write write) {
        writes.sent.incrementAndGet();
        RequestOptions request = new RequestOptions().setMethod(write.method()).setHost(write.gateway().getHost())
                .setPort(write.gateway().getPort()).setURI(write.path()).setIdleTimeout(10_000)
                .putHeader("Content-Type", "application/json")
                .putHeader("Authorization", "Bearer " + tokens.of(write.person()));
        http.request(request).compose(r -> r.send(write.body())).compose(response -> response.body().map(answer -> {
            if (response.statusCode() == write.status()) {
                try {
                    writes.acknowledged.add(write.key() != null ? write.key()
                            : Gateway.JSON.readTree(answer.toString()).get("id").asText());
                } catch (IOException | NullPointerException e) {
                    writes.failed.incrementAndGet();
                }
            } else {
                writes.failed.incrementAndGet();
            }
            return answer;
        })).onFailure(failure -> writes.failed.incrementAndGet());
    }

    /** Starts whatever is down (with the second instances too when there are two) and waits until it is ready. */
    private static void startWhatIsDown(int instances) {
        if (instances == 1) {
            StackProcesses.startWhatIsDown();
            return;
        }
        try {
            Process start = new ProcessBuilder(root().resolve("deploy/local/start").toString(), "--no-build",
                    "--instances", Integer.toString(instances)).inheritIO().start();
            if (!start.waitFor(300, TimeUnit.SECONDS) || start.exitValue() != 0) {
                throw new IllegalStateException("deploy/local/start --no-build --instances " + instances + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The project's root: the nearest folder up from here that holds deploy/local/start. */
    private static Path root() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("deploy/local/start"))) {
                return dir;
            }
        }
        throw new IllegalStateException("deploy/local/start not found above " + Paths.get("").toAbsolutePath());
    }

    /** What the databases hold for the drill's mission, read at one moment. */
    private record Stored(List<String> feedback, List<String> themedFeedback, List<String> messages,
                          List<String> votesByPerson, List<String> votesByParticipant, List<String> votesInSynthesis,
                          int miscountedStatements, List<String> releasedAnswers, List<String> heldAnswers,
                          int respondents, int heldResponses, int releasedResponses, List<String> themedAnswers) {

        static Stored read(Gateway.MissionChannel channel) {
            String mission = channel.missionId();
            String votesOfMission = " from votes v join deliberations d on d.id = v.deliberation_id where d.mission_id = ?";
            String surveysOfMission = " join surveys s on s.id = x.survey_id where s.mission_id = ?";
            return new Stored(
                    StoredRows.column("engagement",
                            "select id::text from feedback where mission_id = ? and text like 'Fault test report %'", mission),
                    StoredRows.column("synthesis",
                            "select source_id from theme_texts where mission_id = ? and text like 'Fault test report %'", mission),
                    StoredRows.column("communities", "select id::text from messages where channel_id = ?::uuid", channel.channelId()),
                    StoredRows.column("engagement", "select v.statement_id::text || '|' || p.user_id || '|' || v.vote"
                            + " from votes v join participants p on p.id = v.participant_id"
                            + " join deliberations d on d.id = v.deliberation_id where d.mission_id = ? and p.user_id is not null", mission),
                    StoredRows.column("engagement",
                            "select v.statement_id::text || '|' || v.participant_id::text || '|' || v.vote" + votesOfMission, mission),
                    StoredRows.column("synthesis", "select statement_id || '|' || participant_id || '|' || vote"
                            + " from deliberation_votes where mission_id = ?", mission),
                    number(StoredRows.column("engagement", "select count(*)::text from statements st"
                            + " join deliberations d on d.id = st.deliberation_id cross join lateral"
                            + " (select count(*) filter (where v.vote = 1) as agrees, count(*) filter (where v.vote = -1) as disagrees,"
                            + " count(*) filter (where v.vote = 0) as passes from votes v where v.statement_id = st.id) c"
                            + " where d.mission_id = ?"
                            + " and (st.agrees, st.disagrees, st.passes) is distinct from (c.agrees, c.disagrees, c.passes)", mission)),
                    StoredRows.column("engagement", "select x.text from survey_answers x" + surveysOfMission
                            + " and x.text like '" + SurveyPlan.PREFIX + "%'", mission),
                    heldTexts(StoredRows.column("engagement", "select x.answers from survey_answer_pool x" + surveysOfMission, mission)),
                    number(StoredRows.column("engagement", "select count(*)::text from survey_respondents x" + surveysOfMission, mission)),
                    number(StoredRows.column("engagement", "select count(*)::text from survey_answer_pool x" + surveysOfMission, mission)),
                    number(StoredRows.column("engagement",
                            "select coalesce(sum(x.people), 0)::text from survey_releases x" + surveysOfMission, mission)),
                    StoredRows.column("synthesis",
                            "select text from theme_texts where mission_id = ? and text like '" + SurveyPlan.PREFIX + "%'", mission));
        }

        /** The drill's texts among responses still held back (JSON lists of answers). */
        private static List<String> heldTexts(List<String> responses) {
            List<String> texts = new ArrayList<>();
            for (String response : responses) {
                try {
                    for (JsonNode answer : Gateway.JSON.readTree(response)) {
                        String text = answer.path("text").asText("");
                        if (text.startsWith(SurveyPlan.PREFIX)) {
                            texts.add(text);
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("a held response is not JSON", e);
                }
            }
            return texts;
        }

        private static int number(List<String> single) {
            return Integer.parseInt(single.get(0));
        }

        List<String> storedAnswers() {
            List<String> all = new ArrayList<>(releasedAnswers);
            all.addAll(heldAnswers);
            return all;
        }
    }

    /**
     * Waits (up to three minutes) for synthesis and the watchers to catch up with what was stored,
     * then checks and prints every count.
     */
    private static boolean settleAndCheck(Gateway.MissionChannel channel, Writes feedback, Writes messages, Writes votes,
                                          Writes answers, List<ChannelWatcher> watchers) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        Stored stored;
        int leastDelivered;
        while (true) {
            try {
                stored = Stored.read(channel);
            } catch (IllegalStateException unreadable) {
                // A database out of connections or unreachable for a moment is no verdict: read again.
                if (!(unreadable.getCause() instanceof SQLException e && e.getSQLState() != null
                        && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("53")))
                        || Instant.now().isAfter(deadline)) {
                    throw unreadable;
                }
                System.out.println("could not read the stored rows yet: " + unreadable.getMessage());
                Thread.sleep(2000);
                continue;
            }
            Set<String> expected = new HashSet<>(stored.messages());
            leastDelivered = watchers.stream().mapToInt(w -> (int) expected.stream().filter(w.received()::contains).count())
                    .min().orElse(0);
            boolean caughtUp = new HashSet<>(stored.themedFeedback()).containsAll(stored.feedback())
                    && leastDelivered == expected.size()
                    && new HashSet<>(stored.votesInSynthesis()).containsAll(stored.votesByParticipant())
                    && new HashSet<>(stored.themedAnswers()).containsAll(stored.releasedAnswers());
            if (caughtUp || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(2000);
        }
        int reconnects = watchers.stream().mapToInt(ChannelWatcher::reconnects).sum();
        int outOfOrder = watchers.stream().mapToInt(ChannelWatcher::outOfOrder).sum();
        List<String> storedAnswers = stored.storedAnswers();
        System.out.printf("feedback: %d sent, %d acknowledged, %d not, %d stored (%d distinct), %d themed (%d distinct)%n",
                feedback.sent.get(), feedback.acknowledged.size(), feedback.failed.get(), stored.feedback().size(),
                distinct(stored.feedback()), stored.themedFeedback().size(), distinct(stored.themedFeedback()));
        System.out.printf("messages: %d sent, %d acknowledged, %d not, %d stored (%d distinct); "
                        + "each of %d members received at least %d of them (%d reconnects in all)%n",
                messages.sent.get(), messages.acknowledged.size(), messages.failed.get(), stored.messages().size(),
                distinct(stored.messages()), watchers.size(), leastDelivered, reconnects);
        System.out.printf("order: %d messages pushed after a later one of the channel (per member: %s)%n", outOfOrder,
                watchers.stream().map(w -> w.person().username + " " + w.outOfOrder()).collect(Collectors.joining(", ")));
        watchers.stream().flatMap(w -> w.disorder().stream()).limit(10).forEach(d -> System.out.println("  " + d));
        System.out.printf("votes: %d sent, %d acknowledged, %d not, %d stored (%d of the acknowledged), "
                        + "%d statements whose counts differ from their votes, %d in the synthesis service (%d of the stored)%n",
                votes.sent.get(), votes.acknowledged.size(), votes.failed.get(), stored.votesByParticipant().size(),
                votes.acknowledged.stream().filter(new HashSet<>(stored.votesByPerson())::contains).count(),
                stored.miscountedStatements(), stored.votesInSynthesis().size(),
                stored.votesByParticipant().stream().filter(new HashSet<>(stored.votesInSynthesis())::contains).count());
        System.out.printf("survey answers: %d sent, %d acknowledged, %d not, %d stored (%d distinct: %d released, %d held back "
                        + "until 5 have answered), %d respondents for %d stored responses, %d themed (%d distinct)%n",
                answers.sent.get(), answers.acknowledged.size(), answers.failed.get(), storedAnswers.size(),
                distinct(storedAnswers), stored.releasedAnswers().size(), stored.heldAnswers().size(), stored.respondents(),
                stored.heldResponses() + stored.releasedResponses(), stored.themedAnswers().size(), distinct(stored.themedAnswers()));

        List<String> problems = new ArrayList<>();
        check(problems, new HashSet<>(stored.feedback()).containsAll(feedback.acknowledged), "an acknowledged feedback is missing");
        check(problems, distinct(stored.feedback()) == stored.feedback().size(), "a feedback is stored twice");
        check(problems, sameOnce(stored.themedFeedback(), stored.feedback()),
                "the themed feedback is not exactly the stored feedback");
        check(problems, new HashSet<>(stored.messages()).containsAll(messages.acknowledged), "an acknowledged message is missing");
        check(problems, distinct(stored.messages()) == stored.messages().size(), "a message is stored twice");
        check(problems, leastDelivered == stored.messages().size(), "a member did not receive every stored message");
        check(problems, outOfOrder == 0, "a member had a channel's messages pushed out of order");
        check(problems, new HashSet<>(stored.votesByPerson()).containsAll(votes.acknowledged),
                "an acknowledged vote is missing (or stored with another value)");
        check(problems, stored.miscountedStatements() == 0, "a statement's counts are not its votes (a vote counted twice or not at all)");
        check(problems, sameOnce(stored.votesInSynthesis(), stored.votesByParticipant()),
                "the synthesis service's votes are not exactly the stored votes");
        check(problems, new HashSet<>(storedAnswers).containsAll(answers.acknowledged), "an acknowledged survey answer is missing");
        check(problems, distinct(storedAnswers) == storedAnswers.size(), "a survey answer is stored twice");
        check(problems, stored.respondents() == stored.heldResponses() + stored.releasedResponses(),
                "the survey respondents are not exactly the stored responses");
        check(problems, sameOnce(stored.themedAnswers(), stored.releasedAnswers()),
                "the themed survey answers are not exactly the released answers");
        check(problems, feedback.acknowledged.size() > 0 && messages.acknowledged.size() > 0, "nothing was acknowledged");
        problems.forEach(p -> System.out.println("problem: " + p));
        return problems.isEmpty();
    }

    private static int distinct(List<String> values) {
        return new HashSet<>(values).size();
    }

    /** Whether {@code copies} holds each of {@code originals} exactly once and nothing else. */
    private static boolean sameOnce(List<String> copies, List<String> originals) {
        Map<String, Integer> counted = new HashMap<>();
        copies.forEach(c -> counted.merge(c, 1, Integer::sum));
        return copies.size() == originals.size() && new HashSet<>(originals).equals(counted.keySet())
                && counted.values().stream().allMatch(n -> n == 1);
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
