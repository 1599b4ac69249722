package org.convene.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.convene.bench.SoakVerdict.Measure;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;

/**
 * The soak: steady mixed load through the gateway for --minutes, sampling the stack each minute
 * ({@link StackProbe}) and judging at the end whether every series stayed flat
 * ({@link SoakVerdict}). The load is open loop (sent on time whatever the answers do), every demo
 * user in turn, in one new public mission: feedback, channel messages followed live by --watchers
 * members over the hub (each dropped every --reconnect-every seconds, to reconnect and resume),
 * votes on a deliberation's statements (each vote changes the voter's earlier one, so each is a
 * write and an event), and answers to pulse surveys (each person answers a survey once, so the
 * convener sets up a new survey for every six answers). The load runs --warmup seconds first,
 * counted apart and not judged (the services were just restarted). Writes a tab-separated table,
 * rewritten each minute, and exits 1 if the soak failed.
 *   Soak [--minutes 30] [--feedback-rate 5] [--message-rate 5] [--vote-rate 5] [--answer-rate 2]
 *        [--watchers 10] [--reconnect-every 60] [--warmup 60] [--run-dir .data/run]
 *        [--out bench/results/soak.tsv]
 */
public final class Soak {

    private static final List<DemoUser> PEOPLE = List.of(DemoUser.values());
    private static final String[] CONCERNS = {
        "the lift at the day centre is out again and wheelchair users cannot reach the first floor",
        "the night bus from the hospital stops running before the late shift ends",
        "the waiting list for the memory clinic is now longer than six months",
        "street lights on the estate have been broken since the autumn",
        "thank you for the extra weekend opening hours at the library, they help a lot",
    };
    private static final String[] VOTES = {"agree", "disagree", "pass"};
    private static final List<String> PRIORITIES = List.of("Transport", "Health", "Housing");
    private static final int STATEMENTS = 30;
    /** A message not at every watcher this long after it was acknowledged is reported as late. */
    private static final long LATE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final int minutes;
    /** When minute 1 began (System.nanoTime); until then the load is warming up (minute 0). */
    private volatile long start = Long.MAX_VALUE;
    private volatile boolean loading = true;
    private final Vertx vertx;
    private final HttpClient http;
    private final Tokens tokens;
    private final URI gateway = URI.create(LocalStack.GATEWAY);

    /** Sent, acknowledged and failed requests of one kind, by minute (0 is the warm-up, 1 the first minute). */
    private final class Kind {
        final String name;
        final AtomicLongArray sent = new AtomicLongArray(minutes + 2);
        final AtomicLongArray acknowledged = new AtomicLongArray(minutes + 2);
        final AtomicLongArray failed = new AtomicLongArray(minutes + 2);
        final Map<String, AtomicLong> reasons = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> warmupReasons = new ConcurrentHashMap<>();

        Kind(String name) {
            this.name = name;
        }

        void fail(String reason) {
            int minute = minuteNow();
            failed.incrementAndGet(minute);
            Map<String, AtomicLong> counts = minute == 0 ? warmupReasons : reasons;
            String key = counts.size() < 20 || counts.containsKey(reason) ? reason : "other";
            counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        }

        long total(AtomicLongArray counts) {
            long sum = 0;
            for (int m = 1; m <= minutes; m++) {
                sum += counts.get(m);
            }
            return sum;
        }
    }

    private final Kind feedback;
    private final Kind messages;
    private final Kind votes;
    private final Kind answers;
    private final Kind surveys;
    private final List<Kind> kinds;
    /** Acknowledged messages: id, and when (System.nanoTime) they were acknowledged. */
    private final Map<String, Long> acknowledgedMessages = new ConcurrentHashMap<>();
    private final Map<Integer, Future<SurveyForm>> surveyForms = new ConcurrentHashMap<>();
    private final AtomicLongArray drops;

    /** A survey set up for the soak: its id and its three questions' ids (scale, choice, text). */
    private record SurveyForm(String id, List<String> questionIds) {}

