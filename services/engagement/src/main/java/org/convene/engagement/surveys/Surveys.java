package org.convene.engagement.surveys;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convene.engagement.surveys.SurveyViews.QuestionView;
import org.convene.engagement.surveys.SurveyViews.RoundView;
import org.convene.engagement.surveys.SurveyViews.SurveyView;
import org.convene.platform.api.ProblemException;
import org.convene.platform.membership.MissionMembers;
import org.convene.platform.membership.MissionMembers.Member;
import org.convene.platform.security.CurrentUser;

/**
 * Setting up pulse surveys and showing them: to the members they ask (by role and stakeholder
 * type), and to the mission's conveners and facilitators, who see the results.
 */
@ApplicationScoped
public class Surveys {

    /** A survey and the caller's standing towards it. */
    record Standing(Survey survey, Optional<Member> member, boolean admin) {

        boolean manages() {
            return admin || member.map(m -> MissionMembers.leads(m.role())).orElse(false);
        }

        boolean asked() {
            return member.map(m -> survey.asks(m.role(), m.stakeholderType(), m.organisation())).orElse(false);
        }
    }

    private final MissionMembers members;

    public Surveys(MissionMembers members) {
        this.members = members;
    }

    public Uni<SurveyView> create(String missionId, SurveyDraft draft, CurrentUser user) {
        return members.memberOf(missionId, user.id()).chain(member -> {
            Instant now = Instant.now();
            Survey survey = new Survey();
            survey.id = UUID.randomUUID();
            survey.missionId = missionId;
            Standing s = new Standing(survey, member, user.isAdmin());
            if (!s.manages()) {
                throw member.isEmpty() && !user.isAdmin() ? ProblemException.notFound("Mission " + missionId)
                        : ProblemException.forbidden("Only the mission's conveners and facilitators can set up surveys");
            }
            survey.title = draft.title().strip();
            survey.intro = draft.intro() == null ? "" : draft.intro().strip();
            survey.audienceRoles = String.join(",", draft.audienceRoles() == null ? List.of() : draft.audienceRoles());
            survey.audienceTypes = String.join(",",
                    draft.audienceStakeholderTypes() == null ? List.of() : draft.audienceStakeholderTypes());
            survey.audienceOrganisations = String.join("\n", draft.audienceOrganisations() == null ? List.of()
                    : draft.audienceOrganisations().stream().map(String::strip).toList());
            survey.schedule = Survey.Schedule.valueOf(draft.schedule());
            survey.startsAt = draft.startsAt() == null ? now : draft.startsAt();
            survey.windowDays = draft.windowDays();
            survey.createdBy = user.id();
            survey.createdAt = now;
            List<SurveyQuestion> questions = new ArrayList<>();
            for (int i = 0; i < draft.questions().size(); i++) {
                SurveyDraft.Question d = draft.questions().get(i);
                SurveyQuestion q = new SurveyQuestion();
                q.id = UUID.randomUUID();
                q.surveyId = survey.id;
                q.position = i;
                q.kind = SurveyQuestion.Kind.valueOf(d.kind());
                q.prompt = d.prompt().strip();
                q.options = d.options() == null ? "" : String.join("\n", d.options().stream().map(String::strip).toList());
                questions.add(q);
            }
            return survey.persistAndFlush()
                    .chain(() -> Multi.createFrom().iterable(questions).onItem()
                            .transformToUniAndConcatenate(q -> q.persist()).collect().last())
                    .map(ignored -> view(s, questions, false, now));
        });
    }

    /** The mission's surveys the caller is asked, or all of them for those who run it. */
    public Uni<List<SurveyView>> ofMission(String missionId, CurrentUser user) {
        return members.memberOf(missionId, user.id()).chain(member -> Survey.<Survey>list(
                        "missionId = ?1 order by createdAt desc", missionId)
                .chain(list -> views(list.stream().map(s -> new Standing(s, member, user.isAdmin()))
                        .filter(s -> s.manages() || s.asked()).toList(), user)));
    }

    /** Surveys in all the caller's missions that ask them and are open for an answer now. */
    public Uni<List<SurveyView>> waitingFor(CurrentUser user) {
        Instant now = Instant.now();
        return members.missionsOf(user.id()).chain(missions -> missions.isEmpty() ? Uni.createFrom().item(List.<Survey>of())
                        : Survey.<Survey>list("missionId in ?1 order by createdAt desc", missions))
                .chain(surveys -> Multi.createFrom().iterable(surveys).onItem()
                        .transformToUniAndConcatenate(s -> members.memberOf(s.missionId, user.id())
                                .map(m -> new Standing(s, m, user.isAdmin())))
                        .collect().asList())
                .chain(standings -> views(standings.stream().filter(Standing::asked).toList(), user))
                .map(views -> views.stream().filter(v -> v.round() != null && v.round().open() && !v.answered()).toList());
    }

    public Uni<SurveyView> get(UUID id, CurrentUser user) {
        return standing(id, user).chain(s -> views(List.of(s), user)).map(list -> list.get(0));
    }

    /** The survey if the caller is asked it or runs it; 404 otherwise. */
    Uni<Standing> standing(UUID id, CurrentUser user) {
        return Survey.<Survey>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Survey " + id))
                .chain(survey -> members.memberOf(survey.missionId, user.id())
                        .map(member -> new Standing(survey, member, user.isAdmin())))
                .invoke(s -> {
                    if (!s.manages() && !s.asked()) {
                        throw ProblemException.notFound("Survey " + id);
                    }
                });
    }

    private Uni<List<SurveyView>> views(List<Standing> standings, CurrentUser user) {
        Instant now = Instant.now();
        return Multi.createFrom().iterable(standings).onItem().transformToUniAndConcatenate(s -> SurveyQuestion
                        .<SurveyQuestion>list("surveyId = ?1 order by position", s.survey().id)
                        .chain(questions -> answered(s.survey(), user, now).map(done -> view(s, questions, done, now))))
                .collect().asList();
    }

    private static Uni<Boolean> answered(Survey survey, CurrentUser user, Instant now) {
        Survey.Round round = survey.currentRound(now);
        if (round == null) {
            return Uni.createFrom().item(false);
        }
        return SurveyResponses.respondents(survey.id, round.number(), user.id()).map(count -> count > 0);
    }

    private static SurveyView view(Standing s, List<SurveyQuestion> questions, boolean answered, Instant now) {
        Survey survey = s.survey();
        Survey.Round round = survey.currentRound(now);
        return new SurveyView(survey.id, survey.missionId, survey.title, survey.intro,
                questions.stream().map(QuestionView::of).toList(), Survey.list(survey.audienceRoles),
                Survey.list(survey.audienceTypes), Survey.lines(survey.audienceOrganisations), survey.schedule.name(),
                survey.windowDays,
                round == null ? null : new RoundView(round.number(), round.opens(), round.closes(), round.isOpen(now)),
                s.asked(), answered, s.manages());
    }
}
