package org.convene.contracts;

import java.time.Instant;

/** A mission community was created; its creator is its first convener. */
public record MissionCreated(
        String missionId, String name, String visibility, String createdBy, Instant createdAt)
        implements ConveneEvent, AggregateState {

    @Override
    public String aggregateId() {
        return "mission:" + missionId;
    }
}
