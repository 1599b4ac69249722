package org.convene.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertEquals("100\\%\\_off", LikePattern.literal("100%_off"));
        assertEquals("a\\\\b", LikePattern.literal("a\\b"));
        assertEquals("%\\%\\%%", LikePattern.containing("%%"));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertEquals("%Olivia Okafor%", LikePattern.containing("Olivia Okafor"));
    }
}
