package org.convene.engagement.deliberations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convene.engagement.deliberations.PolisCsv.Comment;
import org.convene.engagement.deliberations.PolisCsv.Vote;
import org.convene.platform.api.ProblemException;
import org.junit.jupiter.api.Test;

class PolisCsvTest {

    @Test
    void readsQuotedCommentsAsPolisWritesThem() {
        String csv = """
                timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body
                1500282544716,Mon Jul 17 16:09:04 WIB 2017,34,0,56,2,1,\"""The EU"" is too big, and too varied.\"
                1500282615559,Mon Jul 17 16:10:15 WIB 2017,36,3,38,7,-1,Plain text
                """;
        List<Comment> comments = PolisCsv.readComments(csv);
        assertEquals(new Comment(1500282544716L, 34, 0, 56, 2, 1, "\"The EU\" is too big, and too varied."),
                comments.get(0));
        assertEquals(-1, comments.get(1).moderated());
        assertEquals(comments, PolisCsv.readComments(PolisCsv.writeComments(comments)));
    }

    @Test
    void anExportedStatementCannotRunAsASpreadsheetFormulaAndReadsBackAsItWas() {
        List<Comment> comments = List.of(new Comment(1, 0, 0, 0, 0, 1, "=HYPERLINK(\"http://evil\",\"Click\")"),
                new Comment(2, 1, 0, 0, 0, -1, "-2+3"), new Comment(3, 2, 0, 0, 0, 0, "@cmd"));
        String csv = PolisCsv.writeComments(comments);
        assertTrue(csv.contains(",1,\"'=HYPERLINK("), csv);
        assertTrue(csv.contains(",-1,'-2+3\n"), "numbers keep their sign, text gets the quote: " + csv);
        assertTrue(csv.contains(",'@cmd\n"), csv);
        assertEquals(comments, PolisCsv.readComments(csv));
        assertTrue(PolisCsv.writeVotes(List.of(new Vote(1, 0, 3, -1))).endsWith(",0,3,-1\n"));
    }

    @Test
    void theLastVoteOfAParticipantOnAStatementCounts() {
        List<Vote> events = List.of(new Vote(20, 1, 7, -1), new Vote(10, 1, 7, 1), new Vote(20, 1, 7, 0),
                new Vote(5, 2, 7, 1), new Vote(15, 1, 8, 1));
        List<Vote> last = PolisCsv.finalVotes(events);
        assertEquals(3, last.size());
        assertTrue(last.contains(new Vote(20, 1, 7, 0)), "the later row wins a tie of timestamps");
        assertTrue(last.contains(new Vote(5, 2, 7, 1)));
        assertTrue(last.contains(new Vote(15, 1, 8, 1)));
    }

    @Test
    void datesAreWrittenInPolisFormInUtc() {
        assertEquals("Mon Jul 17 09:10:15 UTC 2017", PolisCsv.datetime(1500282615559L));
    }

    @Test
    void aBadRowIsNamedByFileAndLine() {
        String csv = "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,1,1\n2,x,0,2,5\n";
        ProblemException e = assertThrows(ProblemException.class, () -> PolisCsv.readVotes(csv));
        assertEquals("votes", e.problem().errors().get(0).field());
        assertTrue(e.problem().errors().get(0).message().contains("line 3"), e.problem().errors().get(0).message());
        ProblemException missing = assertThrows(ProblemException.class,
                () -> PolisCsv.readComments("timestamp,comment-id\n1,2\n"));
        assertTrue(missing.problem().errors().get(0).message().contains("no column"));
    }
}
