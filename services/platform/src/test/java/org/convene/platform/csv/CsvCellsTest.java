package org.convene.platform.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        for (String formula : List.of("=1+1", "+1", "-1+cmd", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")")) {
            assertEquals("'" + formula, CsvCells.safe(formula), formula);
        }
    }

    @Test
    void ordinaryTextAndNumbersAreLeftAsTheyAre() {
        assertArrayEquals(new Object[] {-1, 42L, "Fewer cars", "", null, "a=b"},
                CsvCells.safe(-1, 42L, "Fewer cars", "", null, "a=b"));
    }

    @Test
    void readingBackGivesTheTextThatWasWritten() {
        for (String text : List.of("=1+1", "-", "'=already quoted", "'tis", "plain", "''=two")) {
            assertEquals(text, CsvCells.restored((String) CsvCells.safe(text)), text);
        }
        assertEquals("'tis", CsvCells.restored("'tis"), "a quote before ordinary text is the text's own");
    }
}
