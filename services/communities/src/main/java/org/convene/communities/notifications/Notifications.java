package org.convene.communities.notifications;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convene.platform.api.ProblemException;
import org.convene.platform.security.CurrentUser;

/** A person's notifications: only their own, newest first. */
@ApplicationScoped
public class Notifications {

    public record NotificationView(UUID id, String kind, UUID missionId, UUID channelId, UUID messageId,
                                   String authorName, String excerpt, Instant createdAt, boolean read) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id, n.kind, n.missionId, n.channelId, n.messageId, n.authorName, n.excerpt,
                    n.createdAt, n.readAt != null);
        }
    }

    public record Inbox(long unread, List<NotificationView> latest) {}

    private static final int EXCERPT = 140;

    /** Tells each mentioned person (not the author) about a message; call it inside its transaction. */
    public Uni<Void> mentioned(List<String> userIds, String authorId, String authorName, UUID missionId,
                               UUID channelId, UUID messageId, String text) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String userId : userIds.stream().distinct().filter(id -> !id.equals(authorId)).toList()) {
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.userId = userId;
            n.kind = Notification.MENTION;
            n.missionId = missionId;
            n.channelId = channelId;
            n.messageId = messageId;
            n.authorName = authorName;
            n.excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
            n.createdAt = Instant.now();
            chain = chain.chain(() -> n.persist()).replaceWithVoid();
        }
        return chain;
    }

    public Uni<Inbox> of(CurrentUser user) {
        return Notification.count("userId = ?1 and readAt is null", user.id())
                .chain(unread -> Notification.<Notification>find("userId = ?1 order by createdAt desc", user.id())
                        .page(0, 50).list()
                        .map(list -> new Inbox(unread, list.stream().map(NotificationView::of).toList())));
    }

    public Uni<Inbox> markRead(UUID id, CurrentUser user) {
        return Notification.<Notification>find("id = ?1 and userId = ?2", id, user.id()).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Notification " + id))
                .invoke(n -> {
                    if (n.readAt == null) {
                        n.readAt = Instant.now();
                    }
                })
                .chain(() -> of(user));
    }

    public Uni<Inbox> markAllRead(CurrentUser user) {
        return Notification.update("readAt = ?1 where userId = ?2 and readAt is null", Instant.now(), user.id())
                .chain(() -> of(user));
    }
}
