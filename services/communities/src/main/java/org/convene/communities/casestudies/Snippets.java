package org.convene.communities.casestudies;

import java.util.ArrayList;
import java.util.List;
import org.convene.communities.casestudies.CaseStudyViews.Segment;

/**
 * PostgreSQL's ts_headline marks matches with two control characters (which stored text never
 * contains: {@link #clean} removes them); this turns its output into plain segments, so that the
 * web app shows highlights without ever inserting HTML.
 */
public final class Snippets {

    static final char START = '\u0001';
    static final char STOP = '\u0002';

    private Snippets() {}

    public static List<Segment> segments(String headline) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inMatch = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!run.isEmpty()) {
                    segments.add(new Segment(run.toString(), inMatch));
                    run.setLength(0);
                }
                inMatch = c == START;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            segments.add(new Segment(run.toString(), inMatch));
        }
        return segments;
    }

    /** Text as it is stored: stripped, with control characters other than line breaks and tabs removed. */
    public static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }
}
