package org.convene.communities.channels;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A real-time conversation space of a mission. */
@Entity
@Table(name = "channels")
public class Channel extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "mission_id", nullable = false)
    public UUID missionId;

    @Column(columnDefinition = "text", nullable = false)
    public String name;

    /** The seq of the newest message; the next message gets lastSeq + 1. */
    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Channel open(UUID missionId, String name, Instant at) {
        Channel channel = new Channel();
        channel.id = UUID.randomUUID();
        channel.missionId = missionId;
        channel.name = name;
        channel.createdAt = at;
        return channel;
    }
}
