package org.convene.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.convene.platform.testing.StackProcesses;

/**
 * The fault test: feedback and channel messages are sent through the gateway at a steady rate
 * while members follow the channel live; meanwhile each service, the gateway and then the Kafka
 * broker is killed with SIGKILL and started again, one after another. Afterwards every
 * acknowledged feedback and message must be stored exactly once, every stored feedback must be
 * in exactly one theme, and every member must have received every stored message, pushed or
 * caught up after reconnecting. Prints the counts; exits 1 if anything was lost or doubled.
 *   FaultDrill [--feedback-rate 20] [--message-rate 10] [--watchers 10] [--settle 10]
 */
public final class FaultDrill {

    private static final List<DemoUser> PEOPLE = List.of(DemoUser.values());
    private static final List<String> FAULTS = List.of("communities", "engagement", "synthesis", "gateway", "kafka");

    private FaultDrill() {}

    /** A stream of writes at a fixed rate; what was acknowledged is kept by the id it was given. */
    private static final class Writes {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    }

    public static void main(String[] args) {
        LoadTool.start(args, FaultDrill::run);
    }

    private static void run(Options options) throws Exception {
        int feedbackRate = options.number("feedback-rate", 20);
        int messageRate = options.number("message-rate", 10);
        int watcherCount = options.number("watchers", 10);
        int settle = options.number("settle", 10);

        Gateway.MissionChannel channel = Gateway.missionWithEveryone("Fault test " + Instant.now());
        String feedbackPath = "/api/engagement/missions/" + channel.missionId() + "/feedback";
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(32));
        WebSocketClient sockets = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(watcherCount + 4));
        try (Tokens tokens = new Tokens(PEOPLE)) {
            Gateway.awaitFeedbackTaken(feedbackPath);
            List<ChannelWatcher> watchers = new ArrayList<>();
            for (int i = 0; i < watcherCount; i++) {
                ChannelWatcher watcher = new ChannelWatcher(vertx, sockets, http, tokens, PEOPLE.get(i % PEOPLE.size()), channel);
                watchers.add(watcher);
                watcher.connect();
            }
            Thread.sleep(2000);

            Writes feedback = new Writes();
            Writes messages = new Writes();
            long feedbackTimer = steady(vertx, feedbackRate, n -> write(http, tokens, feedback, feedbackPath, n,
                    "{\"text\":\"Fault test report " + n + " (" + UUID.randomUUID() + "): the lift at the day centre is out again\"}"));
            long messageTimer = steady(vertx, messageRate, n -> write(http, tokens, messages, channel.messagesPath(), n,
                    "{\"text\":\"Fault test message " + n + " (" + UUID.randomUUID() + ")\"}"));

            Thread.sleep(TimeUnit.SECONDS.toMillis(settle));
            for (String part : FAULTS) {
                System.out.printf("%s kill -9 %s (%d feedback and %d messages acknowledged so far)%n",
                        Instant.now(), part, feedback.acknowledged.size(), messages.acknowledged.size());
                StackProcesses.kill9(part);
                Thread.sleep(2000);
                StackProcesses.startWhatIsDown();
                System.out.printf("%s %s is back%n", Instant.now(), part);
                Thread.sleep(TimeUnit.SECONDS.toMillis(settle));
            }
            vertx.cancelTimer(feedbackTimer);
            vertx.cancelTimer(messageTimer);
            Thread.sleep(3000); // the last answers

            boolean whole = settleAndCheck(channel, feedback, messages, watchers);
            watchers.forEach(ChannelWatcher::stop);
            System.out.println(whole ? "fault test passed: nothing lost, nothing doubled"
                    : "fault test FAILED: see the counts above");
            vertx.close();
            System.exit(whole ? 0 : 1);
        }
    }

    /** Runs {@code send} rate times a second from now on, numbering the calls; returns the timer. */
    private static long steady(Vertx vertx, int rate, java.util.function.IntConsumer send) {
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        AtomicInteger next = new AtomicInteger();
        return vertx.setPeriodic(5, timer -> {
            while (System.nanoTime() - start >= next.get() * interval) {
                send.accept(next.getAndIncrement());
            }
        });
    }

    /** POSTs one write as the next demo user; a 201 is an acknowledgement, anything else is not. */
    private static void write(HttpClient http, Tokens tokens, Writes writes, String path, int n, String body) {
        writes.sent.incrementAndGet();
        URI gateway = URI.create(LocalStack.GATEWAY);
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setHost(gateway.getHost())
                .setPort(gateway.getPort()).setURI(path).setIdleTimeout(10_000)
                .putHeader("Content-Type", "application/json")
                .putHeader("Authorization", "Bearer " + tokens.of(PEOPLE.get(n % PEOPLE.size())));
        http.request(request).compose(r -> r.send(body)).compose(response -> response.body().map(answer -> {
            if (response.statusCode() == 201) {
                try {
                    writes.acknowledged.add(Gateway.JSON.readTree(answer.toString()).get("id").asText());
                } catch (java.io.IOException e) {
                    writes.failed.incrementAndGet();
                }
            } else {
                writes.failed.incrementAndGet();
            }
            return answer;
        })).onFailure(failure -> writes.failed.incrementAndGet());
    }

    /**
     * Waits (up to three minutes) for synthesis and the watchers to catch up with what was stored,
     * then checks and prints every count.
     */
    private static boolean settleAndCheck(Gateway.MissionChannel channel, Writes feedback, Writes messages,
                                          List<ChannelWatcher> watchers) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        List<String> storedFeedback;
        List<String> themed;
        List<String> storedMessages;
        int leastDelivered;
        while (true) {
            storedFeedback = StoredRows.column("engagement",
                    "select id::text from feedback where mission_id = ? and text like 'Fault test report %'", channel.missionId());
            themed = StoredRows.column("synthesis",
                    "select source_id from theme_texts where mission_id = ? and text like 'Fault test report %'", channel.missionId());
            storedMessages = StoredRows.column("communities",
                    "select id::text from messages where channel_id = ?::uuid", channel.channelId());
            Set<String> expected = new HashSet<>(storedMessages);
            leastDelivered = watchers.stream().mapToInt(w -> (int) expected.stream().filter(w.received()::contains).count())
                    .min().orElse(0);
            boolean caughtUp = new HashSet<>(themed).containsAll(storedFeedback) && leastDelivered == expected.size();
            if (caughtUp || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(2000);
        }
        int reconnects = watchers.stream().mapToInt(ChannelWatcher::reconnects).sum();
        System.out.printf("feedback: %d sent, %d acknowledged, %d not, %d stored (%d distinct), %d themed (%d distinct)%n",
                feedback.sent.get(), feedback.acknowledged.size(), feedback.failed.get(), storedFeedback.size(),
                new HashSet<>(storedFeedback).size(), themed.size(), new HashSet<>(themed).size());
        System.out.printf("messages: %d sent, %d acknowledged, %d not, %d stored (%d distinct); "
                        + "each of %d members received at least %d of them (%d reconnects in all)%n",
                messages.sent.get(), messages.acknowledged.size(), messages.failed.get(), storedMessages.size(),
                new HashSet<>(storedMessages).size(), watchers.size(), leastDelivered, reconnects);
        List<String> problems = new ArrayList<>();
        check(problems, new HashSet<>(storedFeedback).containsAll(feedback.acknowledged), "an acknowledged feedback is missing");
        check(problems, new HashSet<>(storedFeedback).size() == storedFeedback.size(), "a feedback is stored twice");
        check(problems, new HashSet<>(themed).equals(new HashSet<>(storedFeedback)) && themed.size() == storedFeedback.size(),
                "the themed feedback is not exactly the stored feedback");
        check(problems, new HashSet<>(storedMessages).containsAll(messages.acknowledged), "an acknowledged message is missing");
        check(problems, new HashSet<>(storedMessages).size() == storedMessages.size(), "a message is stored twice");
        check(problems, leastDelivered == storedMessages.size(), "a member did not receive every stored message");
        check(problems, feedback.acknowledged.size() > 0 && messages.acknowledged.size() > 0, "nothing was acknowledged");
        problems.forEach(p -> System.out.println("problem: " + p));
        return problems.isEmpty();
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
