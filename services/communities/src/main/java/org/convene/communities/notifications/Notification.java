package org.convene.communities.notifications;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something a person is told about: being mentioned in a message. */
@Entity
@Table(name = "notifications")
public class Notification extends PanacheEntityBase {

    public static final String MENTION = "mention";

    @Id
    public UUID id;

    @Column(name = "user_id", columnDefinition = "text", nullable = false)
    public String userId;

    @Column(columnDefinition = "text", nullable = false)
    public String kind;

    @Column(name = "mission_id", nullable = false)
    public UUID missionId;

    @Column(name = "channel_id", nullable = false)
    public UUID channelId;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(name = "author_name", columnDefinition = "text", nullable = false)
    public String authorName;

    @Column(columnDefinition = "text", nullable = false)
    public String excerpt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
