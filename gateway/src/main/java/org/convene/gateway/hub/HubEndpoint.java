package org.convene.gateway.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.github.bucket4j.Bucket;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Optional;
import org.convene.gateway.relay.ServiceClient;
import org.convene.gateway.hub.HubFrames.ClientFrame;
import org.convene.gateway.hub.HubFrames.Reply;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The one WebSocket of the web app. A signed-in person's handshake carries their session cookie
 * or bearer token; each subscription is then authorized by the service that owns the data, with
 * the person's own token, before anything is sent. A connection without a person may follow only
 * topics open to anonymous people (a deliberation open to its link), as its service decides.
 * A frame that is not one of the protocol's gets an error frame; a binary or oversized message
 * closes the connection with its RFC 6455 code (see docs/websocket-protocol.md).
 */
@WebSocket(path = "/ws")
@PermitAll
public class HubEndpoint {

    /** Who the connection belongs to, for presence. */
    static final UserData.TypedKey<Presence.Person> PERSON = new UserData.TypedKey<>("person");

    /**
     * How many subscribe frames a connection may send (a burst, then so many a minute): each one is
     * a call to a service, which a socket must not use to get round the API's request limits.
     */
    static final int SUBSCRIBES_PER_MINUTE = 120;
    /** How many topics one connection may follow at once; a page follows a handful. */
    static final int MAX_TOPICS = 100;
    private static final UserData.TypedKey<Bucket> SUBSCRIBE_ALLOWANCE = new UserData.TypedKey<>("subscribe-allowance");
    /** An error frame repeats at most this much of the topic it was sent. */
    private static final int ECHOED_TOPIC = 200;

    private static final Logger LOG = Logger.getLogger(HubEndpoint.class);

    private final SecurityIdentity identity;
    private final ServiceClient services;
    private final Subscriptions subscriptions;
    private final Presence presence;
    private final ObjectMapper json;
    private final HubFeed feed;

    public HubEndpoint(SecurityIdentity identity, ServiceClient services, Subscriptions subscriptions,
                       Presence presence, ObjectMapper json, HubFeed feed) {
        this.feed = feed;
        this.identity = identity;
        this.services = services;
        this.subscriptions = subscriptions;
        this.presence = presence;
        this.json = json;
    }

    @OnOpen
    public void onOpen(WebSocketConnection connection) {
        connection.userData().put(SUBSCRIBE_ALLOWANCE, Bucket.builder()
                .addLimit(limit -> limit.capacity(SUBSCRIBES_PER_MINUTE)
                        .refillGreedy(SUBSCRIBES_PER_MINUTE, Duration.ofMinutes(1)))
                .build());
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String name = token.getClaim("name");
            connection.userData().put(PERSON, new Presence.Person(token.getSubject(),
                    name != null ? name : token.<String>getClaim("preferred_username")));
            connection.userData().put(Revocations.TOKEN, ServiceClient.accessToken(identity));
        }
    }

    /** Replies are sent before any presence frame, so a client always knows the topic first. */
    @OnTextMessage
    public Uni<Void> onFrame(String text, WebSocketConnection connection) {
        ClientFrame frame = read(text);
        if (frame == null) {
            return send(connection, new Reply("error", null, "A frame is a JSON object with a type and a topic"));
        }
        Optional<HubTopic> topic = HubTopic.parse(frame.topic());
        if (topic.isEmpty()) {
            return send(connection, new Reply("error", echoed(frame.topic()), "Unknown topic; see docs/websocket-protocol.md"));
        }
        boolean channel = HubTopic.isChannel(frame.topic());
        return switch (frame.type() == null ? "" : frame.type()) {
            case "subscribe" -> {
                if (!connection.userData().get(SUBSCRIBE_ALLOWANCE).tryConsume(1)) {
                    yield send(connection, new Reply("error", frame.topic(),
                            "Too many subscriptions: at most " + SUBSCRIBES_PER_MINUTE + " a minute; slow down"));
                }
                if (subscriptions.topicsOf(connection) >= MAX_TOPICS) {
                    yield send(connection, new Reply("error", frame.topic(),
                            "A connection follows at most " + MAX_TOPICS + " topics; unsubscribe from some first"));
                }
                yield subscribe(topic.get(), frame.topic(), channel, connection);
            }
            case "unsubscribe" -> {
                subscriptions.remove(frame.topic(), connection);
                if (channel) {
                    presence.changed(frame.topic());
                }
                yield send(connection, new Reply("unsubscribed", frame.topic(), null));
            }
            default -> send(connection, new Reply("error", frame.topic(), "type must be subscribe or unsubscribe"));
        };
    }

    private Uni<Void> subscribe(HubTopic topic, String name, boolean channel, WebSocketConnection connection) {
        return allowed(topic).chain(allowed -> {
            if (!allowed) {
                return send(connection, new Reply("error", name, "Not allowed to follow this topic"));
            }
            subscriptions.add(name, connection);
            return send(connection, new Reply("subscribed", name, null)).invoke(() -> {
                if (channel) {
                    presence.changed(name);
                    connection.sendText(presence.frame(name)).subscribe().with(ok -> { }, e -> { });
                }
            });
        });
    }

    /** A topic that is no topic is repeated only in part: it may be as long as a whole message. */
    private static String echoed(String topic) {
        return topic == null || topic.length() <= ECHOED_TOPIC ? topic : topic.substring(0, ECHOED_TOPIC) + "…";
    }

    /** The frame, or null when it is not JSON, not an object or the JSON literal null. */
    private ClientFrame read(String text) {
        try {
            return json.readValue(text, ClientFrame.class);
        } catch (Exception e) {
            return null;
        }
    }

    @OnBinaryMessage
    public Uni<Void> onBinary(Buffer data, WebSocketConnection connection) {
        return connection.close(HubFrames.TEXT_ONLY);
    }

    /** Vert.x refuses a message over quarkus.websockets-next.server.max-message-size while reading it. */
    @OnError
    public Uni<Void> onTooBig(IllegalStateException failure, WebSocketConnection connection) {
        if (failure.getMessage() == null || !failure.getMessage().contains("max message size")) {
            return Uni.createFrom().failure(failure);
        }
        return connection.close(HubFrames.TOO_BIG);
    }

    /**
     * A frame the WebSocket layer cannot read (one over quarkus.websockets-next.server.max-frame-size,
     * for example): Vert.x has dropped the connection already, so there is nothing left to send.
     */
    @OnError
    public void onUnreadableFrame(CorruptedWebSocketFrameException failure, WebSocketConnection connection) {
        LOG.debugf("dropped connection %s: %s", connection.id(), failure.getMessage());
    }

    private Uni<Void> send(WebSocketConnection connection, Reply reply) {
        try {
            return connection.sendText(json.writeValueAsString(reply));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    private Uni<Boolean> allowed(HubTopic topic) {
        if (identity.isAnonymous() && !topic.openToAnonymous()) {
            return Uni.createFrom().item(false);
        }
        if (topic.owner() != null) {
            boolean own = identity.getPrincipal() instanceof JsonWebToken token && topic.owner().equals(token.getSubject());
            return Uni.createFrom().item(own);
        }
        return services.allows(identity, topic.service(), topic.accessCheckPath());
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        feed.closed(connection);
        subscriptions.removeEverywhere(connection).stream().filter(HubTopic::isChannel).forEach(presence::changed);
    }
}
