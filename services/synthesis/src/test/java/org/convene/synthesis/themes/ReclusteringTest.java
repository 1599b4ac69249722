package org.convene.synthesis.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How a re-clustering carries theme ids over: the matching alone, without a database. */
class ReclusteringTest {

    private final Theme buses = Theme.create("m");
    private final Theme food = Theme.create("m");
    private final Theme lateBuses = Theme.create("m");

    @Test
    void aThemeThatStillExistsKeepsItsIdAndASplitOneLeadsToWhereMostOfItWent() {
        // Before: buses (4 texts), late buses (2, an emerging split of the same topic), food (4).
        List<ThemeText> texts = texts(buses, buses, buses, buses, lateBuses, lateBuses, food, food, food, food);
        UUID[] before = texts.stream().map(t -> t.themeId).toArray(UUID[]::new);
        // After: one bus cluster (first six texts), one food cluster.
        ThemeFinder.Found found = new ThemeFinder.Found(new int[] {1, 1, 1, 1, 1, 1, 0, 0, 0, 0}, new float[2][]);
        List<Theme> old = List.of(buses, food, lateBuses);

        Theme[] themes = Reclustering.match("m", texts, found, old);
        assertEquals(food.id, themes[0].id, "food kept its id");
        assertEquals(buses.id, themes[1].id, "buses kept its id: it held most of the cluster");

        for (int i = 0; i < texts.size(); i++) {
            texts.get(i).themeId = themes[found.assignment()[i]].id;
        }
        Map<UUID, UUID> retired = Reclustering.successors(texts, before, old, Stream.of(themes).map(t -> t.id)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(Map.of(lateBuses.id, buses.id), retired, "late buses retired into buses, nothing else retired");
    }

    @Test
    void aClusterWithNoPastGetsANewIdAndEachOldIdIsUsedOnce() {
        List<ThemeText> texts = texts(buses, buses, buses, buses);
        // The four bus texts split in two; only one half can keep the id.
        ThemeFinder.Found found = new ThemeFinder.Found(new int[] {0, 0, 0, 1}, new float[2][]);
        Theme[] themes = Reclustering.match("m", texts, found, List.of(buses));
        assertEquals(buses.id, themes[0].id);
        assertNotEquals(buses.id, themes[1].id);
    }

    private static List<ThemeText> texts(Theme... themes) {
        List<ThemeText> texts = new ArrayList<>();
        for (int i = 0; i < themes.length; i++) {
            ThemeText t = new ThemeText();
            t.sourceId = "text-" + i;
            t.themeId = themes[i].id;
            texts.add(t);
        }
        return texts;
    }
}
