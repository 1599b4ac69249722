package org.convene.communities.casestudies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.convene.communities.casestudies.CaseStudyViews.Segment;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void matchesBecomeSegmentsNotMarkup() {
        assertEquals(List.of(new Segment("Free ", false), new Segment("swimming", true),
                        new Segment(" for <b>children</b>", false)),
                Snippets.segments("Free \u0001swimming\u0002 for <b>children</b>"));
        assertEquals(List.of(new Segment("no match here", false)), Snippets.segments("no match here"));
        assertEquals(List.of(), Snippets.segments(""));
    }

    @Test
    void storedTextCannotForgeAHighlight() {
        assertEquals("a fake match", Snippets.clean("  a \u0001fake\u0002 match "));
        assertEquals("line one\nline two", Snippets.clean("line one\nline two"));
        assertEquals("", Snippets.clean(null));
    }
}
