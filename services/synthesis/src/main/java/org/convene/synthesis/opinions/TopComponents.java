package org.convene.synthesis.opinions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The top principal axes of a centred matrix (rows are participants): the leading eigenvectors of
 * A^T A, found by Lanczos iteration with full reorthogonalisation, without ever forming A^T A.
 * Forty steps pin down the top two axes even when the next ones explain almost as much, where
 * plain power iteration can take hundreds of passes over the votes. Deterministic: the start
 * vector is derived from the data.
 */
final class TopComponents {

    private static final int STEPS = 40;

    private TopComponents() {}

    /** The {@code count} leading axes, largest variance first, each of unit length with a non-negative sum. */
    static double[][] of(double[][] a, int count) {
        int m = a[0].length;
        List<double[]> basis = new ArrayList<>();
        List<Double> alphas = new ArrayList<>();
        List<Double> betas = new ArrayList<>();
        double[] q = start(a);
        for (int step = 0; step < Math.min(STEPS, m); step++) {
            basis.add(q);
            double[] w = times(a, q);
            alphas.add(dot(q, w));
            for (int pass = 0; pass < 2; pass++) { // twice: one pass leaves rounding errors that grow
                for (double[] b : basis) {
                    subtract(w, b, dot(w, b));
                }
            }
            double beta = Math.sqrt(dot(w, w));
            if (beta < 1e-10) {
                break; // the basis spans everything the data has
            }
            betas.add(beta);
            q = scaled(w, 1 / beta);
        }
        int k = basis.size();
        double[][] t = new double[k][k];
        for (int i = 0; i < k; i++) {
            t[i][i] = alphas.get(i);
            if (i + 1 < k) {
                t[i][i + 1] = t[i + 1][i] = betas.get(i);
            }
        }
        double[][] vectors = new double[k][k];
        double[] values = jacobi(t, vectors);
        double[][] axes = new double[count][m];
        boolean[] taken = new boolean[k];
        for (int c = 0; c < count && c < k; c++) {
            int best = -1;
            for (int i = 0; i < k; i++) {
                if (!taken[i] && (best < 0 || values[i] > values[best])) {
                    best = i;
                }
            }
            taken[best] = true;
            for (int i = 0; i < k; i++) {
                double weight = vectors[i][best];
                double[] b = basis.get(i);
                for (int j = 0; j < m; j++) {
                    axes[c][j] += weight * b[j];
                }
            }
            double norm = Math.sqrt(dot(axes[c], axes[c]));
            double sign = Arrays.stream(axes[c]).sum() < 0 ? -1 : 1; // the same map every time
            for (int j = 0; j < m; j++) {
                axes[c][j] = norm == 0 ? 0 : sign * axes[c][j] / norm;
            }
        }
        return axes;
    }

    /** The longest row (it lies in the data's span), nudged by a fixed vector, as the first direction. */
    private static double[] start(double[][] a) {
        double[] longest = a[0];
        double longestLength = dot(longest, longest);
        for (double[] r : a) {
            double length = dot(r, r);
            if (length > longestLength) {
                longest = r;
                longestLength = length;
            }
        }
        double[] v = new double[longest.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = longest[j] + 1e-3 * (1.0 + (j % 7) * 0.1);
        }
        return scaled(v, 1 / Math.sqrt(dot(v, v)));
    }

    /** A^T (A v). */
    private static double[] times(double[][] a, double[] v) {
        double[] out = new double[v.length];
        for (double[] r : a) {
            double p = dot(r, v);
            if (p != 0) {
                for (int j = 0; j < out.length; j++) {
                    out[j] += p * r[j];
                }
            }
        }
        return out;
    }

    /** Eigenvalues of a small symmetric matrix (cyclic Jacobi); its eigenvectors go into the columns of {@code vectors}. */
    static double[] jacobi(double[][] matrix, double[][] vectors) {
        int k = matrix.length;
        double[][] s = new double[k][];
        for (int i = 0; i < k; i++) {
            s[i] = matrix[i].clone();
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < k; p++) {
                for (int r = p + 1; r < k; r++) {
                    off += s[p][r] * s[p][r];
                }
            }
            if (off < 1e-22) {
                break;
            }
            for (int p = 0; p < k; p++) {
                for (int r = p + 1; r < k; r++) {
                    if (Math.abs(s[p][r]) < 1e-300) {
                        continue;
                    }
                    double theta = (s[r][r] - s[p][p]) / (2 * s[p][r]);
                    double tan = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double cos = 1 / Math.sqrt(tan * tan + 1);
                    double sin = tan * cos;
                    for (int i = 0; i < k; i++) { // columns p and r
                        double ip = s[i][p];
                        double ir = s[i][r];
                        s[i][p] = cos * ip - sin * ir;
                        s[i][r] = sin * ip + cos * ir;
                    }
                    for (int i = 0; i < k; i++) { // rows p and r
                        double pi = s[p][i];
                        double ri = s[r][i];
                        s[p][i] = cos * pi - sin * ri;
                        s[r][i] = sin * pi + cos * ri;
                    }
                    for (int i = 0; i < k; i++) {
                        double ip = vectors[i][p];
                        double ir = vectors[i][r];
                        vectors[i][p] = cos * ip - sin * ir;
                        vectors[i][r] = sin * ip + cos * ir;
                    }
                }
            }
        }
        double[] values = new double[k];
        for (int i = 0; i < k; i++) {
            values[i] = s[i][i];
        }
        return values;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void subtract(double[] v, double[] u, double amount) {
        for (int i = 0; i < v.length; i++) {
            v[i] -= amount * u[i];
        }
    }

    private static double[] scaled(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * factor;
        }
        return out;
    }
}
