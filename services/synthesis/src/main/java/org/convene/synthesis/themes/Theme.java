package org.convene.synthesis.themes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A group of texts of one mission that speak of the same thing. */
@Entity
@Table(name = "themes")
public class Theme extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, Integer>> COUNTS = new TypeReference<>() {};

    @Id
    public UUID id;

    @Column(columnDefinition = "text", name = "mission_id", nullable = false)
    public String missionId;

    @Column(columnDefinition = "text", nullable = false)
    public String label;

    /** The distinctive terms, best first, joined by commas. */
    @Column(columnDefinition = "text", nullable = false)
    public String terms;

    /** The summed term counts of the theme's texts, as a JSON object. */
    @Column(columnDefinition = "text", name = "term_counts", nullable = false)
    public String termCounts;

    /** The sum of its texts' unit embeddings ({@link Vectors#toBytes}); its direction is the theme's centre. */
    @Column(name = "vector_sum")
    public byte[] vectorSum;

    /** Set when a re-clustering dissolved this theme: the theme that took most of its texts. */
    @Column(name = "retired_into")
    public UUID retiredInto;

    @Column(nullable = false)
    public int size;

    /** Distinct people surely behind the texts, counted by {@link org.convene.contracts.Anonymity#people}. */
    @Column(nullable = false)
    public int people;

    /** Whether any of its texts is anonymous (see {@link ThemeDisclosure}). */
    @Column(nullable = false)
    public boolean anonymous;

    /** Whether its latest change is still to be announced (see {@link ThemeAnnouncer}). */
    @Column(name = "announce_due", nullable = false)
    public boolean announceDue;

    /** Written by a language model when one is configured; null otherwise. */
    @Column(columnDefinition = "text")
    public String summary;

    /** The theme's size when its summary was written. */
    @Column(name = "summary_size")
    public Integer summarySize;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    static Theme create(String missionId) {
        Theme theme = new Theme();
        theme.id = UUID.randomUUID();
        theme.missionId = missionId;
        theme.termCounts = "{}";
        theme.terms = "";
        theme.label = ThemeLabels.label(List.of());
        theme.createdAt = Instant.now();
        theme.updatedAt = theme.createdAt;
        return theme;
    }

    Map<String, Integer> counts() {
        try {
            return JSON.readValue(termCounts, COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("theme " + id + " has unreadable term counts", e);
        }
    }

    void counts(Map<String, Integer> counts) {
        try {
            termCounts = JSON.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> termList() {
        return terms == null || terms.isEmpty() ? List.of() : Arrays.asList(terms.split(","));
    }

    /** The theme's centre (unit length), or null for a theme made before embeddings. */
    float[] centre() {
        return vectorSum == null ? null : Vectors.unit(Vectors.fromBytes(vectorSum));
    }

    /** Labels this theme by the terms that set it apart from the others of its mission ({@code all}, itself included). */
    void relabel(List<Map<String, Integer>> all) {
        List<String> distinctive = ThemeLabels.distinctiveTerms(counts(), all);
        terms = String.join(",", distinctive);
        label = ThemeLabels.label(distinctive);
    }
}
