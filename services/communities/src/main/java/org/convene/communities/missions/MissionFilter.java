package org.convene.communities.missions;

/**
 * What the mission directory is narrowed to; null fields do not narrow it.
 *
 * @param mine only the caller's missions
 */
public record MissionFilter(String query, boolean mine, String theme, String stakeholderType) {}
