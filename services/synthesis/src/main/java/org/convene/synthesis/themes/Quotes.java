package org.convene.synthesis.themes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks a theme's quotes from its texts, most central first: personal data masked, no quote twice. */
public final class Quotes {

    public static final int PER_THEME = 3;
    /** How many central texts to read to find three different ones. */
    public static final int CANDIDATES = 20;

    private Quotes() {}

    public static List<String> pick(List<String> mostCentralFirst) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String text : mostCentralFirst) {
            String masked = PersonalDataMask.mask(text.strip());
            distinct.putIfAbsent(masked.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip(), masked);
            if (distinct.size() == PER_THEME) {
                break;
            }
        }
        return List.copyOf(distinct.values());
    }
}
