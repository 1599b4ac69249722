package org.convene.communities.missions;

/** Someone a convener can invite: a member of a mission the convener can see. */
public record PersonView(String userId, String displayName, String organisation, String stakeholderType) {}
