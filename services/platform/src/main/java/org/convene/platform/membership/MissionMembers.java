package org.convene.platform.membership;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.convene.contracts.MembershipChanged;
import org.convene.platform.api.ProblemException;
import org.convene.platform.security.CurrentUser;

/**
 * This service's own copy of who belongs to which mission, built from the communities service's
 * membership events, so that it can authorize without calling that service.
 */
@ApplicationScoped
public class MissionMembers {

    /** The user's role in the mission, if they are a member. */
    public Uni<Optional<String>> roleOf(String missionId, String userId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select role from mission_members where mission_id = :m and user_id = :u",
                        String.class)
                .setParameter("m", missionId)
                .setParameter("u", userId)
                .getResultList()
                .map(roles -> roles.stream().findFirst()));
    }

    /** Fails with 404 (the mission stays hidden) unless the user belongs to it; platform admins pass. */
    public Uni<Optional<String>> requireMember(String missionId, CurrentUser user) {
        return roleOf(missionId, user.id()).invoke(role -> {
            if (role.isEmpty() && !user.isAdmin()) {
                throw ProblemException.notFound("Mission " + missionId);
            }
        });
    }

    /** As {@link #requireMember}, and fails with 403 and {@code why} unless the user leads the mission. */
    public Uni<Void> requireLead(String missionId, CurrentUser user, String why) {
        return requireMember(missionId, user).invoke(role -> {
            if (!user.isAdmin() && !leads(role.get())) {
                throw ProblemException.forbidden(why);
            }
        }).replaceWithVoid();
    }

    /** Whether the mission role leads the mission's work: moderating, surveying, answering themes. */
    public static boolean leads(String role) {
        return "convener".equals(role) || "facilitator".equals(role);
    }

    /** A member as this read model knows them. */
    public record Member(String userId, String role, String stakeholderType, String organisation) {}

    /** Everyone in the mission, with their role and stakeholder type. */
    public Uni<List<Member>> of(String missionId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select user_id, role, stakeholder_type, organisation from mission_members"
                        + " where mission_id = :m", Object[].class)
                .setParameter("m", missionId)
                .getResultList()
                .map(rows -> rows.stream().map(MissionMembers::member).toList()));
    }

    /** The user's membership of the mission, if any. */
    public Uni<Optional<Member>> memberOf(String missionId, String userId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select user_id, role, stakeholder_type, organisation from mission_members"
                        + " where mission_id = :m and user_id = :u", Object[].class)
                .setParameter("m", missionId)
                .setParameter("u", userId)
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(MissionMembers::member)));
    }

    /** The missions the user belongs to. */
    public Uni<List<String>> missionsOf(String userId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select mission_id from mission_members where user_id = :u order by mission_id",
                        String.class)
                .setParameter("u", userId)
                .getResultList());
    }

    /** Applies one membership change; call it inside the consuming transaction. */
    public Uni<Void> apply(MembershipChanged change) {
        String sql = change.change() == MembershipChanged.Change.LEFT
                ? "delete from mission_members where mission_id = :m and user_id = :u"
                : "insert into mission_members (mission_id, user_id, role, stakeholder_type, organisation) "
                        + "values (:m, :u, :role, :type, cast(:organisation as text)) on conflict (mission_id, user_id) "
                        + "do update set role = excluded.role, stakeholder_type = excluded.stakeholder_type, "
                        + "organisation = excluded.organisation";
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql)
                    .setParameter("m", change.missionId())
                    .setParameter("u", change.userId());
            if (change.change() != MembershipChanged.Change.LEFT) {
                query.setParameter("role", change.role()).setParameter("type", change.stakeholderType())
                        .setParameter("organisation", change.organisation());
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    private static Member member(Object[] r) {
        return new Member((String) r[0], (String) r[1], (String) r[2], (String) r[3]);
    }
}
