package org.convene.synthesis.themes;

import java.util.List;
import java.util.Map;

/**
 * Picks a theme's most distinctive terms by class-based TF-IDF: a term scores high when it is
 * frequent in this theme and rare in the mission's other themes.
 */
public final class ThemeLabels {

    public static final int TERMS_IN_LABEL = 3;

    private ThemeLabels() {}

    /**
     * @param theme      the theme's term counts
     * @param allThemes  the term counts of every theme of the mission, this one included
     */
    public static List<String> distinctiveTerms(Map<String, Integer> theme, List<Map<String, Integer>> allThemes) {
        double averageWords = allThemes.stream()
                .mapToInt(t -> t.values().stream().mapToInt(Integer::intValue).sum())
                .average().orElse(1);
        int themeWords = Math.max(1, theme.values().stream().mapToInt(Integer::intValue).sum());
        return theme.entrySet().stream()
                .map(e -> {
                    int everywhere = allThemes.stream().mapToInt(t -> t.getOrDefault(e.getKey(), 0)).sum();
                    double tf = (double) e.getValue() / themeWords;
                    double idf = Math.log(1 + averageWords / Math.max(1, everywhere));
                    return Map.entry(e.getKey(), tf * idf);
                })
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TERMS_IN_LABEL)
                .map(Map.Entry::getKey)
                .toList();
    }

    public static String label(List<String> terms) {
        return terms.isEmpty() ? "(no words yet)" : String.join(" · ", terms);
    }

}
