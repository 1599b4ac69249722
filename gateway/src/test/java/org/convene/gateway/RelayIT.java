package org.convene.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * The gateway relays /api requests only to its own services, by a fixed table: a path that tries
 * to name another host, climb out of its prefix or smuggle characters is refused before any
 * connection is made (a listener here counts connections), and services' /q/ endpoints stay
 * inside. What the caller asks for and what the service answers pass through unchanged.
 */
class RelayIT {

    /** Paths an attacker sends as they are (no client-side normalisation), each with its own trick. */
    private static final List<String> HOSTILE = List.of(
            "/api/open/aaaaaaaaaa@127.0.0.1:%d/%%2e%%2e/engagement/deliberations/x",
            "/api/communities@127.0.0.1:%d/missions",
            "/api/communities/..%%2f..%%2f@127.0.0.1:%d/missions",
            "/api/communities/%%2e%%2e/%%2e%%2e/x?port=%d",
            "/api/communities/missions/%%2F..%%2F?port=%d",
            "/api/communities/missions\\..\\@127.0.0.1:%d",
            "/api/communities/missions/%%5c..%%5c@127.0.0.1:%d",
            "/api/communities/missions/%%00x?port=%d",
            "/api/communities/missions/%%0d%%0aHost:127.0.0.1:%d",
            "/api/communities/./missions/../../x?port=%d",
            "/api/engagement//127.0.0.1:%d/x");

    @Test
    void aPathThatTriesToReachAnotherHostIsRefusedAndNothingConnects() throws Exception {
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread counter = new Thread(() -> {
                while (!trap.isClosed()) {
                    try (Socket ignored = trap.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            counter.setDaemon(true);
            counter.start();
            String token = DemoUser.SAM.accessToken();
            for (String pattern : HOSTILE) {
                String path = pattern.formatted(trap.getLocalPort());
                for (String authorization : new String[] {null, token}) {
                    int status = rawStatus(path, authorization);
                    assertTrue(status == 400 || status == 404,
                            path + (authorization == null ? "" : " (with a token)") + " answered " + status);
                }
            }
            Thread.sleep(500);
            assertEquals(0, connections.get(), "the gateway connected to the listener");
            trap.close();
            counter.join(1000);
        }
    }

    @Test
    void theServicesOwnEndpointsAreNotReachableThroughTheGateway() throws Exception {
        String token = DemoUser.OLIVIA.accessToken();
        for (String service : List.of("communities", "engagement", "synthesis")) {
            for (String inside : List.of("/q/health", "/q/openapi", "/q/metrics", "/q/dev-ui")) {
                int status = rawStatus("/api/" + service + inside, token);
                assertEquals(404, status, "/api/" + service + inside);
            }
        }
    }

    @Test
    void contentNegotiationPassesBothWays() {
        String mission = PrivateMission.withMember("Relay");
        String deliberation = PrivateMission.as(DemoUser.OLIVIA)
                .body(Map.of("question", "Which streets feel unsafe at night?", "seedStatements",
                        List.of("=HYPERLINK(\"http://example.invalid\")", "Lighting on Park Road")))
                .post("/api/engagement/missions/" + mission + "/deliberations").then().statusCode(201)
                .extract().path("id");
        var csv = PrivateMission.as(DemoUser.OLIVIA).accept("text/csv")
                .get("/api/engagement/deliberations/" + deliberation + "/polis-export/comments.csv");
        assertEquals(200, csv.statusCode(), csv.asString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.asString().contains("Lighting on Park Road"), csv.asString());

        // A JSON route asked for something it cannot give says so, as the service does.
        var refused = PrivateMission.as(DemoUser.OLIVIA).accept("image/png")
                .get("/api/engagement/deliberations/" + deliberation);
        assertEquals(406, refused.statusCode());
    }

    /** The status of a request sent byte for byte as given, as curl --path-as-is would. */
    static int rawStatus(String path, String token) throws IOException {
        URI gateway = URI.create(LocalStack.GATEWAY);
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort()
                    + "\r\nConnection: close\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12];
            int read = 0;
            try {
                while (read < head.length) {
                    int n = in.read(head, read, head.length - read);
                    if (n < 0) {
                        break;
                    }
                    read += n;
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError(path + ": no answer in 10 s", e);
            }
            String status = new String(head, 0, read, StandardCharsets.ISO_8859_1);
            if (!status.startsWith("HTTP/1.1 ")) {
                throw new AssertionError(path + ": not an HTTP answer: " + status);
            }
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
