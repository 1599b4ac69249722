package org.convene.contracts;

/**
 * Someone's membership of a mission changed. Other services keep their own read model of
 * mission members from these events and authorize by it.
 *
 * @param role    convener, facilitator, member or observer; null when the membership ended
 * @param change  JOINED, ROLE_CHANGED or LEFT
 * @param organisation the organisation the person is in the mission for (null when none is known;
 *                     absent from events written before it was added)
 */
public record MembershipChanged(
        String missionId, String userId, String role, Change change, String stakeholderType, String organisation)
        implements ConveneEvent, AggregateState {

    @Override
    public String aggregateId() {
        return "membership:" + missionId + ":" + userId;
    }

    public enum Change { JOINED, ROLE_CHANGED, LEFT }

    public MembershipChanged(String missionId, String userId, String role, Change change, String stakeholderType) {
        this(missionId, userId, role, change, stakeholderType, null);
    }
}
