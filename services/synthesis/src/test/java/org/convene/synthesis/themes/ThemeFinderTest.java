package org.convene.synthesis.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.convene.synthesis.batch.Agreement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real embedding model and the theme finder, on texts written for this test. */
public class ThemeFinderTest {

    public static final List<String> BUSES = List.of(
            "The number 12 bus never comes on time in the morning",
            "Buses are so late that I miss the start of my shift",
            "We need more buses in the evening, the last one leaves too early",
            "The bus stop has no shelter and the timetable is wrong",
            "Bus fares went up again and the service got worse",
            "I waited forty minutes for a bus to the hospital",
            "Please run the night bus at weekends too",
            "The buses are overcrowded at school time");
    public static final List<String> FOOD = List.of(
            "School dinners are full of chips and sugary puddings",
            "My children get no fresh fruit or vegetables at lunch",
            "The canteen should serve healthier meals with less salt",
            "Fizzy drinks are sold in the vending machine at school",
            "Cooking lessons would help families eat better",
            "Healthy food costs more than takeaways in our area",
            "There are five fried chicken shops next to the school gates",
            "Free breakfast clubs would stop children arriving hungry");
    public static final List<String> NURSES = List.of(
            "There are not enough nurses on the night shift",
            "Nurses on our ward are exhausted after twelve hour shifts",
            "We lost three experienced nurses this month and nobody replaced them",
            "Agency staff do not know the ward routines",
            "Staff breaks get cancelled because the ward is short of nurses",
            "The rota is published too late to arrange childcare",
            "Student nurses are left without a mentor",
            "Overtime on the ward is not paid on time");

    static TextEmbedder embedder;

    @BeforeAll
    static void model() {
        embedder = new TextEmbedder();
    }

    @Test
    void textsOnThreeClearlyDifferentTopicsLandInThreeThemes() {
        List<String> texts = new ArrayList<>();
        List<Integer> topic = new ArrayList<>();
        for (int i = 0; i < BUSES.size(); i++) { // interleaved, as they would arrive
            texts.add(BUSES.get(i));
            topic.add(0);
            texts.add(FOOD.get(i));
            topic.add(1);
            texts.add(NURSES.get(i));
            topic.add(2);
        }
        ThemeFinder.Found found = ThemeFinder.find(texts.stream().map(embedder::embed).toList());

        assertEquals(3, found.count(), "three themes");
        List<Integer> themes = IntStream.of(found.assignment()).boxed().toList();
        assertEquals(1.0, Agreement.adjustedRand(themes, topic), 1e-9, "each theme is one topic: " + themes);
    }

    @Test
    void theSameTextsGiveTheSameThemes() {
        List<float[]> vectors = new ArrayList<>();
        for (List<String> topic : List.of(BUSES, FOOD, NURSES)) {
            topic.forEach(t -> vectors.add(embedder.embed(t)));
        }
        assertArrayEquals(ThemeFinder.find(vectors).assignment(), ThemeFinder.find(vectors).assignment());
    }

    @Test
    void textsAllAboutOneThingStayOneTheme() {
        List<float[]> vectors = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            vectors.add(embedder.embed("The lift on ward " + i + " is broken again, reported by person " + (i % 5)));
        }
        assertEquals(1, ThemeFinder.find(vectors).count());
    }

    @Test
    void tooFewTextsAreOneTheme() {
        ThemeFinder.Found found = ThemeFinder.find(BUSES.subList(0, 3).stream().map(embedder::embed).toList());
        assertEquals(1, found.count());
        assertArrayEquals(new int[] {0, 0, 0}, found.assignment());
    }
}
