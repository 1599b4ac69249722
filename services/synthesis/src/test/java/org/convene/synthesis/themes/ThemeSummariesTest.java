package org.convene.synthesis.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The optional summary against a stand-in for an OpenAI-compatible endpoint (the model itself is
 * not what is tested: what is sent, and what is kept of the answer, are).
 */
class ThemeSummariesTest {

    private HttpServer endpoint;
    private final AtomicReference<String> asked = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/v1/chat/completions", exchange -> {
            asked.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = """
                    {"id":"c1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,
                    "message":{"role":"assistant","content":"  Parents say the swings have been broken for weeks.  "},
                    "finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}
                    """.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        endpoint.start();
    }

    @AfterEach
    void stop() {
        endpoint.stop(0);
    }

    @Test
    void sendsTheThemesTextsWithPersonalDataMaskedAndKeepsTheParagraph() {
        ThemeSummaries summaries = new ThemeSummaries(
                Optional.of("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/v1"), "none", "any", null);
        String summary = summaries.write("swing · broken", List.of(
                "The swings are broken, email me at ann@example.org", "Broken swings since May, call 0113 496 0000"));

        assertEquals("Parents say the swings have been broken for weeks.", summary);
        assertTrue(asked.get().contains("swing · broken") && asked.get().contains("The swings are broken"), asked.get());
        assertFalse(asked.get().contains("ann@example.org") || asked.get().contains("496 0000"),
                "no personal data leaves the service: " + asked.get());
    }

    @Test
    void aSummaryIsWrittenAgainOnceTheThemeGrewByAFifth() {
        Theme theme = Theme.create("m");
        theme.size = 10;
        assertTrue(ThemeSummaries.stale(theme), "none yet");
        theme.summary = "…";
        theme.summarySize = 10;
        theme.size = 11;
        assertFalse(ThemeSummaries.stale(theme));
        theme.size = 12;
        assertTrue(ThemeSummaries.stale(theme));
    }
}
