package org.convene.communities.casestudies;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convene.communities.casestudies.CaseStudyViews.CaseStudyView;
import org.convene.communities.casestudies.CaseStudyViews.CommentDraft;
import org.convene.communities.casestudies.CaseStudyViews.CommentView;
import org.convene.communities.casestudies.CaseStudyViews.RelatedStudy;
import org.convene.communities.casestudies.CaseStudyViews.SearchHit;
import org.convene.communities.missions.MissionAccess;
import org.convene.platform.api.ProblemException;
import org.convene.platform.search.LikePattern;
import org.convene.platform.security.CurrentUser;

/**
 * Writing, publishing, finding and discussing case studies. A case study is seen by whoever can
 * see its mission once published; a draft only by its author. One query at a time per session.
 */
@ApplicationScoped
public class CaseStudies {

    /** Visible to the caller: the mission is public, or they are a member, or an admin. */
    private static final String VISIBLE = "(m.visibility = 'PUBLIC' or :admin or exists (select 1 from memberships s"
            + " where s.mission_id = m.id and s.user_id = :user))";

    private final MissionAccess access;

    public CaseStudies(MissionAccess access) {
        this.access = access;
    }

    public Uni<CaseStudyView> create(CaseStudyDraft draft, CurrentUser user) {
        return access.participant(draft.missionId(), user).chain(() -> {
            CaseStudy study = new CaseStudy();
            study.id = UUID.randomUUID();
            study.authorId = user.id();
            study.authorName = user.displayName();
            study.status = CaseStudy.Status.DRAFT;
            study.createdAt = Instant.now();
            fill(study, draft);
            // Flushed first: the labels are written with native SQL and refer to the row.
            return study.persistAndFlush().chain(() -> writeLabels(study.id, draft)).chain(() -> view(study, user));
        });
    }

    public Uni<CaseStudyView> update(UUID id, CaseStudyDraft draft, CurrentUser user) {
        return own(id, user).chain(study -> {
            if (!study.missionId.equals(draft.missionId())) {
                throw ProblemException.badRequest("missionId: a case study stays in its mission");
            }
            fill(study, draft);
            return session().chain(s -> s.createNativeQuery("delete from case_study_labels where case_study_id = :id")
                            .setParameter("id", id).executeUpdate())
                    .chain(() -> writeLabels(id, draft))
                    .chain(() -> view(study, user));
        });
    }

    public Uni<CaseStudyView> publish(UUID id, CurrentUser user) {
        return own(id, user).chain(study -> {
            if (study.status == CaseStudy.Status.DRAFT) {
                study.status = CaseStudy.Status.PUBLISHED;
                study.publishedAt = Instant.now();
            }
            return view(study, user);
        });
    }

    public Uni<CaseStudyView> get(UUID id, CurrentUser user) {
        return readable(id, user).chain(study -> view(study, user));
    }

    /** Published case studies the caller can see, best match first, with highlighted snippets. */
    public Uni<List<SearchHit>> search(String query, String missionId, String tag, String stakeholderType,
                                       String place, CurrentUser user) {
        String q = query == null ? "" : query.strip();
        String sql = "select cast(c.id as text), cast(c.mission_id as text), c.title, c.summary, c.place,"
                + " cast(case when :q = '' then 0 else ts_rank(c.search, websearch_to_tsquery('english', :q)) end as float8),"
                + " ts_headline('english', c.summary || ' ' || c.outcomes || ' ' || c.lessons,"
                + "   websearch_to_tsquery('english', :q),"
                + "   'StartSel=' || chr(1) || ',StopSel=' || chr(2) || ',MaxFragments=2,MinWords=8,MaxWords=30')"
                + " from case_studies c join missions m on m.id = c.mission_id"
                + " where c.status = 'PUBLISHED' and " + VISIBLE
                + " and (:q = '' or c.search @@ websearch_to_tsquery('english', :q))"
                + " and (:mission = '' or cast(c.mission_id as text) = :mission)"
                + " and (:tag = '' or exists (select 1 from case_study_labels l where l.case_study_id = c.id"
                + "      and l.kind = 'tag' and lower(l.value) = lower(:tag)))"
                + " and (:stype = '' or exists (select 1 from case_study_labels l where l.case_study_id = c.id"
                + "      and l.kind = 'stakeholder_type' and l.value = :stype))"
                + " and (:place = '' or c.place ilike :placeLike" + LikePattern.ESCAPE + ")"
                + " order by 6 desc, c.published_at desc limit 50";
        return session().chain(s -> s.createNativeQuery(sql, Object[].class)
                        .setParameter("q", q)
                        .setParameter("mission", blank(missionId))
                        .setParameter("tag", blank(tag))
                        .setParameter("stype", blank(stakeholderType))
                        .setParameter("place", blank(place))
                        .setParameter("placeLike", LikePattern.containing(blank(place)))
                        .setParameter("admin", user.isAdmin())
                        .setParameter("user", user.id())
                        .getResultList())
                .map(rows -> rows.stream().map(r -> new SearchHit(UUID.fromString((String) r[0]),
                        UUID.fromString((String) r[1]), (String) r[2], (String) r[3], (String) r[4],
                        ((Number) r[5]).doubleValue(), Snippets.segments((String) r[6]))).toList());
    }

