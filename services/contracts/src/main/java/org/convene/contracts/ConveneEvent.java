package org.convene.contracts;

/**
 * A fact one service publishes for the others. Every event belongs to a mission, whose id is the
 * Kafka key, so that the events of one mission keep their order.
 */
public sealed interface ConveneEvent
        permits MissionCreated, MembershipChanged, OrganisationParticipationChanged, MessagePosted, MessageEdited,
        MessageDeleted, FeedbackSubmitted, StatementPublished, VoteCast, ThemeUpdated, FeedbackThemed,
        ThemeResponded, ThemeRetired, FeedbackAnswered, OpinionGroupsChanged {

    String missionId();
}
