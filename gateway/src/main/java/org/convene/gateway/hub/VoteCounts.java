package org.convene.gateway.hub;

import org.convene.contracts.VoteCast;

/**
 * What a deliberation's room learns of a vote: the statement's counts and version after it. Who
 * voted and how (a participant's whole profile, vote by vote) is not broadcast.
 */
public record VoteCounts(String missionId, String deliberationId, String statementId, int agrees, int disagrees,
                         int passes, long version) {

    static VoteCounts of(VoteCast vote) {
        return new VoteCounts(vote.missionId(), vote.deliberationId(), vote.statementId(), vote.agrees(),
                vote.disagrees(), vote.passes(), vote.version());
    }
}
