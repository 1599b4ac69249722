package org.convene.synthesis.responses;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.convene.contracts.ThemeResponded;
import org.convene.platform.api.ProblemException;
import org.convene.platform.membership.MissionMembers;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.security.CurrentUser;
import org.convene.synthesis.themes.Theme;

/**
 * "You said, we did": a mission's conveners and facilitators answer a theme; the answer goes out
 * as an event, from which the engagement service shows it to everyone whose feedback is in it.
 */
@ApplicationScoped
public class ThemeResponses {

    private final MissionMembers members;
    private final Outbox outbox;

    public ThemeResponses(MissionMembers members, Outbox outbox) {
        this.members = members;
        this.outbox = outbox;
    }

    public Uni<ResponseView> respond(String missionId, UUID themeId, ResponseDraft draft, CurrentUser user) {
        return members.requireLead(missionId, user, "Only the mission's conveners and facilitators answer themes")
                .chain(() -> Theme.<Theme>find("id = ?1 and missionId = ?2 and retiredInto is null", themeId, missionId)
                        .<Theme>firstResult())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Theme " + themeId))
                .chain(theme -> {
                    ThemeResponse r = new ThemeResponse();
                    r.id = UUID.randomUUID();
                    r.themeId = theme.id;
                    r.missionId = missionId;
                    r.text = draft.text().strip();
                    r.status = draft.status();
                    r.responder = user.displayName();
                    r.respondedAt = Instant.now();
                    return r.persist().chain(() -> outbox.publish(new ThemeResponded(missionId, theme.id.toString(),
                            r.id.toString(), r.text, r.status, r.responder, r.respondedAt))).replaceWith(ResponseView.of(r));
                });
    }
}
