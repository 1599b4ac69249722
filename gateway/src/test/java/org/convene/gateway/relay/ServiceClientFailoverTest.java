package org.convene.gateway.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's client against two real HTTP servers on this machine standing in for two instances
 * of a service, and a port nothing listens on standing in for one that was killed.
 */
class ServiceClientFailoverTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private Vertx vertx;
    private final List<HttpServer> servers = new ArrayList<>();

    /** One stand-in instance: counts the requests it got; {@code drop} makes it close the connection unanswered. */
    private static final class Instance {
        final AtomicInteger requests = new AtomicInteger();
        volatile boolean drop;
        int port;
    }

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        servers.forEach(s -> s.close().toCompletionStage().toCompletableFuture().join());
        vertx.closeAndAwait();
    }

    private Instance instance(String name) throws Exception {
        Instance instance = new Instance();
        HttpServer server = vertx.getDelegate().createHttpServer().requestHandler(request -> request.body(body -> {
            instance.requests.incrementAndGet();
            if (instance.drop) {
                request.connection().close();
            } else {
                request.response().putHeader("Content-Type", "text/plain").end(name);
            }
        }));
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        servers.add(server);
        instance.port = server.actualPort();
        return instance;
    }

    /** A port that refuses connections: it was free a moment ago, and nothing listens on it. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private ServiceClient client(ServiceRoutes routes) {
        return new ServiceClient(vertx, routes, LIMITS);
    }

    private static ServiceRoutes routes(int... ports) {
        StringBuilder urls = new StringBuilder();
        for (int port : ports) {
            urls.append(urls.isEmpty() ? "" : ",").append("http://127.0.0.1:").append(port);
        }
        String list = urls.toString();
        return new ServiceRoutes(new ServiceUrls() {
            @Override
            public String communities() {
                return list;
            }

            @Override
            public String engagement() {
                return "http://127.0.0.1:1";
            }

            @Override
            public String synthesis() {
                return "http://127.0.0.1:1";
            }
        }, LIMITS);
    }

    private static String call(ServiceClient client, HttpMethod method) {
        return client.call((String) null, method, "communities", "/missions", null, Map.of(),
                        method == HttpMethod.GET ? null : Buffer.buffer("{}"))
                .await().atMost(TIMEOUT).bodyAsString();
    }

    @Test
    void requestsAreSharedBetweenTheInstancesInTurn() throws Exception {
        Instance a = instance("a");
        Instance b = instance("b");
        ServiceClient client = client(routes(a.port, b.port));
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(call(client, i % 2 == 0 ? HttpMethod.GET : HttpMethod.POST));
        }
        assertEquals(List.of("a", "b", "a", "b", "a", "b"), answers);
        assertEquals(3, a.requests.get());
        assertEquals(3, b.requests.get());
    }

    @Test
    void aWriteThatFindsOneInstanceGoneGoesToTheOtherAndTheGoneOneIsLeftOut() throws Exception {
        int gone = closedPort();
        Instance b = instance("b");
        ServiceRoutes routes = routes(gone, b.port);
        ServiceClient client = client(routes);
        for (int i = 0; i < 4; i++) {
            assertEquals("b", call(client, HttpMethod.POST), "nothing reached the gone instance: the write may go elsewhere");
        }
        assertEquals(4, b.requests.get(), "each write arrived once");
        ServiceInstances instances = routes.of("communities").orElseThrow();
        assertFalse(instances.up(new ServiceRoutes.Origin("127.0.0.1", gone, false)), "the gone instance is marked down");
    }

    @Test
    void aReadWhoseConnectionBreaksIsAskedOfTheOtherInstance() throws Exception {
        Instance a = instance("a");
        Instance b = instance("b");
        a.drop = true;
        ServiceClient client = client(routes(a.port, b.port));
        assertEquals("b", call(client, HttpMethod.GET));
        assertEquals(1, a.requests.get());
        assertEquals(1, b.requests.get());
    }

    @Test
    void aWriteWhoseConnectionBreaksIsNotSentAgain() throws Exception {
        Instance a = instance("a");
        Instance b = instance("b");
        a.drop = true;
        ServiceClient client = client(routes(a.port, b.port));
        assertThrows(RuntimeException.class, () -> call(client, HttpMethod.POST),
                "the first instance may have acted on it: the caller is told it failed");
        assertEquals(1, a.requests.get());
        assertEquals(0, b.requests.get(), "the write was not repeated elsewhere");
    }

    @Test
    void withOneInstanceNothingIsRetried() throws Exception {
        int gone = closedPort();
        ServiceClient client = client(routes(gone));
        assertThrows(RuntimeException.class, () -> call(client, HttpMethod.GET));
    }

    @Test
    void whenBothAreGoneTheRequestFailsAfterOneRetry() throws Exception {
        ServiceClient client = client(routes(closedPort(), closedPort()));
        RuntimeException failure = assertThrows(RuntimeException.class, () -> call(client, HttpMethod.POST));
        assertTrue(Failover.connectFailed(failure), String.valueOf(failure));
    }

    private static final RelayLimits LIMITS = new RelayLimits() {
        @Override
        public Duration connectTimeout() {
            return Duration.ofSeconds(2);
        }

        @Override
        public Duration requestTimeout() {
            return Duration.ofSeconds(5);
        }

        @Override
        public int maxAnswerBytes() {
            return 1 << 20;
        }

        @Override
        public int maxConnectionsPerService() {
            return 4;
        }

        @Override
        public int maxWaitingPerService() {
            return 16;
        }

        @Override
        public Duration instanceDownAfterConnectFailure() {
            return Duration.ofSeconds(5);
        }
    };
}