    public Uni<List<CommentView>> comments(UUID id, CurrentUser user) {
        return readable(id, user).chain(() -> CaseStudyComment.<CaseStudyComment>list(
                        "caseStudyId = ?1 order by postedAt", id))
                .map(list -> list.stream().map(CommentView::of).toList());
    }

    public Uni<CommentView> comment(UUID id, CommentDraft draft, CurrentUser user) {
        return published(id, user).chain(() -> {
            CaseStudyComment comment = new CaseStudyComment();
            comment.id = UUID.randomUUID();
            comment.caseStudyId = id;
            comment.authorId = user.id();
            comment.authorName = user.displayName();
            comment.body = Snippets.clean(draft.text());
            comment.postedAt = Instant.now();
            return comment.persist().replaceWith(CommentView.of(comment));
        });
    }

    /** Marks the case study useful for the caller (once per person), or takes the mark back. */
    public Uni<CaseStudyView> markUseful(UUID id, boolean useful, CurrentUser user) {
        String sql = useful
                ? "insert into case_study_marks (case_study_id, user_id, marked_at) values (:id, :user, now())"
                        + " on conflict do nothing"
                : "delete from case_study_marks where case_study_id = :id and user_id = :user";
        return published(id, user)
                .call(() -> session().chain(s -> s.createNativeQuery(sql)
                        .setParameter("id", id).setParameter("user", user.id()).executeUpdate()))
                .chain(study -> view(study, user));
    }

    private Uni<CaseStudy> readable(UUID id, CurrentUser user) {
        return CaseStudy.<CaseStudy>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Case study " + id))
                .call(study -> access.visible(study.missionId, user).onFailure(ProblemException.class)
                        .transform(e -> ProblemException.notFound("Case study " + id)))
                .invoke(study -> {
                    if (study.status == CaseStudy.Status.DRAFT && !study.authorId.equals(user.id()) && !user.isAdmin()) {
                        throw ProblemException.notFound("Case study " + id);
                    }
                });
    }

    private Uni<CaseStudy> published(UUID id, CurrentUser user) {
        return readable(id, user).invoke(study -> {
            if (study.status != CaseStudy.Status.PUBLISHED) {
                throw ProblemException.badRequest("Publish the case study first");
            }
        });
    }

    private Uni<CaseStudy> own(UUID id, CurrentUser user) {
        return readable(id, user).invoke(study -> {
            if (!study.authorId.equals(user.id()) && !user.isAdmin()) {
                throw ProblemException.forbidden("Only its author can change a case study");
            }
        });
    }

