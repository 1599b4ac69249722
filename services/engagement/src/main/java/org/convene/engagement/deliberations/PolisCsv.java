package org.convene.engagement.deliberations;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.convene.platform.api.ProblemException;
import org.convene.platform.csv.CsvCells;

/**
 * The two files of a Pol.is open-data export: {@code comments.csv} (one row per statement) and
 * {@code votes.csv} (one row per vote event; a participant's last vote on a statement counts).
 */
public final class PolisCsv {

    static final String[] COMMENT_COLUMNS =
            {"timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated", "comment-body"};
    static final String[] VOTE_COLUMNS = {"timestamp", "datetime", "comment-id", "voter-id", "vote"};

    /** Pol.is writes dates like {@code Mon Jul 17 16:10:15 UTC 2017}. */
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** @param moderated 1 accepted, 0 not yet moderated, -1 rejected */
    public record Comment(long timestamp, int commentId, int authorId, int agrees, int disagrees, int moderated,
                          String body) {}

    /** @param vote 1 agree, -1 disagree, 0 pass */
    public record Vote(long timestamp, int commentId, int voterId, int vote) {}

    private PolisCsv() {}

    public static List<Comment> readComments(String csv) {
        List<Comment> comments = new ArrayList<>();
        for (CSVRecord r : parse(csv, "comments", COMMENT_COLUMNS)) {
            int moderated = integer(r, "moderated", "comments");
            if (moderated < -1 || moderated > 1) {
                throw invalid("comments", r, "moderated must be 1, 0 or -1");
            }
            String body = CsvCells.restored(r.get("comment-body").strip());
            if (body.isEmpty() || body.length() > 1000) {
                throw invalid("comments", r, "comment-body must have 1 to 1000 characters");
            }
            comments.add(new Comment(number(r, "timestamp", "comments"), integer(r, "comment-id", "comments"),
                    integer(r, "author-id", "comments"), integer(r, "agrees", "comments"),
                    integer(r, "disagrees", "comments"), moderated, body));
        }
        return comments;
    }

    public static List<Vote> readVotes(String csv) {
        List<Vote> votes = new ArrayList<>();
        for (CSVRecord r : parse(csv, "votes", VOTE_COLUMNS)) {
            int vote = integer(r, "vote", "votes");
            if (vote < -1 || vote > 1) {
                throw invalid("votes", r, "vote must be 1, -1 or 0");
            }
            votes.add(new Vote(number(r, "timestamp", "votes"), integer(r, "comment-id", "votes"),
                    integer(r, "voter-id", "votes"), vote));
        }
        return votes;
    }

    /** Each participant's last vote on each statement (the later row wins a tie of timestamps). */
    public static List<Vote> finalVotes(List<Vote> events) {
        Map<Long, Vote> last = new LinkedHashMap<>();
        List<Vote> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparingLong(Vote::timestamp)); // stable: file order within a timestamp
        for (Vote v : ordered) {
            last.put(((long) v.commentId() << 32) | (v.voterId() & 0xffffffffL), v);
        }
        return new ArrayList<>(last.values());
    }

    public static String writeComments(List<Comment> comments) {
        return write(COMMENT_COLUMNS, row -> {
            for (Comment c : comments) {
                row.print(c.timestamp(), datetime(c.timestamp()), c.commentId(), c.authorId(), c.agrees(),
                        c.disagrees(), c.moderated(), c.body());
            }
        });
    }

    public static String writeVotes(List<Vote> votes) {
        return write(VOTE_COLUMNS, row -> {
            for (Vote v : votes) {
                row.print(v.timestamp(), datetime(v.timestamp()), v.commentId(), v.voterId(), v.vote());
            }
        });
    }

    static String datetime(long millis) {
        return DATETIME.format(Instant.ofEpochMilli(millis));
    }

    private interface Row {
        void print(Object... cells) throws IOException;
    }

    private interface Rows {
        void print(Row row) throws IOException;
    }

    private static String write(String[] header, Rows rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get()
                .print(out)) {
            rows.print(cells -> printer.printRecord(CsvCells.safe(cells))); // every cell through the platform's rule
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv, String file, String[] columns) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.invalidField(file, "the " + file + ".csv file is missing or empty");
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(csv.strip()))) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw ProblemException.invalidField(file, file + ".csv has no column " + column
                            + " (expected " + String.join(",", columns) + ")");
                }
            }
            return parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalidField(file, file + ".csv is not valid CSV: " + e.getMessage());
        }
    }

    private static int integer(CSVRecord r, String column, String file) {
        long value = number(r, column, file);
        if (value != (int) value) {
            throw invalid(file, r, column + " is out of range");
        }
        return (int) value;
    }

    private static long number(CSVRecord r, String column, String file) {
        try {
            return Long.parseLong(r.get(column).strip());
        } catch (IllegalArgumentException e) { // not a number, or no such column in this row
            throw invalid(file, r, column + " must be a whole number");
        }
    }

    private static ProblemException invalid(String file, CSVRecord r, String message) {
        return ProblemException.invalidField(file, file + ".csv line " + (r.getRecordNumber() + 1) + ": " + message);
    }
}
