package org.convene.contracts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one rule for what may be shown about a group of people: nothing about fewer than {@link #K}
 * distinct people, directly or by subtraction, and live counts that move only in steps of k.
 *
 * <p>Authors are counted as people, never texts or answers. An author id is either a person's own
 * id, or a pseudonym {@code cohort#random} made by {@link #pseudonym}: a cohort (for example one
 * round of one survey) is a set in which each pseudonym is a different person, but the same person
 * may be in several cohorts under different pseudonyms. So the distinct people behind a set of
 * authors is at least the largest cohort, never the sum of them.
 */
public final class Anonymity {

    /** The smallest group anything is shown about. */
    public static final int K = 5;

    private static final char COHORT_END = '#';
    /** Person ids (no cohort) form one cohort of their own. */
    private static final String PEOPLE = "";

    private Anonymity() {}

    /** A fresh pseudonym for one person of a cohort in which each person has exactly one. */
    public static String pseudonym(String cohort) {
        if (cohort.isEmpty() || cohort.indexOf(COHORT_END) >= 0) {
            throw new IllegalArgumentException("a cohort is a non-empty name without '#': " + cohort);
        }
        return cohort + COHORT_END + UUID.randomUUID();
    }

    /**
     * The author id of texts from a source that names no author (a deliberation's statements):
     * one pseudonym for all of them, so that together they count as one person, as they may be.
     */
    public static String unknownAuthors(String source) {
        return source + COHORT_END + "anyone";
    }

    /** Whether an author id stands for someone anonymous rather than a known person. */
    public static boolean isPseudonym(String authorId) {
        return authorId != null && authorId.indexOf(COHORT_END) >= 0;
    }

    /** The cohort of an author id: the part before '#', or "" for a person's own id. */
    public static String cohort(String authorId) {
        int end = authorId.indexOf(COHORT_END);
        return end < 0 ? PEOPLE : authorId.substring(0, end);
    }

    /** How many distinct people are surely behind these authors: the largest cohort's distinct ids. */
    public static int people(Collection<String> authorIds) {
        Map<String, Set<String>> byCohort = new HashMap<>();
        for (String id : authorIds) {
            byCohort.computeIfAbsent(cohort(id), c -> new HashSet<>()).add(id);
        }
        return byCohort.values().stream().mapToInt(Set::size).max().orElse(0);
    }

    /** Whether a group of this many distinct people may be shown. */
    public static boolean enough(long people) {
        return people >= K;
    }

    /**
     * A live count as it may be shown: rounded down to a multiple of k, so that it changes only
     * once k more people have come and one person's arrival cannot be seen in it.
     */
    public static long stepped(long people) {
        return people - Math.floorMod(people, K);
    }

    /**
     * The cells to withhold of a table whose cells overlap, where one person may be in several
     * (the options of a multiple-choice question): no total gives a cell away by subtraction, so
     * only the cells of 1 to k-1 people are withheld.
     */
    public static <T> Set<T> withheldOverlapping(Map<T, Long> peopleByCell) {
        Set<T> withheld = new LinkedHashSet<>();
        peopleByCell.forEach((cell, n) -> {
            if (n > 0 && n < K) {
                withheld.add(cell);
            }
        });
        return withheld;
    }

    /**
     * The cells of a table to withhold, given the distinct people in each. First every cell of 1
     * to k-1 people; then, while exactly one cell is withheld or the withheld cells hold fewer
     * than k people together (either would let a total reveal them by subtraction), the smallest
     * cell still shown as well (complementary suppression). Empty cells reveal nobody and stay.
     */
    public static <T> Set<T> withheld(Map<T, Long> peopleByCell) {
        Set<T> withheld = withheldOverlapping(peopleByCell);
        if (withheld.isEmpty()) {
            return withheld;
        }
        List<Map.Entry<T, Long>> shown = new ArrayList<>(peopleByCell.entrySet().stream()
                .filter(e -> e.getValue() > 0 && !withheld.contains(e.getKey()))
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder())).toList());
        long hiddenPeople = withheld.stream().mapToLong(peopleByCell::get).sum();
        while ((withheld.size() == 1 || hiddenPeople < K) && !shown.isEmpty()) {
            Map.Entry<T, Long> smallest = shown.remove(0);
            withheld.add(smallest.getKey());
            hiddenPeople += smallest.getValue();
        }
        return withheld;
    }
}
