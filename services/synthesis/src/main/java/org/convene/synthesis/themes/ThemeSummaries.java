package org.convene.synthesis.themes;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.convene.contracts.Anonymity;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Optional: when an OpenAI-compatible chat endpoint is configured ({@code convene.themes.summaries.*};
 * none by default), writes a one-paragraph summary of each theme of 5 people or more after a
 * re-clustering, from its most central texts with personal data masked, and writes it again once
 * the theme has grown by a fifth. Without one, nothing else changes. A failing endpoint costs a
 * log line, never a theme.
 */
@ApplicationScoped
public class ThemeSummaries {

    private static final Logger LOG = Logger.getLogger(ThemeSummaries.class);
    private static final int TEXTS = 12;

    private final Optional<ChatModel> model;
    private final Vertx vertx;

    public ThemeSummaries(@ConfigProperty(name = "convene.themes.summaries.base-url") Optional<String> baseUrl,
                          @ConfigProperty(name = "convene.themes.summaries.api-key", defaultValue = "none") String apiKey,
                          @ConfigProperty(name = "convene.themes.summaries.model", defaultValue = "gpt-4o-mini") String modelName,
                          Vertx vertx) {
        this.model = baseUrl.filter(url -> !url.isBlank()).map(url -> OpenAiChatModel.builder()
                .baseUrl(url).apiKey(apiKey).modelName(modelName).temperature(0.0).timeout(Duration.ofSeconds(60))
                .build());
        this.vertx = vertx;
    }

    /** Brings the mission's summaries up to date; runs outside any transaction, one theme at a time. */
    public Uni<Void> refresh(String missionId) {
        if (model.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withSession(() -> Theme.<Theme>list("missionId = ?1 and retiredInto is null and people >= ?2",
                        missionId, Anonymity.K))
                .onItem().transformToMulti(themes -> Multi.createFrom().iterable(themes.stream().filter(ThemeSummaries::stale).toList()))
                .onItem().<Void>transformToUniAndConcatenate(this::summarise)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> summarise(Theme theme) {
        return Panache.withSession(() -> ThemeText.<ThemeText>find("themeId = ?1 order by centrality desc, sourceId", theme.id)
                        .page(0, TEXTS).list())
                .chain(texts -> vertx.executeBlocking(Uni.createFrom().item(() ->
                        write(theme.label, texts.stream().map(t -> t.text).toList()))))
                .chain(summary -> Panache.withTransaction(() -> Theme.update("summary = ?1, summarySize = ?2 where id = ?3",
                        summary, theme.size, theme.id)))
                .replaceWithVoid()
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("no summary for theme %s: %s", theme.id, e.getMessage());
                    return null;
                });
    }

    /** Asks the model; blocking. Personal data is masked before anything leaves the service. */
    String write(String label, List<String> texts) {
        return model.orElseThrow().chat(prompt(label, texts.stream().map(PersonalDataMask::mask).toList())).strip();
    }

    static boolean stale(Theme theme) {
        return theme.summary == null || theme.summarySize == null || theme.size >= theme.summarySize * 1.2;
    }

    /** What the model is asked: the theme's label and its most central texts, personal data already masked. */
    static String prompt(String label, List<String> texts) {
        StringBuilder prompt = new StringBuilder("""
                People sent these comments to the organisations working together on a public mission. \
                They were grouped into one theme, labelled "%s". In one short paragraph of plain English \
                (at most 80 words), say what these people are saying, without naming anyone and without \
                adding anything they did not say.

                """.formatted(label));
        texts.forEach(t -> prompt.append("- ").append(t.replace('\n', ' ')).append('\n'));
        return prompt.toString();
    }
}
