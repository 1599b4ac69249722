package org.convene.contracts;

import java.time.Instant;

/**
 * A message was deleted; its place in the channel stays, shown as deleted.
 *
 * @param changeSeq the channel's change number of this deletion (see {@link MessagePosted#seq()})
 */
public record MessageDeleted(
        String missionId, String channelId, String messageId, long seq, long changeSeq, Instant deletedAt)
        implements ConveneEvent {}
