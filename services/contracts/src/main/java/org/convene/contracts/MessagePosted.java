package org.convene.contracts;

import java.time.Instant;

/**
 * A message was posted in a mission channel.
 *
 * @param seq position of the message in its channel, 1, 2, 3, ... with no gaps, so that a client
 *            that reconnects can ask for everything after the last one it saw
 */
public record MessagePosted(
        String missionId, String channelId, String messageId, long seq,
        String authorId, String authorName, String text, Instant postedAt)
        implements ConveneEvent {}
