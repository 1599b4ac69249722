package org.convene.synthesis.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.convene.synthesis.themes.Quotes;
import org.convene.synthesis.themes.SentimentReader;
import org.convene.synthesis.themes.SentimentReader.Sentiment;
import org.convene.synthesis.themes.TextEmbedder;
import org.convene.synthesis.themes.TextTerms;
import org.convene.synthesis.themes.ThemeFinder;
import org.convene.synthesis.themes.ThemeLabels;
import org.convene.synthesis.themes.Vectors;

/**
 * Finds the themes of a CSV file of texts, as the service does, and writes them as CSV: the
 * themes (themes.csv) and each text's theme and sentiment (texts.csv). With --label it prints
 * V-measure, NMI and ARI against a column of labels given by people; with --sentiment, how often
 * the sentiment read agrees with a numeric column (above 0 positive, 0 neutral, below negative).
 * Usage is in the synthesis README.
 */
public final class ThemesBatch {

    private ThemesBatch() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        Path in = Path.of(options.required("in"));
        Path out = Path.of(options.required("out"));
        String textColumn = options.required("text");
        String labelColumn = options.optional("label");
        String sentimentColumn = options.optional("sentiment");

        List<CSVRecord> rows = read(in, textColumn);
        List<String> texts = rows.stream().map(r -> r.get(textColumn)).toList();
        System.out.printf(Locale.ROOT, "%d texts from %s%n", texts.size(), in.getFileName());

        long started = System.nanoTime();
        TextEmbedder embedder = new TextEmbedder();
        List<float[]> vectors = embedAll(embedder, texts);
        long embedded = System.nanoTime();
        ThemeFinder.Found found = ThemeFinder.find(vectors);
        long clustered = System.nanoTime();
        SentimentReader sentiments = new SentimentReader(embedder);
        List<Sentiment> sentiment = vectors.stream().map(sentiments::read).toList();
        List<List<String>> labels = label(texts, found);
        long finished = System.nanoTime();

