package org.convene.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;

/**
 * Feedback intake: submissions with durable acknowledgement, as many at once as --concurrency
 * says, each sent again as soon as the one before is answered (or, with --rate, when the rate
 * allows: then at most that many a second in all), for --seconds after --warmup.
 * Either through the gateway into the engagement service (201 once the feedback and its event are
 * committed to PostgreSQL), or, as the baseline, a bare Kafka producer with acks=all sending
 * records of the same size (acknowledged once every in-sync replica has them).
 *   Intake --target convene|kafka [--concurrency 64] [--rate 0] [--seconds 30] [--warmup 5]
 * Prints one tab-separated line starting with "result".
 */
public final class Intake {

    private static final List<DemoUser> PEOPLE = List.of(DemoUser.values());
    private static final String TOPIC = "bench.intake";
    private static final String[] SAYINGS = {
        "The night bus from the hospital stops running before the late shift ends",
        "Parents say the school meal portions are too small for teenagers",
        "The new referral form takes twice as long as the old one",
        "Thank you for the extra winter staff on the ward, it made a real difference",
        "Nobody told us the clinic had moved and patients kept turning up at the old site",
    };

    private Intake() {}

    public static void main(String[] args) {
        LoadTool.start(args, Intake::run);
    }

    private static void run(Options options) throws Exception {
        String target = options.text("target", "convene");
        int concurrency = options.number("concurrency", 64);
        int seconds = options.number("seconds", 30);
        int warmup = options.number("warmup", 5);
        int rate = options.number("rate", 0);
        ProcessMemory memory = new ProcessMemory(options.number("pid", 0));

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        IntFunction<Future<Void>> submit = switch (target) {
            case "convene" -> throughGateway(vertx, concurrency);
            case "kafka" -> bareProducer(vertx);
            default -> throw new IllegalArgumentException("target is convene or kafka");
        };

        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        Lanes lanes = new Lanes(vertx, submit, rate, start, measureFrom, measureFrom + TimeUnit.SECONDS.toNanos(seconds),
                concurrency);
        for (int lane = 0; lane < concurrency; lane++) {
            vertx.runOnContext(ignored -> lanes.next());
        }
        while (!lanes.done.isDone()) {
            memory.sample();
            Thread.sleep(500);
        }
        Latencies.Summary s = lanes.latencies.summary();
        System.out.printf("result\t%s\t%d\t%d\t%d\t%.0f\t%.1f\t%.1f\t%.1f\t%.1f\t%d%n", target, concurrency,
                lanes.acknowledged.get(), lanes.failures.get(), lanes.acknowledged.get() / (double) seconds,
                s.p50(), s.p95(), s.p99(), s.max(), memory.peakMb());
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        System.exit(0);
    }

    /**
     * The lanes: each sends, waits for the answer, records it if inside the measured window, and
     * sends again; with a rate, not before the rate allows the next submission.
     */
    private static final class Lanes {
        final Latencies latencies = new Latencies();
        final AtomicLong acknowledged = new AtomicLong();
        final AtomicInteger failures = new AtomicInteger();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        private final AtomicInteger sequence = new AtomicInteger();
        private final AtomicInteger running;
        private final Vertx vertx;
        private final IntFunction<Future<Void>> submit;
        private final int rate;
        private final long start;
        private final long measureFrom;
        private final long end;

        Lanes(Vertx vertx, IntFunction<Future<Void>> submit, int rate, long start, long measureFrom, long end,
              int concurrency) {
            this.vertx = vertx;
            this.submit = submit;
            this.rate = rate;
            this.start = start;
            this.measureFrom = measureFrom;
            this.end = end;
            this.running = new AtomicInteger(concurrency);
        }

        void next() {
            int n = sequence.getAndIncrement();
            long wait = rate > 0 ? start + (long) (n * 1e9 / rate) - System.nanoTime() : 0;
            if (wait > TimeUnit.MILLISECONDS.toNanos(1)) {
                vertx.setTimer(TimeUnit.NANOSECONDS.toMillis(wait), t -> send(n));
            } else {
                send(n);
            }
        }

        private void send(int n) {
            long sent = System.nanoTime();
            if (sent >= end) {
                if (running.decrementAndGet() == 0) {
                    done.complete(null);
                }
                return;
            }
            submit.apply(n).onComplete(result -> {
                long answered = System.nanoTime();
                if (sent >= measureFrom && answered <= end) {
                    if (result.succeeded()) {
                        latencies.add(answered - sent);
                        acknowledged.incrementAndGet();
                    } else if (failures.incrementAndGet() <= 3) {
                        System.err.println("not acknowledged: " + result.cause().getMessage());
                    }
                }
                next();
            });
        }
    }

    /** Feedback to a new mission through the gateway, from the demo users in turn. */
    private static IntFunction<Future<Void>> throughGateway(Vertx vertx, int concurrency) {
        Gateway.MissionChannel mission = Gateway.missionWithEveryone("Intake benchmark " + Instant.now());
        Map<DemoUser, String> tokens = Gateway.tokens(PEOPLE);
        String path = "/api/engagement/missions/" + mission.missionId() + "/feedback";
        Gateway.awaitFeedbackTaken(path);
        URI gateway = URI.create(LocalStack.GATEWAY);
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(concurrency));
        return n -> {
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setHost(gateway.getHost())
                    .setPort(gateway.getPort()).setURI(path).putHeader("Content-Type", "application/json")
                    .putHeader("Authorization", "Bearer " + tokens.get(PEOPLE.get(n % PEOPLE.size())));
            return http.request(request)
                    .compose(r -> r.send("{\"text\":\"" + saying(n) + "\",\"service\":\"Transport\",\"place\":\"Leeds\"}"))
                    .compose(response -> response.statusCode() == 201 ? response.body().<Void>mapEmpty()
                            : response.body().compose(body -> Future.failedFuture(response.statusCode() + ": " + body)));
        };
    }

    /** The baseline's own topic: the broker creates none on a client's request. */
    private static void createTopicIfMissing(Properties props) {
        try (Admin admin = Admin.create(props)) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create the topic " + TOPIC, e);
        }
    }

    /** The baseline: records as big as a FeedbackSubmitted event, acks=all, on the same broker. */
    private static IntFunction<Future<Void>> bareProducer(Vertx vertx) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        createTopicIfMissing(props);
        KafkaProducer<String, String> producer = new KafkaProducer<>(props);
        String key = UUID.randomUUID().toString();
        return n -> {
            // The answer is taken back to the lane's event loop, as the HTTP client's answers are.
            Context lane = vertx.getOrCreateContext();
            Promise<Void> acked = Promise.promise();
            String value = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"org.convene.engagement.feedback.submitted.v1\","
                    + "\"source\":\"/bench\",\"time\":\"" + Instant.now() + "\",\"data\":{\"missionId\":\"" + key
                    + "\",\"text\":\"" + saying(n) + "\",\"service\":\"Transport\",\"place\":\"Leeds\"}}";
            producer.send(new ProducerRecord<>(TOPIC, key, value), (metadata, failure) -> {
                lane.runOnContext(ignored -> {
                    if (failure == null) {
                        acked.complete();
                    } else {
                        acked.fail(failure);
                    }
                });
            });
            return acked.future();
        };
    }

    private static String saying(int n) {
        return SAYINGS[n % SAYINGS.length] + " (report " + n + ")";
    }
}
