package org.convene.synthesis;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.contracts.Anonymity;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.contracts.FeedbackThemed;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.ThemeUpdated;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.EventTap;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * Themes from survey answers on the local stack: the test plays the engagement service, which
 * sends each round's free-text answers under pseudonyms of that round.
 */
class AnonymousThemesIT {

    private static final String[] WAITING = {
        "Waiting times at the clinic are far too long",
        "The waiting time for an appointment was long, write to ann.lee+ward@example.org",
        "Long waiting times at the clinic, I live at LS1 4DY",
        "We spent three hours waiting, the waiting room was full",
        "Waiting times for the clinic need to come down, ring 07700 900 123",
    };

    private final String mission = UUID.randomUUID().toString();
    private final String survey = UUID.randomUUID().toString();

    @Test
    void surveyAnswersMakeAThemeOnlyOnceFiveDistinctPeopleAreInItWithMaskedTermsAndCoarseEvents() {
        EventTap.publish(EventEnvelope.wrap(new MembershipChanged(mission, DemoUser.OLIVIA.userId(), "convener",
                MembershipChanged.Change.JOINED, "ministry"), "/services/communities"));
        try (EventTap themes = EventTap.open(Topics.THEMES, Topics.FEEDBACK_THEMES)) {
            // Two people answer in rounds 0, 1 and 2 (one of them twice), under a new pseudonym each
            // round: five answers, two people.
            String[] ann = {pseudonym(0), pseudonym(1), pseudonym(2)};
            String[] bob = {pseudonym(0), pseudonym(1)};
            List<EventEnvelope> twoPeople = List.of(answer(ann[0], WAITING[0]), answer(bob[0], WAITING[1]),
                    answer(ann[1], WAITING[2]), answer(bob[1], WAITING[3]), answer(ann[2], WAITING[4]));
            EventTap.publishAll(twoPeople);
            List<EventEnvelope> announced = themes.collect(e -> e.data() instanceof ThemeUpdated t
                    && t.missionId().equals(mission), Duration.ofSeconds(8));
            assertEquals(List.of(), announced, "no theme of two people is announced");
            JsonPath hidden = themes();
            assertEquals(List.of(), hidden.getList("$"), "nor shown, not even as emerging: " + hidden.prettify());

            // Someone signs feedback on the same topic: they learn their feedback is in a theme, but
            // not its label, which is made of the others' words.
            EventEnvelope signed = EventEnvelope.wrap(new FeedbackSubmitted(mission, UUID.randomUUID().toString(),
                    "person-signed", "The clinic waiting times are far too long", null, null, null, null, null,
                    Instant.now()), "/services/engagement");
            EventTap.publish(signed);
            FeedbackThemed themed = (FeedbackThemed) themes.await(e -> e.data() instanceof FeedbackThemed f
                    && f.feedbackId().equals(((FeedbackSubmitted) signed.data()).feedbackId()), Duration.ofSeconds(15)).data();
            assertEquals(null, themed.label(), "a hidden theme's label is not told: " + themed);

            // Six people answer round 3: now at least five distinct people are in the theme.
            List<EventEnvelope> round3 = new ArrayList<>();
            for (String text : WAITING) {
                round3.add(answer(pseudonym(3), text));
            }
            round3.add(answer(pseudonym(3), "The clinic waiting times are long"));
            EventTap.publishAll(round3);
            ThemeUpdated update = (ThemeUpdated) themes.await(e -> e.data() instanceof ThemeUpdated t
                    && t.missionId().equals(mission), Duration.ofSeconds(20)).data();
            assertEquals(5, update.people(), "people in steps of five, counted as people, not as answers");
            assertEquals(update.updatedAt().truncatedTo(ChronoUnit.HOURS), update.updatedAt(), "an hour, not a moment");
            String said = String.join(" ", update.terms()) + " " + update.label();
            for (String personal : List.of("ann", "lee", "example", "ls1", "4dy", "07700", "900")) {
                assertFalse(said.toLowerCase().contains(personal), "a term or label made of personal data: " + said);
            }
            // More announcements may come (a re-clustering redraws the themes on its own schedule),
            // but none tells of one more text or person, nor the moment it came.
            List<EventEnvelope> more = themes.collect(e -> e.data() instanceof ThemeUpdated t
                    && t.missionId().equals(mission), Duration.ofSeconds(3));
            more.forEach(e -> {
                ThemeUpdated t = (ThemeUpdated) e.data();
                assertEquals(0, t.people() % 5, "people in steps of five: " + t);
                assertEquals(t.updatedAt().truncatedTo(ChronoUnit.HOURS), t.updatedAt(), "an hour: " + t);
            });
        }
        JsonPath shown = themes();
        Map<String, Object> theme = shown.getMap("[0]");
        assertEquals(true, theme.get("enoughPeople"), shown.prettify());
        Instant updated = Instant.parse((String) theme.get("updatedAt"));
        assertEquals(updated.truncatedTo(ChronoUnit.HOURS), updated, "the page, too, tells the hour only");
        ((List<String>) theme.get("quotes")).forEach(q -> assertFalse(q.contains("@") || q.contains("LS1")
                || q.contains("900 123"), "personal data masked: " + q));
    }

    private String pseudonym(int round) {
        return Anonymity.pseudonym("survey:" + survey + ":" + round);
    }

    private EventEnvelope answer(String author, String text) {
        return EventEnvelope.wrap(new FeedbackSubmitted(mission, UUID.randomUUID().toString(), author, text,
                "Pulse survey: Weekly pulse", null, null, null, null, Instant.parse("2026-11-30T08:00:00Z")),
                "/services/engagement");
    }

    private JsonPath themes() {
        return given().baseUri(LocalStack.SYNTHESIS).auth().oauth2(DemoUser.OLIVIA.accessToken())
                .get("/missions/" + mission + "/themes").then().statusCode(200).extract().jsonPath();
    }
}
