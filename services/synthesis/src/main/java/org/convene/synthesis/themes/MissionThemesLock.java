package org.convene.synthesis.themes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * One writer at a time on a mission's themes, across instances: a new text and a re-clustering of
 * the same mission must not interleave. A PostgreSQL advisory lock held until the transaction ends.
 */
final class MissionThemesLock {

    private MissionThemesLock() {}

    static Uni<Void> take(String missionId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('themes:' || :m))) locked",
                        Integer.class)
                .setParameter("m", missionId)
                .getSingleResult()).replaceWithVoid();
    }

    /**
     * Notes that the mission has one more text, for the scheduled re-clustering; when its texts
     * reach 10, 20, 40, 80 and so on, a re-clustering is due at once.
     */
    static Uni<Void> oneMoreText(String missionId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into theme_missions as t (mission_id, texts, changed_at) values (:m, 1, now())"
                        + " on conflict (mission_id) do update set texts = t.texts + 1, changed_at = now(),"
                        + " due = t.due or (t.texts + 1 >= :first and ((t.texts + 1) % :first) = 0"
                        + " and (((t.texts + 1) / :first) & ((t.texts + 1) / :first - 1)) = 0)")
                .setParameter("m", missionId)
                .setParameter("first", ThemeFinder.MIN_TEXTS)
                .executeUpdate()).replaceWithVoid();
    }
}
