package org.convene.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;

/**
 * A member following a channel through the hub as the web app does: when the connection drops it
 * reconnects, subscribes again and, once subscribed, reads what it missed through the REST API
 * from the last change seq it saw (docs/websocket-protocol.md). It remembers every message id it
 * got, pushed or fetched, to tell whether anything was lost, and counts the messages pushed out of
 * order: one pushed after a message with a higher change seq, that it had not already received (a
 * catch-up may fetch what is pushed later; that is no disorder). Given several gateways, it
 * connects to its own first and, when a connection attempt fails, tries the next one, as a client
 * behind a load balancer would.
 */
final class ChannelWatcher {

    private static final int PAGE = 200;

    private final Vertx vertx;
    private final WebSocketClient sockets;
    private final HttpClient http;
    private final Tokens tokens;
    private final DemoUser person;
    private final Gateway.MissionChannel channel;
    private final List<URI> gateways;
    private volatile int current;
    private volatile URI gateway;
    private final Set<String> received = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastSeq = new AtomicLong();
    private final AtomicInteger reconnects = new AtomicInteger();
    private final AtomicInteger outOfOrder = new AtomicInteger();
    private final List<String> disorder = new ArrayList<>();
    private volatile boolean following = true;

    ChannelWatcher(Vertx vertx, WebSocketClient sockets, HttpClient http, Tokens tokens, DemoUser person,
                   Gateway.MissionChannel channel) {
        this(vertx, sockets, http, tokens, person, channel, List.of(URI.create(LocalStack.GATEWAY)), 0);
    }

    /** A watcher that connects through {@code gateways.get(first)}, and the others when that one is away. */
    ChannelWatcher(Vertx vertx, WebSocketClient sockets, HttpClient http, Tokens tokens, DemoUser person,
                   Gateway.MissionChannel channel, List<URI> gateways, int first) {
        this.vertx = vertx;
        this.sockets = sockets;
        this.http = http;
        this.tokens = tokens;
        this.person = person;
        this.channel = channel;
        this.gateways = List.copyOf(gateways);
        this.current = first % gateways.size();
        this.gateway = this.gateways.get(current);
    }

    DemoUser person() {
        return person;
    }

    /** Messages pushed after one with a higher change seq, and not received before (0 when in order). */
    int outOfOrder() {
        return outOfOrder.get();
    }

    /** The first few deliveries out of order, described. */
    synchronized List<String> disorder() {
        return List.copyOf(disorder);
    }

    Set<String> received() {
        return received;
    }

    int reconnects() {
        return reconnects.get();
    }

    void stop() {
        following = false;
    }

    void connect() {
        if (!following) {
            return;
        }
        URI through = gateway;
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(through.getHost())
                .setPort(through.getPort()).setURI("/ws").setAllowOriginHeader(false)
                .addHeader("Authorization", "Bearer " + tokens.of(person));
        // Pushes may come before the "subscribed" reply: the catch-up starts from what was seen before.
        long resumeFrom = lastSeq.get();
        sockets.connect(options).onSuccess(socket -> {
            socket.textMessageHandler(text -> onFrame(text, resumeFrom));
            socket.closeHandler(closed -> reconnectSoon());
            socket.writeTextMessage("{\"type\":\"subscribe\",\"topic\":\"" + channel.topic() + "\"}");
        }).onFailure(failure -> {
            // This gateway is away: the next attempt goes to the next one.
            current = (current + 1) % gateways.size();
            gateway = gateways.get(current);
            reconnectSoon();
        });
    }

    private void reconnectSoon() {
        if (following) {
            reconnects.incrementAndGet();
            vertx.setTimer(500, t -> connect());
        }
    }

    private void onFrame(String text, long resumeFrom) {
        JsonNode frame;
        try {
            frame = Gateway.JSON.readTree(text);
        } catch (java.io.IOException e) {
            return;
        }
        switch (frame.path("type").asText()) {
            case "subscribed" -> catchUp(resumeFrom);
            case "event" -> {
                if (frame.path("event").asText().endsWith("message.posted.v1")) {
                    pushed(frame.path("data").path("messageId").asText(), frame.path("seq").asLong());
                }
            }
            default -> { }
        }
    }

    /** Reads every change after {@code after}, a page at a time, retrying while the service is away. */
    private void catchUp(long after) {
        URI gateway = this.gateway;
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(gateway.getHost())
                .setPort(gateway.getPort()).setURI(channel.messagesPath() + "?after=" + after + "&limit=" + PAGE)
                .putHeader("Authorization", "Bearer " + tokens.of(person)).setIdleTimeout(10_000);
        http.request(request).compose(r -> r.send()).compose(response -> response.statusCode() == 200
                        ? response.body() : Future.failedFuture("catch-up answered " + response.statusCode()))
                .onSuccess(body -> {
                    JsonNode messages;
                    try {
                        messages = Gateway.JSON.readTree(body.toString()).path("messages");
                    } catch (java.io.IOException e) {
                        vertx.setTimer(500, t -> catchUp(after));
                        return;
                    }
                    long newest = after;
                    for (JsonNode m : messages) {
                        saw(m.path("id").asText(), m.path("changeSeq").asLong());
                        newest = Math.max(newest, m.path("changeSeq").asLong());
                    }
                    if (messages.size() == PAGE) {
                        catchUp(newest);
                    }
                })
                .onFailure(failure -> vertx.setTimer(500, t -> catchUp(after)));
    }

    /** A message pushed live: out of order if something later came first and this one is new. */
    synchronized void pushed(String messageId, long seq) {
        long highest = lastSeq.get();
        if (seq < highest && !received.contains(messageId)) {
            outOfOrder.incrementAndGet();
            if (disorder.size() < 5) {
                disorder.add(person.username + " got seq " + seq + " pushed after seq " + highest);
            }
        }
        saw(messageId, seq);
    }

    synchronized void saw(String messageId, long seq) {
        received.add(messageId);
        lastSeq.accumulateAndGet(seq, Math::max);
    }
}
