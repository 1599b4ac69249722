package org.convene.contracts;

import java.util.Set;

/** Kafka topic names, by owning service and thing (the services set them in configuration too). */
public final class Topics {
    public static final String MISSIONS = "communities.missions";
    public static final String MEMBERSHIPS = "communities.memberships";
    public static final String MESSAGES = "communities.messages";
    public static final String FEEDBACK = "engagement.feedback";
    public static final String STATEMENTS = "engagement.statements";
    public static final String VOTES = "engagement.votes";
    /** Per-person notices that leaders answered their feedback; carries no feedback text. */
    public static final String ANSWERS = "engagement.answers";
    /** Themes as they change: at most an event a second per theme, whatever the feedback's rate. */
    public static final String THEMES = "synthesis.themes";
    /** Which theme each signed feedback joined: one event per feedback, so apart from the themes. */
    public static final String FEEDBACK_THEMES = "synthesis.feedback-themes";
    public static final String OPINIONS = "synthesis.opinions";

    /**
     * The topics read models rebuild from: compacted, keyed by aggregate, so that the latest state
     * of every membership, participation and mission stays on them at any age.
     */
    public static final Set<String> COMPACTED = Set.of(MISSIONS, MEMBERSHIPS);

    private Topics() {}
}
