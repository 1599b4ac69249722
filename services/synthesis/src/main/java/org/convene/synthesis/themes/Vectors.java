package org.convene.synthesis.themes;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

/** Small operations on embedding vectors, and their form in the database (bytea, 4 bytes a value). */
public final class Vectors {

    private Vectors() {}

    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The vector scaled to length 1, so that a dot product is the cosine similarity. */
    public static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        float[] u = new float[v.length];
        if (norm == 0) {
            return u;
        }
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / norm);
        }
        return u;
    }

    /** Adds {@code v}, times {@code weight}, to {@code sum} in place. */
    public static void add(float[] sum, float[] v, int weight) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += weight * v[i];
        }
    }

    public static byte[] toBytes(float[] v) {
        ByteBuffer bytes = ByteBuffer.allocate(v.length * Float.BYTES);
        bytes.asFloatBuffer().put(v);
        return bytes.array();
    }

    public static float[] fromBytes(byte[] bytes) {
        FloatBuffer floats = ByteBuffer.wrap(bytes).asFloatBuffer();
        float[] v = new float[floats.remaining()];
        floats.get(v);
        return v;
    }
}
