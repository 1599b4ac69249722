package org.convene.gateway.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import org.convene.gateway.api.ServiceClient;
import org.convene.gateway.hub.HubFrames.ClientFrame;
import org.convene.gateway.hub.HubFrames.Reply;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one WebSocket of the web app. The handshake is authenticated (session cookie or bearer
 * token); each subscription is then authorized by the service that owns the data, with the
 * person's own token, before anything is sent.
 */
@WebSocket(path = "/ws")
@Authenticated
public class HubEndpoint {

    private final SecurityIdentity identity;
    private final ServiceClient services;
    private final Subscriptions subscriptions;
    private final ObjectMapper json;

    public HubEndpoint(SecurityIdentity identity, ServiceClient services, Subscriptions subscriptions,
                       ObjectMapper json) {
        this.identity = identity;
        this.services = services;
        this.subscriptions = subscriptions;
        this.json = json;
    }

    @OnTextMessage
    public Uni<Reply> onFrame(String text, WebSocketConnection connection) {
        ClientFrame frame;
        try {
            frame = json.readValue(text, ClientFrame.class);
        } catch (Exception e) {
            return reply("error", null, "A frame is a JSON object with a type and a topic");
        }
        Optional<HubTopic> topic = HubTopic.parse(frame.topic());
        if (topic.isEmpty()) {
            return reply("error", frame.topic(), "Unknown topic; see docs/websocket-protocol.md");
        }
        return switch (frame.type() == null ? "" : frame.type()) {
            case "subscribe" -> allowed(topic.get())
                    .map(allowed -> {
                        if (!allowed) {
                            return new Reply("error", frame.topic(), "Not allowed to follow this topic");
                        }
                        subscriptions.add(frame.topic(), connection);
                        return new Reply("subscribed", frame.topic(), null);
                    });
            case "unsubscribe" -> {
                subscriptions.remove(frame.topic(), connection);
                yield reply("unsubscribed", frame.topic(), null);
            }
            default -> reply("error", frame.topic(), "type must be subscribe or unsubscribe");
        };
    }

    private Uni<Boolean> allowed(HubTopic topic) {
        if (topic.owner() != null) {
            boolean own = identity.getPrincipal() instanceof JsonWebToken token && topic.owner().equals(token.getSubject());
            return Uni.createFrom().item(own);
        }
        return services.allows(identity, topic.service(), topic.accessCheckPath());
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        subscriptions.removeEverywhere(connection);
    }

    private static Uni<Reply> reply(String type, String topic, String message) {
        return Uni.createFrom().item(new Reply(type, topic, message));
    }
}
