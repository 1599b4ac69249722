package org.convene.contracts;

import java.time.Instant;

/**
 * A deliberation's opinion map was recomputed after new votes (at most every few seconds per
 * deliberation). It carries only counts: the map itself is read from the synthesis service, which
 * decides who may see it.
 */
public record OpinionGroupsChanged(String missionId, String deliberationId, int groups, int participantsInGroups,
                                   int votes, Instant computedAt) implements ConveneEvent {}
