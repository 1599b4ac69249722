package org.convene.communities.missions;

import java.time.Instant;
import java.util.UUID;

/** An invitation, as the convener's list and the invitee's home page show it. */
public record InvitationView(UUID missionId, String missionName, String userId, String displayName, String role,
                             String invitedByName, Instant createdAt) {}
