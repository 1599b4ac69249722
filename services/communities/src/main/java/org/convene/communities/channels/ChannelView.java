package org.convene.communities.channels;

import java.util.UUID;

public record ChannelView(UUID id, String name, long lastSeq) {

    public static ChannelView of(Channel channel) {
        return new ChannelView(channel.id, channel.name, channel.lastSeq);
    }
}
