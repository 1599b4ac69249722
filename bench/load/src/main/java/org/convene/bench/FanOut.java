package org.convene.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Real-time fan-out: N WebSocket clients follow one stream while posts arrive at a fixed rate
 * (open loop: a slow answer does not slow the posts). For every delivery it records the time from
 * sending the post to the client receiving it; the clock is this process's own, on both ends.
 *   FanOut --target convene|socketio|vertx [--port P] [--clients 1000] [--rate 20] [--seconds 30]
 *          [--warmup 5] [--pid SERVER_PID]
 * Prints one tab-separated line starting with "result".
 */
public final class FanOut {

    private FanOut() {}

    public static void main(String[] args) {
        LoadTool.start(args, FanOut::run);
    }

    private static void run(Options options) throws Exception {
        String name = options.text("target", "convene");
        int clients = options.number("clients", 1000);
        int rate = options.number("rate", 20);
        int seconds = options.number("seconds", 30);
        int warmup = options.number("warmup", 5);
        FanOutTarget target = switch (name) {
            case "convene" -> new ConveneTarget();
            case "socketio" -> new BroadcastTarget(options.number("port", 9310), true);
            case "vertx" -> new BroadcastTarget(options.number("port", 9320), false);
            default -> throw new IllegalArgumentException("target is convene, socketio or vertx");
        };
        ProcessMemory memory = new ProcessMemory(options.number("pid", 0));

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        WebSocketClient sockets = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setMaxConnections(clients + 10).setConnectTimeout(30_000));
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true), new PoolOptions().setHttp1MaxSize(32));

        int warmupPosts = warmup * rate;
        int posts = warmupPosts + seconds * rate;
        AtomicLongArray sentAt = new AtomicLongArray(posts);
        Latencies latencies = new Latencies();
        AtomicInteger failedPosts = new AtomicInteger();

        target.prepare();
        long connecting = System.nanoTime();
        connectAll(target, sockets, clients, frame -> {
            long now = System.nanoTime();
            int post = markerIn(frame);
            if (post >= warmupPosts && post < posts && sentAt.get(post) != 0) {
                latencies.add(now - sentAt.get(post));
            }
        });
        System.out.printf("%s: %d clients connected and subscribed in %.1f s%n", name, clients,
                (System.nanoTime() - connecting) / 1e9);

        // Posts at a fixed rate, each sent when its time comes whatever happened to the one before.
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<Void> allSent = new CompletableFuture<>();
        vertx.setPeriodic(1, Math.max(1, Math.min(5, interval / 2_000_000)), timer -> {
            while (next.get() < posts && System.nanoTime() - start >= next.get() * interval) {
                int post = next.getAndIncrement();
                sentAt.set(post, System.nanoTime());
                target.post(http, post, marker(post)).onFailure(failure -> {
                    if (failedPosts.incrementAndGet() <= 3) {
                        System.err.println("post failed: " + failure.getMessage());
                    }
                });
            }
            if (next.get() == posts) {
                vertx.cancelTimer(timer);
                allSent.complete(null);
            }
        });
        while (!allSent.isDone()) {
            memory.sample();
            Thread.sleep(500);
        }
        double sendingSeconds = (System.nanoTime() - start) / 1e9 - warmup;

        // The last deliveries: waits while they keep coming, for 3 s after the last one at most.
        long expected = (long) (posts - warmupPosts) * clients;
        long lastProgress = System.nanoTime();
        int seen = latencies.count();
        while (seen < expected && System.nanoTime() - lastProgress < TimeUnit.SECONDS.toNanos(3)) {
            memory.sample();
            Thread.sleep(200);
            if (latencies.count() != seen) {
                seen = latencies.count();
                lastProgress = System.nanoTime();
            }
        }
        Latencies.Summary s = latencies.summary();
        System.out.printf("result\t%s\t%d\t%d\t%d\t%d\t%d\t%.0f\t%.1f\t%.1f\t%.1f\t%.1f\t%d%n", name, clients,
                posts - warmupPosts, failedPosts.get(), expected, s.count(), s.count() / sendingSeconds,
                s.p50(), s.p95(), s.p99(), s.max(), memory.peakMb());
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        System.exit(0);
    }

    /** Connects the clients 50 at a time, as a crowd arriving rather than all in one instant. */
    private static void connectAll(FanOutTarget target, WebSocketClient sockets, int clients,
                                   java.util.function.Consumer<String> frames) throws Exception {
        for (int first = 0; first < clients; first += 50) {
            List<Future<Void>> batch = new ArrayList<>();
            for (int i = first; i < Math.min(clients, first + 50); i++) {
                batch.add(target.connect(sockets, i, frames));
            }
            Future.all(batch).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
    }

    static String marker(int post) {
        return "#p" + post + "#";
    }

    /** The post number in a frame's marker, or -1. */
    static int markerIn(String frame) {
        int at = frame.indexOf("#p");
        if (at < 0) {
            return -1;
        }
        int end = frame.indexOf('#', at + 2);
        try {
            return end < 0 ? -1 : Integer.parseInt(frame, at + 2, end, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
