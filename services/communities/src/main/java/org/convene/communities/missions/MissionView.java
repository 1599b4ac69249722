package org.convene.communities.missions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convene.communities.channels.ChannelView;

/**
 * A mission as its page shows it.
 *
 * @param myRole the caller's role, or null when the caller is not a member
 */
public record MissionView(UUID id, String name, String vision, String visibility, String theme, Instant createdAt,
                          long memberCount, String myRole, List<ChannelView> channels) {}
