package org.convene.contracts;

import java.time.Instant;

/**
 * A re-clustering dissolved a theme: its texts went to other themes, and links to it, and the
 * answers leaders gave to it, now belong to {@code successorId}, the theme that took most of them.
 */
public record ThemeRetired(String missionId, String themeId, String successorId, Instant retiredAt)
        implements ConveneEvent, AggregateState {

    /** The theme's last state: nothing older may bring it back. */
    @Override
    public String aggregateId() {
        return "theme:" + themeId;
    }
}
