package org.convene.communities.channels;

import java.time.Instant;
import java.util.UUID;

public record MessageView(UUID id, UUID channelId, long seq, String authorId, String authorName, String text,
                          Instant postedAt) {

    static MessageView of(ChannelMessage m) {
        return new MessageView(m.id, m.channelId, m.seq, m.authorId, m.authorName, m.body, m.postedAt);
    }
}
