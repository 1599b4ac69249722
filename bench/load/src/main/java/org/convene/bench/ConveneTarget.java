package org.convene.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;

/**
 * Convene's real path: posts go to the communities service through the gateway's REST API (stored
 * with its event in one transaction), the outbox relays them to Kafka, and the gateway's hub
 * pushes them to every member subscribed to the channel. Clients and posts take turns among the
 * demo users, each a member of the mission, as people in a channel would.
 */
final class ConveneTarget implements FanOutTarget {

    private static final List<DemoUser> PEOPLE = List.of(DemoUser.values());

    private final URI gateway = URI.create(LocalStack.GATEWAY);
    private Gateway.MissionChannel channel;
    private Map<DemoUser, String> tokens;

    @Override
    public void prepare() {
        channel = Gateway.missionWithEveryone("Fan-out benchmark " + java.time.Instant.now());
        tokens = Gateway.tokens(PEOPLE);
    }

    @Override
    public Future<Void> connect(WebSocketClient client, int index, Consumer<String> frames) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(gateway.getHost())
                .setPort(gateway.getPort()).setURI("/ws").setAllowOriginHeader(false)
                .addHeader("Authorization", "Bearer " + tokens.get(PEOPLE.get(index % PEOPLE.size())));
        return client.connect(options).compose(socket -> {
            Promise<Void> subscribed = Promise.promise();
            socket.textMessageHandler(frame -> {
                if (subscribed.future().isComplete()) {
                    frames.accept(frame);
                } else if (frame.contains("\"subscribed\"")) {
                    subscribed.complete();
                } else if (frame.contains("\"error\"")) {
                    subscribed.fail("the hub refused the subscription: " + frame);
                }
            });
            socket.writeTextMessage("{\"type\":\"subscribe\",\"topic\":\"" + channel.topic() + "\"}");
            return subscribed.future();
        });
    }

    @Override
    public Future<Void> post(HttpClient http, int index, String marker) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(gateway.getHost())
                .setPort(gateway.getPort()).setURI(channel.messagesPath())
                .putHeader("Content-Type", "application/json")
                .putHeader("Authorization", "Bearer " + tokens.get(PEOPLE.get(index % PEOPLE.size())));
        return http.request(options)
                .compose(request -> request.send("{\"text\":\"" + marker + " How is the cycle lane pilot going?\"}"))
                .compose(response -> response.statusCode() == 201 ? response.body().<Void>mapEmpty()
                        : response.body().compose(body -> Future.failedFuture("post answered " + response.statusCode() + ": " + body)));
    }
}
