package org.convene.communities.channels;

import java.util.UUID;

/**
 * A channel as its mission's page lists it.
 *
 * @param unread messages by others that the caller has not read yet
 */
public record ChannelView(UUID id, String name, long lastSeq, long unread) {

    public static ChannelView of(Channel channel, long unread) {
        return new ChannelView(channel.id, channel.name, channel.lastSeq, unread);
    }
}
