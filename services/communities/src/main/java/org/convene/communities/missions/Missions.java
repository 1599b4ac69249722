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
import org.convene.communities.channels.Channels;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.MissionCreated;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.search.LikePattern;
import org.convene.platform.security.CurrentUser;

/** Creating, finding, joining and leaving missions. Callers provide the transaction. */
@ApplicationScoped
public class Missions {

    static final String GENERAL_CHANNEL = "general";

    private final MissionAccess access;
    private final Outbox outbox;
    private final Channels channels;

    public Missions(MissionAccess access, Outbox outbox, Channels channels) {
        this.access = access;
        this.outbox = outbox;
        this.channels = channels;
    }

    public Uni<MissionView> create(MissionDraft draft, CurrentUser user) {
        Instant now = Instant.now();
        Mission mission = new Mission();
        mission.id = UUID.randomUUID();
        mission.name = draft.name().strip();
        mission.vision = draft.vision() == null ? "" : draft.vision().strip();
        mission.visibility = draft.visibilityOrDefault();
        mission.theme = draft.theme();
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
                .replaceWith(() -> view(mission, convener.role, 1, List.of(ChannelView.of(general, 0))));
    }

    /**
     * The directory: missions the caller can see, optionally only their own, matching words of the
     * name or vision, of a theme, or with members or organisations of a stakeholder type.
     */
    public Uni<List<MissionView>> list(MissionFilter filter, CurrentUser user) {
        String like = filter.query() == null || filter.query().isBlank() ? null
                : LikePattern.containing(filter.query().strip().toLowerCase());
        String hql = "from Mission m where (m.visibility = 'PUBLIC' or :admin = true or exists "
                + "(from Membership s where s.missionId = m.id and s.userId = :user))"
                + (filter.mine() ? " and exists (from Membership s where s.missionId = m.id and s.userId = :user)" : "")
                + (like == null ? "" : " and (lower(m.name) like :like" + LikePattern.ESCAPE
                        + " or lower(m.vision) like :like" + LikePattern.ESCAPE + ")")
                + (filter.theme() == null ? "" : " and m.theme = :theme")
                + (filter.stakeholderType() == null ? "" : " and (exists (from Membership s where s.missionId = m.id"
                        + " and s.stakeholderType = :stype) or exists (from MissionOrganisation mo, Organisation o"
                        + " where mo.missionId = m.id and o.id = mo.organisationId and mo.state = 'JOINED'"
                        + " and o.stakeholderType = :stype))")
                + " order by m.createdAt desc";
        var params = io.quarkus.panache.common.Parameters.with("admin", user.isAdmin()).and("user", user.id());
        if (like != null) {
            params = params.and("like", like);
        }
        if (filter.theme() != null) {
            params = params.and("theme", filter.theme());
        }
        if (filter.stakeholderType() != null) {
            params = params.and("stype", filter.stakeholderType());
        }
        return Mission.<Mission>find(hql, params).page(0, 200).list()
                .flatMap(missions -> missions.isEmpty()
                        ? Uni.createFrom().item(List.<MissionView>of())
                        : summaries(missions, user));
    }

    public Uni<MissionView> get(UUID missionId, CurrentUser user) {
        // One query at a time: a reactive session does not run queries concurrently.
        return access.visible(missionId, user).flatMap(a -> Membership.count("missionId", missionId)
                .flatMap(count -> (a.role() != null || a.admin()
                        ? channels.ofMission(missionId, user) : Uni.createFrom().item(List.<ChannelView>of()))
                        .map(list -> view(a.mission(), a.role(), count, list))));
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

    private static MissionView view(Mission m, String myRole, long memberCount, List<ChannelView> channels) {
        return new MissionView(m.id, m.name, m.vision, m.visibility.name(), m.theme, m.createdAt, memberCount, myRole,
                channels);
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
        return m.event(MembershipChanged.Change.JOINED);
    }
}
