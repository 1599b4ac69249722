package org.convene.engagement.deliberations;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convene.engagement.deliberations.DeliberationAccess.Standing;
import org.convene.platform.api.ProblemException;

/** Opening, listing, reading and closing deliberations. */
@ApplicationScoped
public class Deliberations {

    private final DeliberationAccess access;
    private final StatementBoard board;

    public Deliberations(DeliberationAccess access, StatementBoard board) {
        this.access = access;
        this.board = board;
    }

    /** A convener or facilitator opens a deliberation, with its seed statements published at once. */
    public Uni<DeliberationView> open(String missionId, DeliberationDraft draft, Caller caller) {
        Instant now = Instant.now();
        Instant opensAt = draft.opensAt() == null ? now : draft.opensAt();
        if (draft.closesAt() != null && !draft.closesAt().isAfter(opensAt)) {
            throw ProblemException.invalidField("closesAt", "must be after opensAt");
        }
        return access.roleIn(missionId, caller).chain(role -> {
            Deliberation d = new Deliberation();
            d.id = UUID.randomUUID();
            d.missionId = missionId;
            d.question = draft.question().strip();
            d.background = draft.background() == null ? "" : draft.background().strip();
            d.opensAt = opensAt;
            d.closesAt = draft.closesAt();
            d.linkAccess = draft.linkAccess();
            d.autoApprove = draft.autoApprove();
            d.createdBy = caller.userId();
            d.createdAt = now;
            Standing s = new Standing(d, caller, role.orElse(null));
            if (!s.moderator()) {
                throw role.isEmpty() ? ProblemException.notFound("Mission " + missionId)
                        : ProblemException.forbidden("Only the mission's conveners and facilitators can open a deliberation");
            }
            List<String> seeds = draft.seedStatements() == null ? List.of() : draft.seedStatements();
            // The convener is the first participant, and the author of the seeds (as in Pol.is).
            return d.persistAndFlush()
                    .chain(() -> Participants.create(d, caller.userId(), null))
                    .chain(convener -> Multi.createFrom().iterable(seeds).onItem()
                            .<Void>transformToUniAndConcatenate(text -> board.seed(d, convener, text.strip()))
                            .collect().last())
                    .map(ignored -> DeliberationView.of(d, s, now));
        });
    }

    public Uni<List<DeliberationView>> ofMission(String missionId, Caller caller) {
        return access.roleIn(missionId, caller).chain(role -> {
            if (role.isEmpty() && !caller.admin()) {
                // Not a member (or not known here yet): nothing to show, and nothing said about the mission.
                return Uni.createFrom().item(List.<DeliberationView>of());
            }
            Instant now = Instant.now();
            return Deliberation.<Deliberation>list("missionId = ?1 order by createdAt desc", missionId)
                    .map(list -> list.stream()
                            .map(d -> DeliberationView.of(d, new Standing(d, caller, role.orElse(null)), now)).toList());
        });
    }

    /** Deliberations in the caller's missions, newest first: the ones they can take part in. */
    public Uni<List<DeliberationView>> inMyMissions(Caller caller) {
        Instant now = Instant.now();
        return access.missionsOf(caller).chain(missions -> missions.isEmpty()
                        ? Uni.createFrom().item(List.<Deliberation>of())
                        : Deliberation.<Deliberation>find("missionId in ?1 order by createdAt desc", missions).page(0, 50).list())
                .chain(list -> Multi.createFrom().iterable(list).onItem()
                        .transformToUniAndConcatenate(d -> access.roleIn(d.missionId, caller)
                                .map(role -> DeliberationView.of(d, new Standing(d, caller, role.orElse(null)), now)))
                        .collect().asList());
    }

    public Uni<DeliberationView> get(UUID id, Caller caller) {
        return access.visible(id, caller).map(s -> DeliberationView.of(s.deliberation(), s, Instant.now()));
    }

    public Uni<DeliberationView> close(UUID id, Caller caller) {
        return access.convener(id, caller).map(s -> {
            Instant now = Instant.now();
            if (s.deliberation().state(now) != Deliberation.State.CLOSED) {
                s.deliberation().closedAt = now;
            }
            return DeliberationView.of(s.deliberation(), s, now);
        });
    }
}
