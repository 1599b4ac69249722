package org.convene.communities.channels;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as a channel shows it. A deleted message keeps its place with no text.
 *
 * @param seq       its position in the channel
 * @param changeSeq the channel's seq of its latest change: a client that saw change N asks for
 *                  {@code ?after=N} and gets every post, edit and deletion since
 */
public record MessageView(UUID id, UUID channelId, long seq, long changeSeq, UUID parentId, String authorId,
                          String authorName, String text, Instant postedAt, Instant editedAt, boolean deleted) {

    static MessageView of(ChannelMessage m) {
        boolean deleted = m.deletedAt != null;
        return new MessageView(m.id, m.channelId, m.seq, m.changeSeq, m.parentId, m.authorId, m.authorName,
                deleted ? null : m.body, m.postedAt, m.editedAt, deleted);
    }
}
