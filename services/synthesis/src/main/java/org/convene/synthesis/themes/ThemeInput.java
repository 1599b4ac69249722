package org.convene.synthesis.themes;

import java.time.Instant;
import org.convene.contracts.Anonymity;
import org.convene.contracts.FeedbackSubmitted;
import org.convene.contracts.StatementPublished;

/** A free text that joins a mission's themes, with what the breakdowns need to know of it. */
public record ThemeInput(String missionId, String sourceId, String source, String authorId, String text,
                         String stakeholderType, String organisation, String service, String place,
                         Instant submittedAt) {

    public static final String FEEDBACK = "feedback";
    public static final String STATEMENT = "statement";

    /**
     * Frontline feedback, or a survey's free-text answer (sent as feedback under a pseudonym of its
     * round). Personal data is masked here, before anything (embedding, terms, label, quote) is made of it.
     */
    public static ThemeInput of(FeedbackSubmitted f) {
        return new ThemeInput(f.missionId(), f.feedbackId(), FEEDBACK, f.authorId(), PersonalDataMask.mask(f.text()),
                f.stakeholderType(),
                f.organisation(), f.service(), f.place(), f.submittedAt());
    }

    /**
     * A deliberation's published statement. Statements carry no author, and all of a
     * deliberation's may be one person's: together they count as one.
     */
    public static ThemeInput of(StatementPublished s) {
        return new ThemeInput(s.missionId(), s.statementId(), STATEMENT,
                Anonymity.unknownAuthors("deliberation:" + s.deliberationId()), PersonalDataMask.mask(s.text()),
                null, null, null, null, s.publishedAt());
    }
}
