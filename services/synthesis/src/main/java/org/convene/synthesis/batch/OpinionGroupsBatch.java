package org.convene.synthesis.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.synthesis.opinions.GroupStatements;
import org.convene.synthesis.opinions.OpinionMap;

/**
 * Finds the opinion groups of a conversation exported by Pol.is, as the service does, and writes
 * each participant's group and position (participants.csv) and the consensus and divisive
 * statements (statements.csv). When the export holds Pol.is's own groups, prints the adjusted Rand
 * index between them and ours. Usage is in the synthesis README.
 */
public final class OpinionGroupsBatch {

    private OpinionGroupsBatch() {}

    public static void main(String[] args) throws IOException {
        Options options = new Options(args);
        Path folder = Path.of(options.required("polis"));
        Path out = Path.of(options.required("out"));

        PolisExport export = PolisExport.read(folder);
        long started = System.nanoTime();
        OpinionMap.Result map = OpinionMap.of(export.votes());
        Map<String, Integer> groupOf = new HashMap<>();
        for (int i = 0; i < map.participants().size(); i++) {
            groupOf.put(map.participants().get(i), map.group()[i]);
        }
        var tallies = GroupStatements.tally(export.votes(), groupOf, map.groups());
        List<GroupStatements.Scored> consensus = GroupStatements.consensus(tallies);
        List<GroupStatements.Scored> divisive = GroupStatements.divisive(tallies);
        double millis = (System.nanoTime() - started) / 1e6;

        Files.createDirectories(out);
        try (Writer w = Files.newBufferedWriter(out.resolve("participants.csv"));
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            csv.printRecord("participant", "group", "x", "y");
            for (int i = 0; i < map.participants().size(); i++) {
                csv.printRecord(map.participants().get(i), map.group()[i], map.x()[i], map.y()[i]);
            }
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("statements.csv"));
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            csv.printRecord("kind", "rank", "comment-id", "score", "text");
            write(csv, "consensus", consensus, export);
            write(csv, "divisive", divisive, export);
        }
        System.out.printf(Locale.ROOT, "%s: %d votes, %d participants with at least %d votes in %d groups; %.0f ms%n",
                folder.getFileName(), export.votes().size(), map.participants().size(), OpinionMap.MIN_VOTES,
                map.groups(), millis);
        if (!export.polisGroup().isEmpty()) {
            List<Integer> ours = new ArrayList<>();
            List<Integer> theirs = new ArrayList<>();
            for (int i = 0; i < map.participants().size(); i++) {
                Integer g = export.polisGroup().get(map.participants().get(i));
                if (g != null) {
                    ours.add(map.group()[i]);
                    theirs.add(g);
                }
            }
            System.out.printf(Locale.ROOT, "against Pol.is's own groups (%d groups, %d participants in both): ARI %.3f%n",
                    export.polisGroup().values().stream().distinct().count(), ours.size(),
                    Agreement.adjustedRand(ours, theirs));
        }
        System.out.println("wrote " + out.resolve("participants.csv") + " and " + out.resolve("statements.csv"));
    }

    private static void write(CSVPrinter csv, String kind, List<GroupStatements.Scored> scored, PolisExport export)
            throws IOException {
        for (int i = 0; i < scored.size(); i++) {
            GroupStatements.Scored s = scored.get(i);
            csv.printRecord(kind, i + 1, s.statement(), String.format(Locale.ROOT, "%.4f", s.score()),
                    export.statements().get(s.statement()));
        }
    }
}
