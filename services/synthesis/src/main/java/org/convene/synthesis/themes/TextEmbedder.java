package org.convene.synthesis.themes;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a text into a sentence embedding of unit length, in-process: the model
 * (all-MiniLM-L6-v2, quantized, 384 dimensions) ships inside a Maven artifact, so nothing is
 * downloaded at run time. Texts longer than the model's window are split and their parts averaged.
 * Blocking: about 2 ms a short text on one core.
 */
@ApplicationScoped
@Startup // loads the model at start, not on the event loop at the first text
public class TextEmbedder {

    public static final int DIMENSIONS = 384;

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    public float[] embed(String text) {
        String input = text == null || text.isBlank() ? "-" : text;
        return Vectors.unit(model.embed(input).content().vector());
    }
}
