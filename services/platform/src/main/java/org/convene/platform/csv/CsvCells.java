package org.convene.platform.csv;

/**
 * The one rule for every cell of every CSV file the platform writes: text that a spreadsheet would
 * run as a formula (starting with {@code = + - @}, a tab or a carriage return) is written with a
 * leading apostrophe, which spreadsheets read as "this is text" (OWASP's advice on CSV injection).
 * Numbers are left as they are, so that -1 stays a number. {@link #restored} undoes it on import,
 * so that a file the platform wrote reads back as the text that went in.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char QUOTE = '\'';

    private CsvCells() {}

    /** The cells of one row, with text made safe; pass the result to the CSV printer. */
    public static Object[] safe(Object... cells) {
        Object[] out = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = safe(cells[i]);
        }
        return out;
    }

    /** One cell: text made safe, anything else as it is. */
    public static Object safe(Object cell) {
        return cell instanceof CharSequence text && needsQuote(text.toString()) ? QUOTE + text.toString() : cell;
    }

    /** Text as it was before {@link #safe}: one added apostrophe taken off. */
    public static String restored(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == QUOTE && needsQuote(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    /**
     * A formula, or text that already looks like a made-safe formula (its apostrophe would be
     * taken off on reading back, so it gets one more).
     */
    private static boolean needsQuote(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return FORMULA_STARTS.indexOf(first) >= 0 || (first == QUOTE && needsQuote(text.substring(1)));
    }
}
