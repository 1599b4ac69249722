package org.convene.synthesis.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.convene.contracts.Anonymity;

/**
 * Finds themes in a set of text embeddings without being told how many. Texts that are already
 * coherent as a whole stay one theme. Otherwise, for each candidate count,
 * spherical k-means (cosine) on a sample; the counts whose themes are coherent (texts on average
 * at least {@link #COHERENCE} similar to their theme's centre) compete on the mean silhouette (how
 * much nearer each text is to its own theme than to the next); then one k-means over all the texts
 * from the winner's centroids. Silhouette alone tends to split feedback into two broad halves
 * (praise and complaint), which tells a leader nothing; coherence alone keeps splitting. The same
 * vectors in the same order always give the same themes (fixed seeds).
 */
public final class ThemeFinder {

    /** Below this many texts a mission's texts are one theme: there is too little to tell groups apart. */
    public static final int MIN_TEXTS = 2 * Anonymity.K;
    static final int[] CANDIDATE_COUNTS = {2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30};
    private static final int CHOICE_SAMPLE = 2000;
    private static final int SILHOUETTE_SAMPLE = 1000;
    private static final int MAX_ITERATIONS = 40;
    private static final int RUNS = 4;
    /** The mean cosine similarity of texts to their theme's centre that makes a set of themes coherent. */
    static final double COHERENCE = 0.6;

    /** Which theme each text belongs to (0 to count - 1), and each theme's unit centroid. */
    public record Found(int[] assignment, float[][] centroids) {
        public int count() {
            return centroids.length;
        }
    }

    private ThemeFinder() {}

    public static Found find(List<float[]> vectors) {
        int n = vectors.size();
        if (n < MIN_TEXTS) {
            return new Found(new int[n], n == 0 ? new float[0][] : new float[][] {centroid(vectors, new int[n], 0)});
        }
        float[][] one = {centroid(vectors, new int[n], 0)};
        if (coherence(vectors, new int[n], one) >= COHERENCE) {
            return new Found(new int[n], one); // all about one thing: splitting would only scatter it
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, new Random(7));
        List<float[]> sample = order.subList(0, Math.min(n, CHOICE_SAMPLE)).stream().map(vectors::get).toList();
        List<float[]> judged = sample.subList(0, Math.min(sample.size(), SILHOUETTE_SAMPLE));
        double[][] distance = distances(judged);

        float[][] best = null;
        float[][] finest = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k : CANDIDATE_COUNTS) {
            if (k * Anonymity.K > n) {
                break;
            }
            float[][] centroids = bestOf(sample, k);
            finest = centroids;
            int[] assignment = assign(judged, centroids);
            if (coherence(judged, assignment, centroids) < COHERENCE) {
                continue;
            }
            double score = silhouette(distance, assignment, k);
            if (score > bestScore) {
                bestScore = score;
                best = centroids;
            }
        }
        float[][] centroids = kMeans(vectors, best != null ? best : finest);
        return new Found(assign(vectors, centroids), centroids);
    }


    /** The best of a few k-means runs from different seeds: the one whose texts are nearest their centres. */
    static float[][] bestOf(List<float[]> vectors, int k) {
        float[][] best = null;
        double bestFit = Double.NEGATIVE_INFINITY;
        for (int run = 0; run < RUNS; run++) {
            float[][] centroids = kMeans(vectors, seeds(vectors, k, new Random(31L * k + run)));
            double fit = coherence(vectors, assign(vectors, centroids), centroids);
            if (fit > bestFit) {
                bestFit = fit;
                best = centroids;
            }
        }
        return best;
    }

    /** k-means++ seeding: each next seed is drawn with probability growing with its distance to the seeds so far. */
    static float[][] seeds(List<float[]> vectors, int k, Random random) {
        float[][] seeds = new float[k][];
        seeds[0] = vectors.get(random.nextInt(vectors.size()));
        double[] nearest = new double[vectors.size()];
        Arrays.fill(nearest, Double.MAX_VALUE);
        for (int s = 1; s < k; s++) {
            double total = 0;
            for (int i = 0; i < vectors.size(); i++) {
                double d = Math.max(0, 1 - Vectors.dot(vectors.get(i), seeds[s - 1]));
                nearest[i] = Math.min(nearest[i], d * d);
                total += nearest[i];
            }
            double pick = random.nextDouble() * total;
            int chosen = vectors.size() - 1;
            for (int i = 0; i < vectors.size(); i++) {
                pick -= nearest[i];
                if (pick <= 0) {
                    chosen = i;
                    break;
                }
            }
            seeds[s] = vectors.get(chosen);
        }
        return seeds;
    }

    static float[][] kMeans(List<float[]> vectors, float[][] start) {
        float[][] centroids = start.clone();
        int[] assignment = null;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            int[] next = assign(vectors, centroids);
            if (Arrays.equals(next, assignment)) {
                break;
            }
            assignment = next;
            for (int c = 0; c < centroids.length; c++) {
                float[] moved = centroid(vectors, assignment, c);
                if (moved != null) {
                    centroids[c] = moved;
                }
            }
        }
        return centroids;
    }

    /** Each vector's nearest centroid by cosine similarity. */
    public static int[] assign(List<float[]> vectors, float[][] centroids) {
        int[] assignment = new int[vectors.size()];
        for (int i = 0; i < vectors.size(); i++) {
            assignment[i] = nearest(vectors.get(i), centroids);
        }
        return assignment;
    }

    public static int nearest(float[] vector, float[][] centroids) {
        int best = 0;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double similarity = Vectors.dot(vector, centroids[c]);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = c;
            }
        }
        return best;
    }

    private static double coherence(List<float[]> vectors, int[] assignment, float[][] centroids) {
        double sum = 0;
        for (int i = 0; i < vectors.size(); i++) {
            sum += Vectors.dot(vectors.get(i), centroids[assignment[i]]);
        }
        return sum / vectors.size();
    }

    /** The unit mean of the vectors assigned to {@code cluster}, or null when it has none. */
    private static float[] centroid(List<float[]> vectors, int[] assignment, int cluster) {
        float[] sum = null;
        for (int i = 0; i < vectors.size(); i++) {
            if (assignment[i] == cluster) {
                if (sum == null) {
                    sum = new float[vectors.get(i).length];
                }
                Vectors.add(sum, vectors.get(i), 1);
            }
        }
        return sum == null ? null : Vectors.unit(sum);
    }

    private static double[][] distances(List<float[]> vectors) {
        int m = vectors.size();
        double[][] d = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                d[i][j] = d[j][i] = 1 - Vectors.dot(vectors.get(i), vectors.get(j));
            }
        }
        return d;
    }

    /** The mean silhouette: how much nearer each text is to its own theme than to the next nearest one. */
    static double silhouette(double[][] distance, int[] assignment, int k) {
        int m = assignment.length;
        int[] sizes = new int[k];
        for (int a : assignment) {
            sizes[a]++;
        }
        double total = 0;
        double[] meanTo = new double[k];
        for (int i = 0; i < m; i++) {
            Arrays.fill(meanTo, 0);
            for (int j = 0; j < m; j++) {
                meanTo[assignment[j]] += distance[i][j];
            }
            int own = assignment[i];
            if (sizes[own] < 2) {
                continue; // a text alone in its theme scores 0
            }
            double a = meanTo[own] / (sizes[own] - 1);
            double b = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, meanTo[c] / sizes[c]);
                }
            }
            if (b != Double.MAX_VALUE) {
                total += (b - a) / Math.max(a, b);
            }
        }
        return total / m;
    }
}
