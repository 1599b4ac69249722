package org.convene.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A theme of a mission's feedback was created or grew.
 *
 * @param terms the theme's most distinctive terms, best first; its label is made of them
 * @param size  the number of texts in the theme
 * @param people the number of distinct people behind those texts
 */
public record ThemeUpdated(
        String missionId, String themeId, String label, List<String> terms,
        int size, int people, Instant updatedAt)
        implements ConveneEvent, AggregateState {

    @Override
    public String aggregateId() {
        return "theme:" + themeId;
    }
}
