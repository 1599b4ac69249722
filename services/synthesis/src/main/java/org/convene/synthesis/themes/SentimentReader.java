package org.convene.synthesis.themes;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Reads whether a text is positive, neutral or negative from its embedding: it takes the class
 * whose anchor sentences' centre is most similar to the text. The anchors are a few plain,
 * general sentences written for this project (neutral ones are the empty answers people give:
 * "nothing", "no comment"); the method is checked against the sentiment labels of real patient
 * feedback (see the synthesis README for the figures).
 */
@ApplicationScoped
@Startup // loads the model at start, not on the event loop at the first text
public class SentimentReader {

    public enum Sentiment { POSITIVE, NEUTRAL, NEGATIVE }

    private static final List<String> POSITIVE = List.of(
            "Excellent, thank you so much, everyone was wonderful.",
            "Very good service, I am really happy with it.",
            "The staff were kind, helpful and friendly.",
            "Nothing to improve, it was perfect.",
            "Great experience, well organised and quick.",
            "I felt listened to and well looked after.");
    private static final List<String> NEGATIVE = List.of(
            "Terrible, nobody helped and I am very unhappy.",
            "The wait was far too long and nobody told us why.",
            "Staff were rude and dismissive.",
            "It was dirty, noisy and uncomfortable.",
            "Poor communication, I was confused and left without answers.",
            "This is not good enough and needs to change.");

    private static final List<String> NEUTRAL = List.of(
            "Nothing.",
            "No comment.",
            "I don't know.",
            "Not applicable.",
            "It was an appointment on Tuesday.",
            "I came for a check-up.");

    private final float[] positive;
    private final float[] neutral;
    private final float[] negative;

    public SentimentReader(TextEmbedder embedder) {
        this.positive = centre(embedder, POSITIVE);
        this.neutral = centre(embedder, NEUTRAL);
        this.negative = centre(embedder, NEGATIVE);
    }

    /** Positive above zero, negative below; about -0.5 to 0.5. */
    public double score(float[] embedding) {
        return Vectors.dot(embedding, positive) - Vectors.dot(embedding, negative);
    }

    public Sentiment read(float[] embedding) {
        double toPositive = Vectors.dot(embedding, positive);
        double toNeutral = Vectors.dot(embedding, neutral);
        double toNegative = Vectors.dot(embedding, negative);
        if (toNeutral >= toPositive && toNeutral >= toNegative) {
            return Sentiment.NEUTRAL;
        }
        return toPositive >= toNegative ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
    }

    private static float[] centre(TextEmbedder embedder, List<String> sentences) {
        float[] sum = new float[TextEmbedder.DIMENSIONS];
        sentences.forEach(s -> Vectors.add(sum, embedder.embed(s), 1));
        return Vectors.unit(sum);
    }
}
