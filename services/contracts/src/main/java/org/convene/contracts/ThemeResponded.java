package org.convene.contracts;

import java.time.Instant;

/**
 * Leaders answered a theme: "you said, we did". Everyone whose feedback is in the theme sees it.
 *
 * @param status HEARD, PLANNED, IN_PROGRESS, DONE or NOT_PLANNED (with the reason in the text)
 */
public record ThemeResponded(String missionId, String themeId, String responseId, String text, String status,
                             String respondedBy, Instant respondedAt)
        implements ConveneEvent {}
