package org.convene.bench;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocketClient;
import java.util.function.Consumer;

/** Something that takes posts and pushes each one to every connected WebSocket client. */
interface FanOutTarget {

    /** Sets up whatever the clients and posts need (a mission and its members, say); blocking. */
    void prepare();

    /** Opens one client; the future completes once it will receive every later post. */
    Future<Void> connect(WebSocketClient client, int index, Consumer<String> frames);

    /** Sends one post carrying the marker; the future completes when the post is acknowledged. */
    Future<Void> post(HttpClient http, int index, String marker);
}