    private Uni<CaseStudyView> view(CaseStudy study, CurrentUser user) {
        Uni<List<Object[]>> labels = session().chain(s -> s.createNativeQuery(
                        "select kind, value from case_study_labels where case_study_id = :id order by kind, value",
                        Object[].class)
                .setParameter("id", study.id).getResultList());
        return labels.chain(rows -> marks(study.id, user).chain(marks -> related(study, user).map(related -> {
            Map<String, List<String>> byKind = rows.stream().collect(Collectors.groupingBy(r -> (String) r[0],
                    Collectors.mapping(r -> (String) r[1], Collectors.toList())));
            return new CaseStudyView(study.id, study.missionId, study.status.name(), study.authorId, study.authorName,
                    study.title, study.summary, study.context, study.challenge, study.approach, study.outcomes,
                    study.lessons, study.place, byKind.getOrDefault("tag", List.of()),
                    byKind.getOrDefault("stakeholder_type", List.of()), byKind.getOrDefault("organisation", List.of()),
                    study.links.isEmpty() ? List.of() : List.of(study.links.split("\n")), study.publishedAt,
                    marks[0], marks[1] > 0, related);
        })));
    }

    /** [how many marked it useful, whether the caller did]. */
    private Uni<long[]> marks(UUID id, CurrentUser user) {
        return session().chain(s -> s.createNativeQuery("select count(*), count(*) filter (where user_id = :user)"
                                + " from case_study_marks where case_study_id = :id", Object[].class)
                        .setParameter("id", id).setParameter("user", user.id()).getSingleResult())
                .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()});
    }

    /** Other published case studies the caller can see that share labels or the mission. */
    private Uni<List<RelatedStudy>> related(CaseStudy study, CurrentUser user) {
        String sql = "select cast(c.id as text), c.title, count(l.value) from case_studies c"
                + " join missions m on m.id = c.mission_id"
                + " left join case_study_labels l on l.case_study_id = c.id and (l.kind, l.value) in"
                + "   (select kind, value from case_study_labels where case_study_id = :id)"
                + " where c.id <> :id and c.status = 'PUBLISHED' and " + VISIBLE
                + " group by c.id, c.title, c.mission_id, c.published_at"
                + " having count(l.value) > 0 or c.mission_id = :mission"
                + " order by 3 desc, c.published_at desc limit 5";
        return session().chain(s -> s.createNativeQuery(sql, Object[].class)
                        .setParameter("id", study.id).setParameter("mission", study.missionId)
                        .setParameter("admin", user.isAdmin()).setParameter("user", user.id())
                        .getResultList())
                .map(rows -> rows.stream().map(r -> new RelatedStudy(UUID.fromString((String) r[0]), (String) r[1],
                        ((Number) r[2]).longValue())).toList());
    }

    private static Uni<Void> writeLabels(UUID id, CaseStudyDraft draft) {
        List<String[]> labels = new ArrayList<>();
        distinct(draft.tags()).forEach(v -> labels.add(new String[] {"tag", v}));
        distinct(draft.stakeholderTypes()).forEach(v -> labels.add(new String[] {"stakeholder_type", v}));
        distinct(draft.organisations()).forEach(v -> labels.add(new String[] {"organisation", v}));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String[] label : labels) {
            chain = chain.chain(() -> session().chain(s -> s.createNativeQuery(
                            "insert into case_study_labels (case_study_id, kind, value) values (:id, :kind, :value)")
                    .setParameter("id", id).setParameter("kind", label[0]).setParameter("value", label[1])
                    .executeUpdate())).replaceWithVoid();
        }
        return chain;
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().map(Snippets::clean).distinct().toList();
    }

    private static void fill(CaseStudy study, CaseStudyDraft draft) {
        study.missionId = draft.missionId();
        study.title = Snippets.clean(draft.title());
        study.summary = Snippets.clean(draft.summary());
        study.context = Snippets.clean(draft.context());
        study.challenge = Snippets.clean(draft.challenge());
        study.approach = Snippets.clean(draft.approach());
        study.outcomes = Snippets.clean(draft.outcomes());
        study.lessons = Snippets.clean(draft.lessons());
        study.place = draft.place() == null || draft.place().isBlank() ? null : Snippets.clean(draft.place());
        study.links = draft.links() == null ? "" : String.join("\n", draft.links());
        study.updatedAt = Instant.now();
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }

    private static Uni<org.hibernate.reactive.mutiny.Mutiny.Session> session() {
        return Panache.getSession();
    }
}
