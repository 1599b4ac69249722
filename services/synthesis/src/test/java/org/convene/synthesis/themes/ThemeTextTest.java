package org.convene.synthesis.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTextTest {

    @Test
    void termsAreContentWordsInTheirSingularForm() {
        assertEquals(Map.of("waiting", 2, "time", 1, "clinic", 1, "long", 1),
                TextTerms.of("The waiting times at the clinic are long; waiting is no fun"
                        .replace("no fun", "")));
        assertEquals(Map.of("query", 1, "bus", 1), TextTerms.of("Queries about the bus"));
    }

    @Test
    void similarTextsAreCloserThanUnrelatedOnes() {
        var waiting = TextTerms.of("Waiting times at the clinic are too long");
        var alsoWaiting = TextTerms.of("Long waiting times for the clinic");
        var parking = TextTerms.of("Parking near the school gate is dangerous");
        assertTrue(TextTerms.cosine(waiting, alsoWaiting) > 0.7);
        assertEquals(0.0, TextTerms.cosine(waiting, parking));
        assertEquals(1.0, TextTerms.cosine(waiting, waiting), 1e-9);
    }

    @Test
    void aLabelNamesWhatSetsTheThemeApart() {
        Map<String, Integer> waiting = Map.of("waiting", 6, "time", 4, "staff", 3, "clinic", 2);
        Map<String, Integer> staff = Map.of("staff", 8, "kind", 5, "nurse", 4);
        List<String> terms = ThemeLabels.distinctiveTerms(waiting, List.of(waiting, staff));
        assertEquals("waiting", terms.get(0));
        assertFalse(terms.indexOf("staff") == 1, "a term common to other themes ranks lower: " + terms);
        assertEquals("waiting · time · clinic", ThemeLabels.label(terms));
    }

    @Test
    void personalDataIsMaskedInQuotes() {
        assertEquals("Write to [email] or call [phone] today",
                PersonalDataMask.mask("Write to ann.lee+nhs@example.org or call 0113 496 0000 today"));
        assertEquals("Call [phone], see [link]", PersonalDataMask.mask("Call +44 7700 900123, see https://x.example/a"));
        assertEquals("NHS number [NHS number] was wrong", PersonalDataMask.mask("NHS number 4857773456 was wrong"));
        assertEquals("Ward 4 was clean in 2025", PersonalDataMask.mask("Ward 4 was clean in 2025"));
    }
}