    private Soak(int minutes, Vertx vertx, HttpClient http, Tokens tokens) {
        this.minutes = minutes;
        this.vertx = vertx;
        this.http = http;
        this.tokens = tokens;
        this.feedback = new Kind("feedback");
        this.messages = new Kind("messages");
        this.votes = new Kind("votes");
        this.answers = new Kind("answers");
        this.surveys = new Kind("surveys");
        this.kinds = List.of(feedback, messages, votes, answers, surveys);
        this.drops = new AtomicLongArray(minutes + 2);
    }

    public static void main(String[] args) {
        LoadTool.start(args, Soak::run);
    }

    private static void run(Options options) throws Exception {
        int minutes = options.number("minutes", 30);
        double feedbackRate = rate(options, "feedback-rate", 5);
        double messageRate = rate(options, "message-rate", 5);
        double voteRate = rate(options, "vote-rate", 5);
        double answerRate = rate(options, "answer-rate", 2);
        int watcherCount = options.number("watchers", 10);
        int reconnectEvery = options.number("reconnect-every", 60);
        int warmup = options.number("warmup", 60);
        Path runDir = Path.of(options.text("run-dir", ".data/run"));
        Path out = Path.of(options.text("out", "bench/results/soak.tsv"));
        if (minutes < 1 || reconnectEvery < 1 || watcherCount < 0 || warmup < 0) {
            throw new IllegalArgumentException("--minutes and --reconnect-every must be at least 1, --watchers and --warmup at least 0");
        }

        System.out.printf("%s setting up: a mission with every demo user, a deliberation of %d statements%n",
                Instant.now(), STATEMENTS);
        Gateway.MissionChannel channel = Gateway.missionWithEveryone("Soak " + Instant.now());
        String feedbackPath = "/api/engagement/missions/" + channel.missionId() + "/feedback";
        Gateway.awaitFeedbackTaken(feedbackPath);
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < STATEMENTS; i++) {
            seeds.add("Statement " + (i + 1) + ": " + CONCERNS[i % CONCERNS.length] + " (soak)");
        }
        JsonNode deliberation = Gateway.call(DemoUser.OLIVIA, "POST", "/api/engagement/missions/" + channel.missionId()
                + "/deliberations", Map.of("question", "What should the mission fix first?", "seedStatements", seeds,
                "autoApprove", true));
        String deliberationPath = "/api/engagement/deliberations/" + deliberation.get("id").asText();
        List<String> statementIds = new ArrayList<>();
        Gateway.call(DemoUser.OLIVIA, "GET", deliberationPath + "/statements", null)
                .forEach(s -> statementIds.add(s.get("id").asText()));
        if (statementIds.isEmpty()) {
            throw new IllegalStateException("the deliberation has no statements to vote on");
        }

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(32));
        WebSocketClient sockets = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(watcherCount + 4));
        try (Tokens tokens = new Tokens(PEOPLE); StackProbe probe = new StackProbe(runDir)) {
            Soak soak = new Soak(minutes, vertx, http, tokens);
            List<ChannelWatcher> watchers = new ArrayList<>();
            for (int i = 0; i < watcherCount; i++) {
                DroppableSockets own = new DroppableSockets(sockets);
                ChannelWatcher watcher = new ChannelWatcher(vertx, own, http, tokens, PEOPLE.get(i % PEOPLE.size()), channel);
                watchers.add(watcher);
                watcher.connect();
                // Staggered, so that the watchers do not all reconnect at once.
                long every = TimeUnit.SECONDS.toMillis(reconnectEvery);
                vertx.setTimer(Math.max(1, every * (i + 1) / watcherCount), first -> {
                    soak.drop(own);
                    vertx.setPeriodic(every, next -> soak.drop(own));
                });
            }
            System.out.printf("%s load for %d s of warm-up and %d min: %s feedback/s, %s messages/s (%d members following,"
                            + " each reconnecting every %d s), %s votes/s, %s survey answers/s%n", Instant.now(), warmup, minutes,
                    plain(feedbackRate), plain(messageRate), watcherCount, reconnectEvery, plain(voteRate), plain(answerRate));
            List<Long> timers = List.of(
                    soak.steady(feedbackRate, n -> soak.sendFeedback(feedbackPath, n)),
                    soak.steady(messageRate, n -> soak.sendMessage(channel, n)),
                    soak.steady(voteRate, n -> soak.vote(deliberationPath, statementIds, n)),
                    soak.steady(answerRate, n -> soak.answer(channel.missionId(), n)));

            double perMinute = 60 * (feedbackRate + messageRate + voteRate + answerRate * (1 + 1.0 / PEOPLE.size()));
            SoakVerdict.Limits limits = new SoakVerdict.Limits(0.001, Math.max(600, Math.round(perMinute)),
                    Math.max(600, Math.round(perMinute)));
            TimeUnit.SECONDS.sleep(warmup);
            soak.start = System.nanoTime();
            System.out.printf("%s warm-up over (%s); minute 1 begins%n", Instant.now(), soak.phaseCounts(0));
            List<Map<String, Double>> samples = new ArrayList<>();
            long reconnectsBefore = watchers.stream().mapToLong(ChannelWatcher::reconnects).sum();
            List<Long> reconnects = new ArrayList<>();
            for (int m = 1; m <= minutes; m++) {
                long due = soak.start + TimeUnit.MINUTES.toNanos(m);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (m == minutes) {
                    // The last minute holds what was sent in it, not what the sampling below would add.
                    soak.loading = false;
                    timers.forEach(vertx::cancelTimer);
                }
                long late = soak.undelivered(watchers, System.nanoTime() - LATE_NANOS);
                long reconnectsNow = watchers.stream().mapToLong(ChannelWatcher::reconnects).sum();
                reconnects.add(reconnectsNow - reconnectsBefore);
                reconnectsBefore = reconnectsNow;
                samples.add(probe.sample());
                System.out.println(soak.minuteLine(m, samples.get(m - 1), late, reconnects.get(m - 1)));
                soak.writeTable(out, samples, reconnects, null);
            }
            System.out.printf("%s load stopped; waiting for the last answers and for the members to catch up%n", Instant.now());
            Thread.sleep(5000);
            long[] lost = soak.settleAndCount(watchers, TimeUnit.SECONDS.toNanos(60));
            watchers.forEach(ChannelWatcher::stop);
            soak.writeTable(out, samples, reconnects, lost);

            List<SoakVerdict.Minute> rows = new ArrayList<>();
            for (int m = 1; m <= minutes; m++) {
                // Deliveries lost of messages acknowledged in the warm-up count in minute 1: none may be lost.
                rows.add(new SoakVerdict.Minute(m, soak.sum(k -> k.sent, m), soak.sum(k -> k.failed, m),
                        lost[m] + (m == 1 ? lost[0] : 0), samples.get(m - 1)));
            }
            SoakVerdict.Verdict verdict = SoakVerdict.judge(rows, limits);
            soak.report(verdict, rows, watchers, lost);
            vertx.close();
            System.exit(verdict.passed() ? 0 : 1);
        }
    }

    private static double rate(Options options, String name, double fallback) {
        double rate = Double.parseDouble(options.text(name, Double.toString(fallback)));
        if (rate < 0) {
            throw new IllegalArgumentException("--" + name + " cannot be negative");
        }
        return rate;
    }

    // --- the load --------------------------------------------------------------------------------

    /** Calls {@code send} rate times a second from now on, numbering the calls; returns the timer. */
    private long steady(double rate, LongConsumer send) {
        if (rate == 0) {
            return -1;
        }
        long begin = System.nanoTime();
        double interval = TimeUnit.SECONDS.toNanos(1) / rate;
        AtomicLong next = new AtomicLong();
        return vertx.setPeriodic(5, timer -> {
            while (System.nanoTime() - begin >= next.get() * interval) {
                send.accept(next.getAndIncrement());
            }
        });
    }

    private void sendFeedback(String path, long n) {
        String text = "Soak feedback " + n + ": " + CONCERNS[(int) (n % CONCERNS.length)];
        send(feedback, person(n), HttpMethod.POST, path, json(Map.of("text", text)), 201);
    }

    private void sendMessage(Gateway.MissionChannel channel, long n) {
        send(messages, person(n), HttpMethod.POST, channel.messagesPath(), json(Map.of("text", "Soak message " + n)), 201)
                .onSuccess(answer -> {
                    try {
                        acknowledgedMessages.put(Gateway.JSON.readTree(answer.toString()).get("id").asText(), System.nanoTime());
                    } catch (IOException | NullPointerException unreadable) {
                        messages.fail("201 without a message id");
                    }
                });
    }

    /**
     * Vote n: person n mod 6 on statement (n / 6) mod 30; each round over every statement moves
     * each person's vote on, agree, disagree, pass, so that every vote changes the earlier one.
     */
    private void vote(String deliberationPath, List<String> statementIds, long n) {
        long round = n / PEOPLE.size();
        String statement = statementIds.get((int) (round % statementIds.size()));
        String choice = VOTES[(int) ((round / statementIds.size()) % VOTES.length)];
        send(votes, person(n), HttpMethod.PUT, deliberationPath + "/statements/" + statement + "/vote",
                json(Map.of("vote", choice)), 200);
    }

    /** Answer n: person n mod 6 answers survey n / 6, which the first of its answers sets up. */
    private void answer(String missionId, long n) {
        int k = (int) (n / PEOPLE.size());
        Future<SurveyForm> form = surveyForms.computeIfAbsent(k, key -> setUpSurvey(missionId, key));
        surveyForms.remove(k - 2);
        DemoUser person = person(n);
        form.onSuccess(survey -> {
            List<Map<String, Object>> given = List.of(
                    Map.of("questionId", survey.questionIds().get(0), "number", (int) (1 + n % 5)),
                    Map.of("questionId", survey.questionIds().get(1), "choices", List.of(PRIORITIES.get((int) (n % 3)))),
                    Map.of("questionId", survey.questionIds().get(2), "text", "Soak answer " + n + ": " + CONCERNS[(int) (n % CONCERNS.length)]));
            send(answers, person, HttpMethod.POST, "/api/engagement/surveys/" + survey.id() + "/responses",
                    json(Map.of("answers", given)), 201);
        }).onFailure(failure -> {
            answers.sent.incrementAndGet(minuteNow());
            answers.fail("its survey was not set up");
        });
    }

    private Future<SurveyForm> setUpSurvey(String missionId, int k) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "Soak pulse " + k);
        draft.put("questions", List.of(
                Map.of("kind", "SCALE_5", "prompt", "How well is the mission doing?"),
                Map.of("kind", "SINGLE", "prompt", "What should come first?", "options", PRIORITIES),
                Map.of("kind", "TEXT", "prompt", "Anything else?")));
        draft.put("schedule", "ONCE");
        draft.put("windowDays", 1);
        return send(surveys, DemoUser.OLIVIA, HttpMethod.POST, "/api/engagement/missions/" + missionId + "/surveys",
                json(draft), 201).map(answer -> {
                    try {
                        JsonNode survey = Gateway.JSON.readTree(answer.toString());
                        List<String> questions = new ArrayList<>();
                        survey.get("questions").forEach(q -> questions.add(q.get("id").asText()));
                        return new SurveyForm(survey.get("id").asText(), questions);
                    } catch (IOException e) {
                        throw new IllegalStateException("the new survey could not be read", e);
                    }
                });
    }

    /** Sends one request; an answer with the expected status is an acknowledgement, anything else a failure. */
    private Future<Buffer> send(Kind kind, DemoUser person, HttpMethod method, String path, String body, int expected) {
        kind.sent.incrementAndGet(minuteNow());
        RequestOptions request = new RequestOptions().setMethod(method).setHost(gateway.getHost())
                .setPort(gateway.getPort()).setURI(path).setIdleTimeout(10_000)
                .putHeader("Content-Type", "application/json")
                .putHeader("Authorization", "Bearer " + tokens.of(person));
        return http.request(request).compose(r -> r.send(body)).compose(response -> response.body().compose(answer -> {
            if (response.statusCode() != expected) {
                return Future.failedFuture(new Refused(response.statusCode(), answer.toString()));
            }
            kind.acknowledged.incrementAndGet(minuteNow());
            return Future.succeededFuture(answer);
        })).onFailure(failure -> kind.fail(reason(failure)));
    }

    /** Why a request failed, without the ids and figures that differ from one request to the next. */
    static String reason(Throwable failure) {
        String text = failure instanceof Refused refused ? refused.reason()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        text = text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("\\d+", "N");
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /** An answer other than the one expected. */
    private static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String body) {
            super(body, null, false, false);
            this.status = status;
        }

        /** The status and the problem's title, without the figures that change from one answer to the next. */
        String reason() {
            String title;
            try {
                JsonNode problem = Gateway.JSON.readTree(getMessage());
                title = problem.path("title").asText(problem.path("detail").asText(""));
            } catch (IOException notJson) {
                title = getMessage();
            }
            return status + " " + title;
        }
    }

    private void drop(DroppableSockets sockets) {
        if (loading && sockets.drop()) {
            drops.incrementAndGet(minuteNow());
        }
    }

    private static DemoUser person(long n) {
        return PEOPLE.get((int) (n % PEOPLE.size()));
    }

    private static String json(Object value) {
        try {
            return Gateway.JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- deliveries ------------------------------------------------------------------------------

    /** Deliveries (a watcher, a message) missing, of the messages acknowledged before {@code before}. */
    private long undelivered(List<ChannelWatcher> watchers, long before) {
        long missing = 0;
        for (Map.Entry<String, Long> message : acknowledgedMessages.entrySet()) {
            if (message.getValue() <= before) {
                for (ChannelWatcher watcher : watchers) {
                    if (!watcher.received().contains(message.getKey())) {
                        missing++;
                    }
                }
            }
        }
        return missing;
    }

    /**
     * Waits (up to {@code patience}) until every watcher has every acknowledged message, then
     * counts the deliveries still missing by the minute the message was acknowledged in.
     */
    private long[] settleAndCount(List<ChannelWatcher> watchers, long patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience;
        while (undelivered(watchers, Long.MAX_VALUE) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        long[] lost = new long[minutes + 2];
        acknowledgedMessages.forEach((id, at) -> {
            for (ChannelWatcher watcher : watchers) {
                if (!watcher.received().contains(id)) {
                    lost[minuteAt(at)]++;
                }
            }
        });
        return lost;
    }

    // --- minutes and the report ------------------------------------------------------------------

    private int minuteNow() {
        return minuteAt(System.nanoTime());
    }

    /** The minute of the run an instant falls in: 0 in the warm-up, then 1 to --minutes (later answers count in the last). */
    private int minuteAt(long nanos) {
        if (nanos < start) {
            return 0;
        }
        long minute = 1 + (nanos - start) / TimeUnit.MINUTES.toNanos(1);
        return (int) Math.max(1, Math.min(minutes, minute));
    }

    /** Sent, acknowledged and failed requests of one minute (0: the warm-up). */
    private String phaseCounts(int m) {
        return String.format(Locale.ROOT, "sent %d, acknowledged %d, errors %d", sum(k -> k.sent, m),
                sum(k -> k.acknowledged, m), sum(k -> k.failed, m));
    }

    private long sum(java.util.function.Function<Kind, AtomicLongArray> counts, int minute) {
        return kinds.stream().mapToLong(k -> counts.apply(k).get(minute)).sum();
    }

    private String minuteLine(int m, Map<String, Double> sample, long late, long reconnects) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "minute %d/%d: sent %d, acknowledged %d, errors %d, late deliveries %d, reconnects %d (%d planned)",
                m, minutes, sum(k -> k.sent, m), sum(k -> k.acknowledged, m), sum(k -> k.failed, m), late, reconnects,
                drops.get(m)));
        for (Measure measure : Measure.values()) {
            String values = sample.entrySet().stream().filter(e -> Measure.of(e.getKey()) == measure)
                    .map(e -> e.getKey().substring(measure.label.length() + 2) + " " + plain(e.getValue()))
                    .collect(Collectors.joining(", "));
            if (!values.isEmpty()) {
                line.append("; ").append(measure.label).append(": ").append(values);
            }
        }
        return line.toString();
    }

    /** The table, a row a minute: the load, then every series; lost deliveries once counted. */
    private void writeTable(Path out, List<Map<String, Double>> samples, List<Long> reconnects, long[] lost)
            throws IOException {
        TreeSet<String> names = new TreeSet<>(Comparator.comparing((String s) -> Measure.of(s) == null ? 99 : Measure.of(s).ordinal())
                .thenComparing(Comparator.naturalOrder()));
        samples.forEach(s -> names.addAll(s.keySet()));
        StringBuilder table = new StringBuilder("minute\twrites: sent");
        kinds.forEach(k -> table.append("\twrites: ").append(k.name));
        table.append("\terrors\tlost deliveries\treconnects\tunplanned reconnects");
        names.forEach(n -> table.append('\t').append(n));
        table.append('\n');
        for (int m = 1; m <= samples.size(); m++) {
            table.append(m).append('\t').append(sum(k -> k.sent, m));
            for (Kind k : kinds) {
                table.append('\t').append(k.acknowledged.get(m));
            }
            table.append('\t').append(sum(k -> k.failed, m))
                    .append('\t').append(lost == null ? "" : Long.toString(lost[m] + (m == 1 ? lost[0] : 0)))
                    .append('\t').append(reconnects.get(m - 1))
                    .append('\t').append(Math.max(0, reconnects.get(m - 1) - drops.get(m)));
            for (String name : names) {
                Double v = samples.get(m - 1).get(name);
                table.append('\t').append(v == null ? "" : plain(v));
            }
            table.append('\n');
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, table);
    }

    private void report(SoakVerdict.Verdict verdict, List<SoakVerdict.Minute> rows, List<ChannelWatcher> watchers,
                        long[] lost) {
        long sent = rows.stream().mapToLong(SoakVerdict.Minute::sent).sum();
        long errors = rows.stream().mapToLong(SoakVerdict.Minute::errors).sum();
        long lostTotal = java.util.Arrays.stream(lost).sum();
        System.out.println("warm-up (not judged): " + phaseCounts(0));
        for (Kind k : kinds) {
            System.out.printf("%s: %d sent, %d acknowledged, %d failed%s%s%n", k.name, k.total(k.sent),
                    k.total(k.acknowledged), k.total(k.failed), reasons("; failed: ", k.reasons),
                    reasons("; in the warm-up: ", k.warmupReasons));
        }
        System.out.printf("deliveries: %d messages acknowledged, %d members following, %d deliveries missing after"
                        + " the members caught up%n", acknowledgedMessages.size(), watchers.size(), lostTotal);
        verdict.findings().forEach(f -> System.out.println("verdict: " + f));

        // The headline: each part's heap after GC, from the baseline to the last window (or first to last minute).
        boolean judged = verdict.flatnessJudged();
        int last = rows.size();
        String heaps = rows.get(last - 1).series().keySet().stream().filter(s -> Measure.of(s) == Measure.HEAP)
                .map(s -> s.substring(Measure.HEAP.label.length() + 2) + " " + plain(judged ? mean(rows, s, 5, 10)
                        : value(rows, s, 1)) + " -> " + plain(judged ? mean(rows, s, last - 9, last) : value(rows, s, last)))
                .collect(Collectors.joining(", "));
        System.out.printf(Locale.ROOT, "headline: %d min of mixed load, %d requests (%.1f/s), %d errors, %d of %d deliveries"
                        + " lost; heap after GC MB (%s) %s; soak %s%n", minutes, sent, sent / (minutes * 60.0), errors,
                lostTotal, acknowledgedMessages.size() * (long) watchers.size(),
                judged ? "minutes 5-10 -> last 10" : "minute 1 -> minute " + last, heaps,
                verdict.passed() ? (judged ? "PASSED" : "passed on errors and deliveries (too short to judge flatness)")
                        : "FAILED: " + String.join("; ", verdict.problems()));
    }

    private static String reasons(String heading, Map<String, AtomicLong> reasons) {
        return reasons.isEmpty() ? "" : heading + reasons.entrySet().stream()
                .sorted(Map.Entry.<String, AtomicLong>comparingByValue(Comparator.comparingLong(AtomicLong::get)).reversed())
                .map(e -> e.getValue().get() + " x " + e.getKey()).collect(Collectors.joining(", "));
    }

    private static double value(List<SoakVerdict.Minute> rows, String series, int minute) {
        Double v = rows.get(minute - 1).series().get(series);
        return v == null ? Double.NaN : v;
    }

    private static double mean(List<SoakVerdict.Minute> rows, String series, int first, int last) {
        double sum = 0;
        int n = 0;
        for (int m = first; m <= last; m++) {
            double v = value(rows, series, m);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
