package org.convene.synthesis.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convene.synthesis.opinions.OpinionMap;

/**
 * A conversation exported by Pol.is: its statements (comments.csv), each participant's last vote
 * on each statement (votes.csv, in time order), and, when the export has participants-votes.csv,
 * the opinion group Pol.is itself gave each participant.
 *
 * @param statements the text of each statement that moderation did not reject, by comment id
 * @param votes      final votes on those statements
 * @param polisGroup Pol.is's own group of each grouped participant; empty when not exported
 */
public record PolisExport(Map<String, String> statements, List<OpinionMap.Vote> votes, Map<String, Integer> polisGroup) {

    public static PolisExport read(Path folder) throws IOException {
        Map<String, String> statements = new LinkedHashMap<>();
        for (CSVRecord r : rows(folder.resolve("comments.csv"))) {
            if (!"-1".equals(r.get("moderated").strip())) { // rejected statements never reach the opinion map
                statements.put(r.get("comment-id").strip(), r.get("comment-body"));
            }
        }
        Map<String, OpinionMap.Vote> last = new LinkedHashMap<>();
        for (CSVRecord r : rows(folder.resolve("votes.csv"))) {
            String statement = r.get("comment-id").strip();
            String voter = r.get("voter-id").strip();
            if (statements.containsKey(statement)) {
                last.put(voter + "/" + statement, new OpinionMap.Vote(voter, statement, Integer.parseInt(r.get("vote").strip())));
            }
        }
        Map<String, Integer> groups = new HashMap<>();
        Path participants = folder.resolve("participants-votes.csv");
        if (Files.exists(participants)) {
            for (CSVRecord r : rows(participants)) {
                if (!r.get("group-id").isBlank()) {
                    groups.put(r.get("participant").strip(), Integer.parseInt(r.get("group-id").strip()));
                }
            }
        }
        return new PolisExport(statements, new ArrayList<>(last.values()), groups);
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
