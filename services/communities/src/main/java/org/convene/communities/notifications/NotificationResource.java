package org.convene.communities.notifications;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.convene.communities.notifications.Notifications.Inbox;
import org.convene.platform.security.CurrentUser;

@Path("/me/notifications")
@Authenticated
public class NotificationResource {

    private final Notifications notifications;
    private final CurrentUser user;

    public NotificationResource(Notifications notifications, CurrentUser user) {
        this.notifications = notifications;
        this.user = user;
    }

    @GET
    @WithSession
    public Uni<Inbox> inbox() {
        return notifications.of(user);
    }

    @PUT
    @Path("/read")
    @WithTransaction
    public Uni<Inbox> markAllRead() {
        return notifications.markAllRead(user);
    }

    @PUT
    @Path("/{id}/read")
    @WithTransaction
    public Uni<Inbox> markRead(@PathParam("id") UUID id) {
        return notifications.markRead(id, user);
    }
}
