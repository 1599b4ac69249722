package org.convene.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;

/** A client of the WebSocket hub, with a bearer token as an API client would use it, that queues the frames it receives. */
final class HubClient implements WebSocket.Listener, AutoCloseable {

    static final String HUB = LocalStack.GATEWAY.replace("http", "ws") + "/ws";
    /** What {@link #closedWith()} completes with when the connection broke without a close frame. */
    static final int NO_CLOSE_FRAME = -1;

    /** Frames the hub pushes, as opposed to its answers to the client's frames. */
    static final Set<String> PUSHED = Set.of("event", "presence");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final AtomicInteger events = new AtomicInteger();
    private volatile boolean reading = true;
    private WebSocket socket;

    /** Connects as the user, or anonymously when the user is null. */
    static HubClient connect(DemoUser user) {
        return connect(user, HUB);
    }

    static HubClient connect(DemoUser user, String hub) {
        HubClient client = new HubClient();
        var builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (user != null) {
            builder.header("Authorization", "Bearer " + user.accessToken());
        }
        client.socket = builder.buildAsync(URI.create(hub), client).join();
        return client;
    }

    static Map<String, String> subscribe(String topic) {
        return Map.of("type", "subscribe", "topic", topic);
    }

    void send(Map<String, String> frame) throws Exception {
        sendText(JSON.writeValueAsString(frame));
    }

    void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** One text message in frames of at most this many characters (the JDK client cuts long messages into frames too). */
    void sendText(String text, int frameSize) {
        for (int from = 0; from < text.length(); ) {
            int to = (int) Math.min(text.length(), (long) from + frameSize);
            socket.sendText(text.substring(from, to), to == text.length()).join();
            from = to;
        }
    }

    void sendBinary(byte[] data) {
        socket.sendBinary(ByteBuffer.wrap(data), true).join();
    }

    JsonNode next() throws InterruptedException {
        JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame from the hub within 10 s"
                    + (closed.isDone() ? "; it closed the connection with " + closed.join() : ""));
        }
        return frame;
    }

    /**
     * The hub's answer to a frame this client sent, skipping the events and presence frames pushed
     * meanwhile (an event of a topic may come just before its {@code subscribed}).
     */
    JsonNode reply() throws InterruptedException {
        while (true) {
            JsonNode frame = next();
            if (!PUSHED.contains(frame.get("type").asText())) {
                return frame;
            }
        }
    }

    /** Every frame received until none has come for this long. */
    List<JsonNode> drain(long quietMillis) throws InterruptedException {
        List<JsonNode> drained = new ArrayList<>();
        for (JsonNode frame = frames.poll(quietMillis, TimeUnit.MILLISECONDS); frame != null;
             frame = frames.poll(quietMillis, TimeUnit.MILLISECONDS)) {
            drained.add(frame);
        }
        return drained;
    }

    /** Every frame received so far, without waiting for more. */
    List<JsonNode> receivedSoFar() {
        List<JsonNode> received = new ArrayList<>();
        frames.drainTo(received);
        return received;
    }

    /** The next presence frame listing this many people. */
    JsonNode presenceWith(int count) throws InterruptedException {
        while (true) {
            JsonNode frame = nextOfType("presence");
            if (frame.get("people").size() == count) {
                return frame;
            }
        }
    }

    /** The next frame of a type, skipping others (presence frames come whenever presence changes). */
    JsonNode nextOfType(String type) throws InterruptedException {
        while (true) {
            JsonNode frame = next();
            if (type.equals(frame.get("type").asText())) {
                return frame;
            }
        }
    }

    boolean nothingWithin(long millis) throws InterruptedException {
        return frames.poll(millis, TimeUnit.MILLISECONDS) == null;
    }

    /** Stops taking frames off the socket, as a stalled browser tab would. */
    void stopReading() {
        reading = false;
    }

    void resumeReading() {
        reading = true;
        socket.request(1);
    }

    /** Completes with the hub's close code, or {@link #NO_CLOSE_FRAME}. */
    CompletableFuture<Integer> closedWith() {
        return closed;
    }

    /** The code the hub closed the connection with, waiting up to 10 s for it. */
    int closeCode() throws InterruptedException {
        try {
            return closed.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new AssertionError("the hub did not close the connection within 10 s");
        }
    }

    int events() {
        return events.get();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode frame = JSON.readTree(partial.toString());
                if ("event".equals(frame.get("type").asText())) {
                    events.incrementAndGet();
                }
                frames.add(frame);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            partial.setLength(0);
        }
        if (reading) {
            webSocket.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(NO_CLOSE_FRAME);
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
