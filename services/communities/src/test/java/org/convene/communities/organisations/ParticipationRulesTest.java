package org.convene.communities.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convene.communities.organisations.MissionOrganisation.State;
import org.convene.communities.organisations.Participations.Sides;
import org.junit.jupiter.api.Test;

/** It takes both sides to bring an organisation into a private mission. */
class ParticipationRulesTest {

    private static final Sides ORGANISATION = new Sides(true, false);
    private static final Sides MISSION = new Sides(false, true);
    private static final Sides BOTH = new Sides(true, true);

    @Test
    void anOrganisationJoinsAPublicMissionOnItsOwnButOnlyAsksToJoinAPrivateOne() {
        assertEquals(State.JOINED, Participations.next(null, true, ORGANISATION));
        assertEquals(State.REQUESTED, Participations.next(null, false, ORGANISATION));
        assertEquals(State.REQUESTED, Participations.next(State.REQUESTED, false, ORGANISATION));
    }

    @Test
    void aConvenerInvitesOrApprovesAndTheOtherSideCompletesIt() {
        assertEquals(State.INVITED, Participations.next(null, false, MISSION));
        assertEquals(State.INVITED, Participations.next(null, true, MISSION));
        assertEquals(State.JOINED, Participations.next(State.REQUESTED, false, MISSION));
        assertEquals(State.JOINED, Participations.next(State.INVITED, false, ORGANISATION));
        assertEquals(State.JOINED, Participations.next(null, false, BOTH));
    }

    @Test
    void agreeingAgainChangesNothingOnceJoined() {
        assertEquals(State.JOINED, Participations.next(State.JOINED, false, MISSION));
        assertEquals(State.JOINED, Participations.next(State.JOINED, false, ORGANISATION));
    }
}
