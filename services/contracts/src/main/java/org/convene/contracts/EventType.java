package org.convene.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The name, version and topic of each event. The CloudEvents {@code type} attribute is
 * {@code org.convene.<name>.v<version>}; a new incompatible shape gets a new version.
 */
public enum EventType {
    MISSION_CREATED("communities.mission.created", 1, MissionCreated.class, Topics.MISSIONS),
    MEMBERSHIP_CHANGED("communities.membership.changed", 1, MembershipChanged.class, Topics.MEMBERSHIPS),
    ORGANISATION_PARTICIPATION_CHANGED("communities.organisation-participation.changed", 1,
            OrganisationParticipationChanged.class, Topics.MEMBERSHIPS),
    MESSAGE_POSTED("communities.message.posted", 1, MessagePosted.class, Topics.MESSAGES),
    MESSAGE_EDITED("communities.message.edited", 1, MessageEdited.class, Topics.MESSAGES),
    MESSAGE_DELETED("communities.message.deleted", 1, MessageDeleted.class, Topics.MESSAGES),
    FEEDBACK_SUBMITTED("engagement.feedback.submitted", 1, FeedbackSubmitted.class, Topics.FEEDBACK),
    STATEMENT_PUBLISHED("engagement.statement.published", 1, StatementPublished.class, Topics.STATEMENTS),
    VOTE_CAST("engagement.vote.cast", 1, VoteCast.class, Topics.VOTES),
    THEME_UPDATED("synthesis.theme.updated", 1, ThemeUpdated.class, Topics.THEMES),
    FEEDBACK_THEMED("synthesis.feedback.themed", 1, FeedbackThemed.class, Topics.FEEDBACK_THEMES),
    THEME_RESPONDED("synthesis.theme.responded", 1, ThemeResponded.class, Topics.THEMES),
    THEME_RETIRED("synthesis.theme.retired", 1, ThemeRetired.class, Topics.THEMES),
    OPINION_GROUPS_CHANGED("synthesis.opinion-groups.changed", 1, OpinionGroupsChanged.class, Topics.OPINIONS),
    FEEDBACK_ANSWERED("engagement.feedback.answered", 1, FeedbackAnswered.class, Topics.ANSWERS);

    private final String cloudEventType;
    private final String name;
    private final int version;
    private final Class<? extends ConveneEvent> payload;
    private final String topic;

    EventType(String name, int version, Class<? extends ConveneEvent> payload, String topic) {
        this.cloudEventType = "org.convene." + name + ".v" + version;
        this.name = name;
        this.version = version;
        this.payload = payload;
        this.topic = topic;
    }

    public String cloudEventType() {
        return cloudEventType;
    }

    public Class<? extends ConveneEvent> payload() {
        return payload;
    }

    public String topic() {
        return topic;
    }

    /** Whether its topic keeps only each aggregate's latest event (see {@link Topics#COMPACTED}). */
    public boolean compacted() {
        return Topics.COMPACTED.contains(topic);
    }

    public static EventType of(ConveneEvent event) {
        return Arrays.stream(values())
                .filter(t -> t.payload == event.getClass())
                .findFirst()
                .orElseThrow();
    }

    public static EventType ofCloudEventType(String type) {
        return find(type).orElseThrow(() -> new UnreadableEventException("unknown event type '" + type + "'"));
    }

    /** The type this version knows by that CloudEvents type, if any. */
    public static Optional<EventType> find(String type) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType.equals(type)).findFirst();
    }

    /**
     * Whether a type this version does not know is still well formed: {@code org.convene.<name>.v<n>},
     * a new event or a newer version of a known one, which a newer producer may send.
     */
    public static boolean isWellFormed(String type) {
        return type.matches("org\\.convene\\.[a-z0-9-]+(\\.[a-z0-9-]+)+\\.v[1-9][0-9]{0,5}");
    }
}
