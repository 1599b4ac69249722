package org.convene.platform.search;

/**
 * LIKE and ILIKE patterns made from what people type, so that {@code %}, {@code _} and the escape
 * character itself match only themselves. Every query using one says {@code escape '\'}, which is
 * PostgreSQL's default made explicit so that no setting or dialect can change it.
 */
public final class LikePattern {

    /** The escape clause to write after the pattern in HQL or SQL. */
    public static final String ESCAPE = " escape '\\'";

    private LikePattern() {}

    /** The text with its LIKE wildcards and escape character escaped. */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern matching values that contain the text anywhere. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }
}
