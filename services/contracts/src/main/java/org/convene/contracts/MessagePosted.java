package org.convene.contracts;

import java.time.Instant;

/**
 * A message was posted in a mission channel.
 *
 * @param seq      the channel's change number of this post (1, 2, 3, ... with no gaps across posts,
 *                 edits and deletions), so that a client that reconnects can ask for every change
 *                 after the last one it saw; it is also the message's position in the channel
 * @param parentId the message this one replies to in a thread, or null (added after version 1
 *                 was first published: older events read with null)
 * @param mentions the ids of the members the message mentions, who are notified (added after
 *                 version 1: older events read with null)
 */
public record MessagePosted(
        String missionId, String channelId, String messageId, long seq,
        String authorId, String authorName, String text, Instant postedAt, String parentId,
        java.util.List<String> mentions)
        implements ConveneEvent {}
