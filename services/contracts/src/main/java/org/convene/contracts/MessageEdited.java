package org.convene.contracts;

import java.time.Instant;

/**
 * A message's author changed its text.
 *
 * @param seq       the message's position in its channel
 * @param changeSeq the channel's change number of this edit (see {@link MessagePosted#seq()})
 */
public record MessageEdited(
        String missionId, String channelId, String messageId, long seq, long changeSeq, String text,
        Instant editedAt)
        implements ConveneEvent {}
