package org.convene.synthesis.themes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.convene.contracts.Anonymity;
import org.convene.contracts.ThemeUpdated;

/**
 * What may be told about a theme, and when. A theme with any anonymous text (a survey answer, a
 * statement) is not shown at all, nor announced, until k distinct people are in it; after that it
 * is announced only each time k more people have joined, with its time to the hour, so that an
 * event never marks the moment one text arrived. A theme of signed feedback only is shown while
 * it emerges (its label, built from masked texts) and announced as it grows, as its senders are
 * known to the service already.
 */
final class ThemeDisclosure {

    private ThemeDisclosure() {}

    static boolean visible(Theme theme) {
        return !theme.anonymous || Anonymity.enough(theme.people);
    }

    /** Whether a theme that went from {@code peopleBefore} to its people now is announced. */
    static boolean announce(Theme theme, int peopleBefore) {
        if (!theme.anonymous) {
            return true;
        }
        return Anonymity.enough(theme.people) && Anonymity.stepped(theme.people) != Anonymity.stepped(peopleBefore);
    }

    static ThemeUpdated event(Theme theme) {
        int people = theme.anonymous ? (int) Anonymity.stepped(theme.people) : theme.people;
        return new ThemeUpdated(theme.missionId, theme.id.toString(), theme.label, theme.termList(), theme.size,
                people, updatedAt(theme));
    }

    /**
     * The label a sender of signed feedback is told their feedback joined: none while the theme is
     * hidden, as it is made of other people's words; it follows when the theme is announced.
     */
    static String label(Theme theme) {
        return visible(theme) ? theme.label : null;
    }

    /** When the theme last changed, as it may be told: to the hour for a theme with anonymous texts. */
    static Instant updatedAt(Theme theme) {
        return theme.anonymous ? theme.updatedAt.truncatedTo(ChronoUnit.HOURS) : theme.updatedAt;
    }
}
