package org.convene.synthesis.responses;

import java.time.Instant;
import java.util.UUID;

public record ResponseView(UUID id, String text, String status, String respondedBy, Instant respondedAt) {

    public static ResponseView of(ThemeResponse r) {
        return new ResponseView(r.id, r.text, r.status, r.responder, r.respondedAt);
    }
}
