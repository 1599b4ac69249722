package org.convene.communities.channels;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message in a channel, numbered by its position in the channel. */
@Entity
@Table(name = "messages")
public class ChannelMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "channel_id", nullable = false)
    public UUID channelId;

    @Column(name = "mission_id", nullable = false)
    public UUID missionId;

    @Column(nullable = false)
    public long seq;

    @Column(columnDefinition = "text", name = "author_id", nullable = false)
    public String authorId;

    @Column(columnDefinition = "text", name = "author_name", nullable = false)
    public String authorName;

    @Column(columnDefinition = "text", nullable = false)
    public String body;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;
}