        Files.createDirectories(out);
        writeThemes(out.resolve("themes.csv"), texts, vectors, found, labels, sentiment);
        writeTexts(out.resolve("texts.csv"), rows, found, sentiment, vectors.stream().map(sentiments::score).toList());
        System.out.printf(Locale.ROOT, "%d themes; %.1f s in all (embedding %.1f s, clustering %.1f s, labels and"
                        + " sentiment %.1f s)%n", found.count(), seconds(finished - started),
                seconds(embedded - started), seconds(clustered - embedded), seconds(finished - clustered));
        List<Integer> themes = new ArrayList<>();
        for (int t : found.assignment()) {
            themes.add(t);
        }
        if (labelColumn != null) {
            List<String> truth = rows.stream().map(r -> r.get(labelColumn)).toList();
            System.out.printf(Locale.ROOT, "against %s (%d labels): V-measure %.3f, NMI %.3f, ARI %.3f%n", labelColumn,
                    truth.stream().distinct().count(), Agreement.vMeasure(themes, truth),
                    Agreement.vMeasure(themes, truth), Agreement.adjustedRand(themes, truth));
        }
        if (sentimentColumn != null) {
            reportSentiment(rows, sentimentColumn, sentiment);
        }
        System.out.println("wrote " + out.resolve("themes.csv") + " and " + out.resolve("texts.csv"));
    }

    /** The rows with a non-empty text. */
    private static List<CSVRecord> read(Path in, String textColumn) throws IOException {
        try (Reader reader = Files.newBufferedReader(in)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .filter(r -> r.isSet(textColumn) && !r.get(textColumn).isBlank())
                    .toList();
        }
    }

    private static List<float[]> embedAll(TextEmbedder embedder, List<String> texts) {
        return texts.parallelStream().map(embedder::embed).toList(); // the model runs on the calling thread
    }

    private static List<List<String>> label(List<String> texts, ThemeFinder.Found found) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (int t = 0; t < found.count(); t++) {
            counts.add(new TreeMap<>());
        }
        for (int i = 0; i < texts.size(); i++) {
            Map<String, Integer> theme = counts.get(found.assignment()[i]);
            TextTerms.of(texts.get(i)).forEach((term, c) -> theme.merge(term, c, Integer::sum));
        }
        return counts.stream().map(c -> ThemeLabels.distinctiveTerms(c, counts)).toList();
    }

    private static void writeThemes(Path file, List<String> texts, List<float[]> vectors, ThemeFinder.Found found,
                                    List<List<String>> labels, List<Sentiment> sentiment) throws IOException {
        try (Writer w = Files.newBufferedWriter(file); CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            csv.printRecord("theme", "label", "size", "positive", "neutral", "negative", "quote_1", "quote_2", "quote_3");
            for (int t = 0; t < found.count(); t++) {
                int[] bySentiment = new int[3];
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    if (found.assignment()[i] == t) {
                        members.add(i);
                        bySentiment[sentiment.get(i).ordinal()]++;
                    }
                }
                float[] centre = found.centroids()[t];
                List<String> quotes = members.stream()
                        .sorted((a, b) -> Double.compare(Vectors.dot(vectors.get(b), centre), Vectors.dot(vectors.get(a), centre)))
                        .limit(Quotes.CANDIDATES).map(texts::get).toList();
                List<Object> record = new ArrayList<>(List.of(t, ThemeLabels.label(labels.get(t)), members.size(),
                        bySentiment[0], bySentiment[1], bySentiment[2]));
                record.addAll(Quotes.pick(quotes));
                csv.printRecord(record);
            }
        }
    }

    private static void writeTexts(Path file, List<CSVRecord> rows, ThemeFinder.Found found, List<Sentiment> sentiment,
                                   List<Double> scores)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(file); CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            csv.printRecord("row", "theme", "sentiment", "sentiment_score");
            for (int i = 0; i < rows.size(); i++) {
                csv.printRecord(rows.get(i).getRecordNumber(), found.assignment()[i], sentiment.get(i).name().toLowerCase(Locale.ROOT),
                        String.format(Locale.ROOT, "%.4f", scores.get(i)));
            }
        }
    }

    private static void reportSentiment(List<CSVRecord> rows, String column, List<Sentiment> read) {
        int[][] confusion = new int[3][3];
        int judged = 0;
        for (int i = 0; i < rows.size(); i++) {
            Sentiment truth = sentimentOf(rows.get(i).get(column));
            if (truth != null) {
                confusion[truth.ordinal()][read.get(i).ordinal()]++;
                judged++;
            }
        }
        int right = confusion[0][0] + confusion[1][1] + confusion[2][2];
        double macroF1 = 0;
        for (int c = 0; c < 3; c++) {
            int predicted = confusion[0][c] + confusion[1][c] + confusion[2][c];
            int actual = confusion[c][0] + confusion[c][1] + confusion[c][2];
            double precision = predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
            double recall = actual == 0 ? 0 : (double) confusion[c][c] / actual;
            macroF1 += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) / 3;
        }
        int polar = confusion[0][0] + confusion[0][2] + confusion[2][0] + confusion[2][2];
        System.out.printf(Locale.ROOT, "sentiment against %s (%d texts with a number): accuracy %.3f, macro F1 %.3f;"
                        + " positive told from negative (texts labelled and read as either): %.3f%n",
                column, judged, (double) right / judged, macroF1, (double) (confusion[0][0] + confusion[2][2]) / polar);
        System.out.println("  rows: labelled positive, neutral, negative; columns: read as the same");
        for (Sentiment s : Sentiment.values()) {
            System.out.printf(Locale.ROOT, "  %-8s %6d %6d %6d%n", s.name().toLowerCase(Locale.ROOT),
                    confusion[s.ordinal()][0], confusion[s.ordinal()][1], confusion[s.ordinal()][2]);
        }
    }

    /** Above zero positive, zero neutral, below zero negative; null when the cell is not a number. */
    private static Sentiment sentimentOf(String cell) {
        try {
            double value = Double.parseDouble(cell.strip());
            return value > 0 ? Sentiment.POSITIVE : value < 0 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
