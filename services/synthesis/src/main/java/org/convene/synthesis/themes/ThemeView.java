package org.convene.synthesis.themes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.convene.synthesis.responses.ResponseView;

/**
 * A theme as the insights page shows it. Below {@link org.convene.contracts.Anonymity#K} people the theme is
 * emerging: its size, quotes, sentiment and trend are withheld so that nobody can be singled out.
 *
 * @param size      texts in the theme, or null when fewer than five people are behind it
 * @param quotes    up to three of its most central texts, with personal data masked
 * @param sentiment how many of its texts read positive, neutral and negative; null while emerging
 * @param trend     texts per week (weeks start on Monday), oldest first, at most the last 26 weeks;
 *                  a week with texts from fewer than five people has null
 * @param summary   a paragraph written by a language model, when one is configured; else null
 * @param responses what leaders answered to the theme, oldest first
 */
public record ThemeView(UUID id, String label, List<String> terms, Integer size, boolean enoughPeople,
                        List<String> quotes, Sentiments sentiment, List<Week> trend, String summary, Instant updatedAt,
                        List<ResponseView> responses) {

    public record Sentiments(int positive, int neutral, int negative) {}

    public record Week(LocalDate week, Integer texts) {}
}
