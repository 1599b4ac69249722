package org.convene.communities.channels;

import java.util.List;

/**
 * Messages in channel order.
 *
 * @param lastSeq the channel's newest seq when the page was read: a client that saw it has missed nothing
 */
public record MessagePage(List<MessageView> messages, long lastSeq) {}
