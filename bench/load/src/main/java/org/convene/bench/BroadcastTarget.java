package org.convene.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * An in-memory broadcast server of the same workload: posts are POSTed to /post and pushed as
 * they are to every client. Either the bare Vert.x server (plain WebSocket) or the Socket.IO one,
 * spoken to in its own protocol (Engine.IO 4 over WebSocket) so that both clients cost the same.
 */
final class BroadcastTarget implements FanOutTarget {

    private final int port;
    private final boolean socketIo;
    /** A post as big as the event frame Convene pushes for a message. */
    private final String frameTemplate;

    BroadcastTarget(int port, boolean socketIo) {
        this.port = port;
        this.socketIo = socketIo;
        this.frameTemplate = "{\"type\":\"event\",\"topic\":\"mission:" + UUID.randomUUID() + ":channel:" + UUID.randomUUID()
                + "\",\"id\":\"" + UUID.randomUUID() + "\",\"seq\":1,\"event\":\"org.convene.communities.message.posted.v1\","
                + "\"data\":{\"messageId\":\"" + UUID.randomUUID() + "\",\"authorId\":\"" + UUID.randomUUID()
                + "\",\"authorName\":\"Olivia Okafor\",\"text\":\"%s\",\"replyTo\":null,\"mentions\":[]}}";
    }

    @Override
    public void prepare() {
        // Nothing to set up: the server keeps no state but its sockets.
    }

    @Override
    public Future<Void> connect(WebSocketClient client, int index, Consumer<String> frames) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                .setURI(socketIo ? "/socket.io/?EIO=4&transport=websocket" : "/").setAllowOriginHeader(false);
        return client.connect(options).compose(socket -> {
            if (!socketIo) {
                socket.textMessageHandler(frames::accept);
                return Future.succeededFuture();
            }
            Promise<Void> joined = Promise.promise();
            socket.textMessageHandler(packet -> {
                if (packet.startsWith("42")) {
                    frames.accept(packet);
                } else if (packet.equals("2")) {
                    socket.writeTextMessage("3"); // Engine.IO ping, answered with pong
                } else if (packet.startsWith("0")) {
                    socket.writeTextMessage("40"); // open: join the default namespace
                } else if (packet.startsWith("40")) {
                    joined.tryComplete();
                }
            });
            return joined.future();
        });
    }

    @Override
    public Future<Void> post(HttpClient http, int index, String marker) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                .setURI("/post").putHeader("Content-Type", "application/json");
        return http.request(options)
                .compose(request -> request.send(String.format(frameTemplate, marker)))
                .compose(response -> response.statusCode() / 100 == 2 ? response.body().<Void>mapEmpty()
                        : Future.failedFuture("the server answered " + response.statusCode()));
    }
}
