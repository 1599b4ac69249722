package org.convene.gateway.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.convene.contracts.MembershipChanged;
import org.convene.gateway.relay.ServiceClient;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Ends subscriptions that a change of membership no longer allows, on every gateway instance
 * (each reads every membership event). A person who left or was removed from a mission loses its
 * channels and insights at once; after any change of their membership, the other topics they
 * follow that the mission may govern (its deliberations, a new role's reach) are asked again of
 * the owning service, now and once its read model has caught up. Each ended subscription gets an
 * {@code unsubscribed} frame that says why.
 */
@ApplicationScoped
public class Revocations {

    /** The person's access token, kept with the connection for asking again later. */
    static final UserData.TypedKey<String> TOKEN = new UserData.TypedKey<>("token");
    static final String LEFT = "You are no longer a member of this mission";
    static final String NOT_ALLOWED = "Your membership no longer lets you follow this topic";
    /** When to ask a service again: its membership read model learns of the change from the same event. */
    private static final List<Duration> RECHECKS = List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(3));

    private static final Logger LOG = Logger.getLogger(Revocations.class);

    private final Subscriptions subscriptions;
    private final Presence presence;
    private final ServiceClient services;
    private final ObjectMapper json;

    private final HubRecords records;

    public Revocations(Subscriptions subscriptions, Presence presence, ServiceClient services, ObjectMapper json,
                       HubRecords records) {
        this.records = records;
        this.subscriptions = subscriptions;
        this.presence = presence;
        this.services = services;
        this.json = json;
    }

    @Incoming("hub-memberships")
    public void onMembership(ConsumerRecord<String, String> record) {
        records.read("hub-memberships", record)
                .filter(event -> event.data() instanceof MembershipChanged)
                .ifPresent(event -> revoke((MembershipChanged) event.data()));
    }

    void revoke(MembershipChanged change) {
        String mission = "mission:" + change.missionId() + ":";
        subscriptions.followedBy(change.userId(), topic -> topic.startsWith(mission) || topic.startsWith("deliberation:"))
                .forEach((topic, connections) -> connections.forEach(connection -> {
                    if (change.change() == MembershipChanged.Change.LEFT && topic.startsWith(mission)) {
                        end(topic, connection, LEFT);
                    } else {
                        RECHECKS.forEach(delay -> recheck(topic, connection, delay));
                    }
                }));
    }

    private void recheck(String topic, WebSocketConnection connection, Duration delay) {
        HubTopic parsed = HubTopic.parse(topic).orElseThrow();
        Uni.createFrom().voidItem().onItem().delayIt().by(delay)
                .chain(() -> subscriptions.of(topic).contains(connection)
                        ? services.allows(connection.userData().get(TOKEN), parsed.service(), parsed.accessCheckPath())
                        : Uni.createFrom().item(true))
                .subscribe().with(allowed -> {
                    if (!allowed) {
                        end(topic, connection, NOT_ALLOWED);
                    }
                }, failure -> end(topic, connection, NOT_ALLOWED));
    }

    private void end(String topic, WebSocketConnection connection, String why) {
        if (!subscriptions.of(topic).contains(connection)) {
            return;
        }
        subscriptions.remove(topic, connection);
        if (HubTopic.isChannel(topic)) {
            presence.changed(topic);
        }
        try {
            connection.sendText(json.writeValueAsString(new HubFrames.Reply("unsubscribed", topic, why)))
                    .subscribe().with(ok -> { }, e -> { });
        } catch (JsonProcessingException e) {
            LOG.errorf(e, "cannot tell connection %s", connection.id());
        }
    }
}
