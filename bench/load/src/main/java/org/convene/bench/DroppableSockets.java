package org.convene.bench;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.net.SSLOptions;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The WebSocket client of one {@link ChannelWatcher}, which remembers the watcher's open socket so
 * that the soak can drop it, as a network change or a laptop going to sleep would; the watcher
 * then reconnects and resumes as docs/websocket-protocol.md says. Every call goes to the shared
 * client.
 */
final class DroppableSockets implements WebSocketClient {

    private final WebSocketClient shared;
    private final AtomicReference<WebSocket> open = new AtomicReference<>();

    DroppableSockets(WebSocketClient shared) {
        this.shared = shared;
    }

    /** Closes the socket if one is open; true if one was. */
    boolean drop() {
        WebSocket socket = open.getAndSet(null);
        if (socket == null || socket.isClosed()) {
            return false;
        }
        socket.close((short) 1001, "soak: reconnect and resume");
        return true;
    }

    @Override
    public Future<WebSocket> connect(WebSocketConnectOptions options) {
        return shared.connect(options).onSuccess(open::set);
    }

    @Override
    public void connect(WebSocketConnectOptions options, Handler<AsyncResult<WebSocket>> handler) {
        connect(options).onComplete(handler);
    }

    @Override
    public ClientWebSocket webSocket() {
        return shared.webSocket();
    }

    @Override
    public Future<Boolean> updateSSLOptions(SSLOptions options, boolean force) {
        return shared.updateSSLOptions(options, force);
    }

    @Override
    public void close(Handler<AsyncResult<Void>> handler) {
        handler.handle(Future.succeededFuture());
    }

    /** The shared client is closed by its owner, not by one watcher. */
    @Override
    public Future<Void> close() {
        return Future.succeededFuture();
    }
}
