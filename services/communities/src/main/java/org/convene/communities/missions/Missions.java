package org.convene.communities.missions;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convene.communities.channels.Channel;
import org.convene.communities.channels.ChannelView;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.MissionCreated;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.security.CurrentUser;

/** Creating, finding, joining and leaving missions. Callers provide the transaction. */
@ApplicationScoped
public class Missions {

    static final String GENERAL_CHANNEL = "general";

    private final MissionAccess access;
    private final Outbox outbox;

    public Missions(MissionAccess access, Outbox outbox) {
        this.access = access;
        this.outbox = outbox;
    }

    public Uni<MissionView> create(MissionDraft draft, CurrentUser user) {
        Instant now = Instant.now();
        Mission mission = new Mission();
        mission.id = UUID.randomUUID();
        mission.name = draft.name().strip();
        mission.vision = draft.vision() == null ? "" : draft.vision().strip();
        mission.visibility = draft.visibilityOrDefault();
        mission.createdBy = user.id();
        mission.createdAt = now;
        Membership convener = membership(mission.id, user, Membership.CONVENER, now);
        Channel general = Channel.open(mission.id, GENERAL_CHANNEL, now);
        return mission.persist()
                .chain(convener::persist)
                .chain(general::persist)
                .chain(() -> outbox.publish(new MissionCreated(mission.id.toString(), mission.name,
                        mission.visibility.name(), user.id(), now)))
                .chain(() -> outbox.publish(joined(convener)))
                .replaceWith(() -> view(mission, convener.role, 1, List.of(general)));
    }

    public Uni<List<MissionView>> list(String query, boolean mineOnly, CurrentUser user) {
        String like = query == null || query.isBlank() ? null : "%" + query.strip().toLowerCase() + "%";
        String hql = "from Mission m where (m.visibility = 'PUBLIC' or :admin = true or exists "
                + "(from Membership s where s.missionId = m.id and s.userId = :user))"
                + (mineOnly ? " and exists (from Membership s where s.missionId = m.id and s.userId = :user)" : "")
                + (like == null ? "" : " and (lower(m.name) like :like or lower(m.vision) like :like)")
                + " order by m.createdAt desc";
        var params = io.quarkus.panache.common.Parameters.with("admin", user.isAdmin()).and("user", user.id());
        if (like != null) {
            params = params.and("like", like);
        }
        return Mission.<Mission>find(hql, params).page(0, 200).list()
                .flatMap(missions -> missions.isEmpty()
                        ? Uni.createFrom().item(List.<MissionView>of())
                        : summaries(missions, user));
    }

    public Uni<MissionView> get(UUID missionId, CurrentUser user) {
        // One query at a time: a reactive session does not run queries concurrently.
        return access.visible(missionId, user).flatMap(a -> Membership.count("missionId", missionId)
                .flatMap(count -> Channel.<Channel>list("missionId = ?1 order by createdAt", missionId)
                        .map(channels -> view(a.mission(), a.role(), count,
                                a.role() != null || a.admin() ? channels : List.of()))));
    }

    public Uni<List<MemberView>> members(UUID missionId, CurrentUser user) {
        return access.visible(missionId, user).flatMap(a -> Membership
                .<Membership>list("missionId = ?1 order by joinedAt", missionId)
                .map(list -> list.stream().map(MemberView::of).toList()));
    }

    private Uni<List<MissionView>> summaries(List<Mission> missions, CurrentUser user) {
        List<UUID> ids = missions.stream().map(m -> m.id).toList();
        Uni<Map<UUID, Long>> counts = Membership.getSession().flatMap(s -> s
                .createSelectionQuery("select missionId, count(*) from Membership where missionId in :ids "
                        + "group by missionId", Object[].class)
                .setParameter("ids", ids).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1])));
        Uni<Map<UUID, String>> roles = Membership.<Membership>list("userId = ?1 and missionId in ?2", user.id(), ids)
                .map(list -> list.stream().collect(Collectors.toMap(m -> m.missionId, m -> m.role)));
        return counts.flatMap(c -> roles.map(r -> missions.stream()
                .map(m -> view(m, r.get(m.id), c.getOrDefault(m.id, 0L), List.of()))
                .toList()));
    }

    private static MissionView view(Mission m, String myRole, long memberCount, List<Channel> channels) {
        return new MissionView(m.id, m.name, m.vision, m.visibility.name(), m.createdAt, memberCount, myRole,
                channels.stream().map(ChannelView::of).toList());
    }

    static Membership membership(UUID missionId, CurrentUser user, String role, Instant at) {
        Membership m = new Membership();
        m.id = UUID.randomUUID();
        m.missionId = missionId;
        m.userId = user.id();
        m.displayName = user.displayName();
        m.role = role;
        m.stakeholderType = user.stakeholderType();
        m.organisation = user.organisation();
        m.joinedAt = at;
        return m;
    }

    static MembershipChanged joined(Membership m) {
        return new MembershipChanged(m.missionId.toString(), m.userId, m.role, MembershipChanged.Change.JOINED,
                m.stakeholderType);
    }
}
