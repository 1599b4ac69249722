package org.convene.gateway.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.convene.gateway.api.ServiceClient;
import org.convene.gateway.hub.HubFrames.ClientFrame;
import org.convene.gateway.hub.HubFrames.Reply;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one WebSocket of the web app. A signed-in person's handshake carries their session cookie
 * or bearer token; each subscription is then authorized by the service that owns the data, with
 * the person's own token, before anything is sent. A connection without a person may follow only
 * topics open to anonymous people (a deliberation open to its link), as its service decides.
 */
@WebSocket(path = "/ws")
@PermitAll
public class HubEndpoint {

    /** Who the connection belongs to, for presence. */
    static final UserData.TypedKey<Presence.Person> PERSON = new UserData.TypedKey<>("person");

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
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String name = token.getClaim("name");
            connection.userData().put(PERSON, new Presence.Person(token.getSubject(),
                    name != null ? name : token.<String>getClaim("preferred_username")));
        }
    }

    /** Replies are sent before any presence frame, so a client always knows the topic first. */
    @OnTextMessage
    public Uni<Void> onFrame(String text, WebSocketConnection connection) {
        ClientFrame frame;
        try {
            frame = json.readValue(text, ClientFrame.class);
        } catch (Exception e) {
            return send(connection, new Reply("error", null, "A frame is a JSON object with a type and a topic"));
        }
        Optional<HubTopic> topic = HubTopic.parse(frame.topic());
        if (topic.isEmpty()) {
            return send(connection, new Reply("error", frame.topic(), "Unknown topic; see docs/websocket-protocol.md"));
        }
        boolean channel = HubTopic.isChannel(frame.topic());
        return switch (frame.type() == null ? "" : frame.type()) {
            case "subscribe" -> allowed(topic.get()).chain(allowed -> {
                if (!allowed) {
                    return send(connection, new Reply("error", frame.topic(), "Not allowed to follow this topic"));
                }
                subscriptions.add(frame.topic(), connection);
                return send(connection, new Reply("subscribed", frame.topic(), null)).invoke(() -> {
                    if (channel) {
                        presence.changed(frame.topic());
                        connection.sendText(presence.frame(frame.topic())).subscribe().with(ok -> { }, e -> { });
                    }
                });
            });
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
