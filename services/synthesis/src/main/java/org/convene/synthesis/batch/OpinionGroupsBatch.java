package org.convene.synthesis.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.synthesis.opinions.GroupStatements;
import org.convene.synthesis.opinions.OpinionMap;

/**
 * Finds the opinion groups of a conversation exported by Pol.is, as the service does, and writes
 * each participant's group and position (participants.csv) and the consensus and divisive
 * statements (statements.csv). When the export holds Pol.is's own groups, prints the adjusted Rand
 * index between them and ours; the time is the median of --runs runs (5) after the first. With --generate 2000x1000 instead of --polis, it maps a made-up
 * conversation of that size, for timing. Usage is in the synthesis README.
 */
public final class OpinionGroupsBatch {

    private OpinionGroupsBatch() {}

    public static void main(String[] args) throws IOException {
        Options options = new Options(args);
        Path out = Path.of(options.required("out"));
        String generate = options.optional("generate");
        Path folder = generate == null ? Path.of(options.required("polis")) : Path.of("generated-" + generate);

        PolisExport export = generate == null ? PolisExport.read(folder) : generated(generate);
        // The first run includes the JVM's warm-up; a running service is warm, so later runs are timed too.
        int runs = Integer.parseInt(options.optional("runs") == null ? "5" : options.optional("runs"));
        double[] millis = new double[runs];
        OpinionMap.Result map = null;
        Map<String, Integer> groupOf = null;
        List<GroupStatements.Scored> consensus = null;
        List<GroupStatements.Scored> divisive = null;
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            map = OpinionMap.of(export.votes());
            groupOf = new HashMap<>();
            for (int i = 0; i < map.participants().size(); i++) {
                groupOf.put(map.participants().get(i), map.group()[i]);
            }
            var tallies = GroupStatements.tally(export.votes(), groupOf, map.groups());
            consensus = GroupStatements.consensus(tallies);
            divisive = GroupStatements.divisive(tallies);
            millis[run] = (System.nanoTime() - started) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(millis, Math.min(1, runs - 1), runs);
        Arrays.sort(warm);
        double median = warm[warm.length / 2];

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
        System.out.printf(Locale.ROOT, "%s: %d votes, %d participants with at least %d votes in %d groups; %.0f ms"
                        + " (median of %d runs after the first; first %.0f ms)%n",
                folder.getFileName(), export.votes().size(), map.participants().size(), OpinionMap.MIN_VOTES,
                map.groups(), median, warm.length, millis[0]);
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

    /**
     * A made-up conversation of PARTICIPANTSxSTATEMENTS with two opposed blocs: each participant
     * saw 60 % of the statements; a statement the bloc favours gets agree 80 % of the time, pass 10 %.
     */
    static PolisExport generated(String size) {
        String[] parts = size.split("x");
        int participants = Integer.parseInt(parts[0]);
        int statements = Integer.parseInt(parts[1]);
        Random random = new Random(42);
        Map<String, String> texts = new LinkedHashMap<>();
        List<OpinionMap.Vote> votes = new ArrayList<>();
        for (int s = 0; s < statements; s++) {
            texts.put(Integer.toString(s), "statement " + s);
        }
        for (int p = 0; p < participants; p++) {
            for (int s = 0; s < statements; s++) {
                if (random.nextDouble() >= 0.6) {
                    continue;
                }
                boolean favoured = (p % 2 == 0) == (s % 2 == 0);
                double roll = random.nextDouble();
                int vote = roll < 0.1 ? 0 : (roll < 0.9) == favoured ? 1 : -1;
                votes.add(new OpinionMap.Vote(Integer.toString(p), Integer.toString(s), vote));
            }
        }
        return new PolisExport(texts, votes, Map.of());
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
