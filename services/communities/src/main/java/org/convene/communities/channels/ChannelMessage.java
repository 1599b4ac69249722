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

    /** The message this one replies to, in a thread. */
    @Column(name = "parent_id")
    public UUID parentId;

    /** The channel's seq of the latest change to this message (its post, edit or deletion). */
    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;
}
