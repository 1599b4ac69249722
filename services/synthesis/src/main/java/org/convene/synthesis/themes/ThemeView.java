package org.convene.synthesis.themes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convene.synthesis.responses.ResponseView;

/**
 * A theme as the insights page shows it. Below {@link Themes#MIN_GROUP} people, the size and the
 * quotes are withheld so that nobody can be singled out.
 *
 * @param size   texts in the theme, or null when fewer than five people are behind it
 * @param quotes up to three texts with personal data masked; empty below five people
 * @param responses what leaders answered to the theme, oldest first
 */
public record ThemeView(UUID id, String label, List<String> terms, Integer size, boolean enoughPeople,
                        List<String> quotes, Instant updatedAt, List<ResponseView> responses) {}
