package org.convene.contracts;

/**
 * An organisation joined or left a mission as a whole. Its people's own memberships follow as
 * {@link MembershipChanged} events; this one tells which organisations take part.
 *
 * @param change JOINED or LEFT
 */
public record OrganisationParticipationChanged(
        String missionId, String organisationId, String name, String stakeholderType, Change change)
        implements ConveneEvent, AggregateState {

    @Override
    public String aggregateId() {
        return "participation:" + missionId + ":" + organisationId;
    }

    public enum Change { JOINED, LEFT }
}
