package org.convene.synthesis.themes;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a text and how often each occurs: lower case, stop words dropped, plural
 * "s" removed. The foundation's theme finder works on these; sentence embeddings replace them
 * when the synthesis issue lands.
 */
public final class TextTerms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
            "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "don't", "for", "from",
            "get", "got", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i", "i'm",
            "if", "in", "into", "is", "it", "it's", "its", "just", "me", "more", "most", "my", "no", "not", "of",
            "on", "one", "only", "or", "our", "out", "over", "really", "she", "should", "so", "some", "than",
            "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "too",
            "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "why",
            "will", "with", "would", "you", "your");

    private TextTerms() {}

    public static Map<String, Integer> of(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            if (word.length() < 3 || STOP_WORDS.contains(word)) {
                continue;
            }
            counts.merge(singular(word), 1, Integer::sum);
        }
        return counts;
    }

    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Cosine similarity of two term-count vectors: 0 (nothing shared) to 1 (same proportions). */
    public static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                dot += (double) e.getValue() * other;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Integer> v) {
        double sum = 0;
        for (int c : v.values()) {
            sum += (double) c * c;
        }
        return Math.sqrt(sum);
    }
}
