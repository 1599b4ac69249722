package org.convene.synthesis.themes;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns a text into a sentence embedding of unit length, in-process: the model
 * (all-MiniLM-L6-v2, quantized, 384 dimensions) ships inside a Maven artifact, so nothing is
 * downloaded at run time. Texts longer than the model's window are split and their parts averaged.
 * Blocking: a few milliseconds a short text, on the calling thread alone. (ONNX Runtime's default
 * keeps a thread per core that spins between operations: beside a burst of feedback it took most
 * of a core of the two that the requests needed. Callers that want more cores call from more
 * threads.)
 */
@ApplicationScoped
@Startup // loads the model at start, not on the event loop at the first text
public class TextEmbedder {

    public static final int DIMENSIONS = 384;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final EmbeddingModel model = new OnCallingThread(load());

    public float[] embed(String text) {
        String input = text == null || text.isBlank() ? "-" : text;
        return Vectors.unit(model.embed(input).content().vector());
    }

    private static OnnxBertBiEncoder load() {
        ClassLoader loader = TextEmbedder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL);
             InputStream tokenizer = loader.getResourceAsStream(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("the embedding model is not on the class path: " + MODEL);
            }
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            return new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
                    tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model did not load", e);
        }
    }

    /** The model, run on the thread that asks (a batch, too: one text after another). */
    private static final class OnCallingThread extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        OnCallingThread(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
