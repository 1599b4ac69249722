package org.convene.contracts;

/**
 * Someone's membership of a mission changed. Other services keep their own read model of
 * mission members from these events and authorize by it.
 *
 * @param role    convener, facilitator, member or observer; null when the membership ended
 * @param change  JOINED, ROLE_CHANGED or LEFT
 */
public record MembershipChanged(
        String missionId, String userId, String role, Change change, String stakeholderType)
        implements ConveneEvent {

    public enum Change { JOINED, ROLE_CHANGED, LEFT }
}
