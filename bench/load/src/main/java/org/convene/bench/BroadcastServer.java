package org.convene.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ceiling the real-time fan-out is compared with: a bare Vert.x server that keeps its
 * WebSockets in memory and writes every body POSTed to /post to all of them. No sign-in, no
 * authorization, no database, no broker: what is left is the cost of the sockets themselves.
 *   java org.convene.bench.BroadcastServer PORT
 */
public final class BroadcastServer {

    private BroadcastServer() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx();
        Set<ServerWebSocket> sockets = ConcurrentHashMap.newKeySet();
        vertx.createHttpServer()
                .webSocketHandler(socket -> {
                    sockets.add(socket);
                    socket.closeHandler(closed -> sockets.remove(socket));
                })
                .requestHandler(request -> request.body().onSuccess(body -> {
                    String frame = body.toString();
                    sockets.forEach(socket -> socket.writeTextMessage(frame));
                    request.response().setStatusCode(204).end();
                }))
                .listen(port, "127.0.0.1")
                .onSuccess(server -> System.out.println("broadcasting on 127.0.0.1:" + port))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }
}
