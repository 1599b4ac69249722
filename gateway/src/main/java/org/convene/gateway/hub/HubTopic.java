package org.convene.gateway.hub;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stream a client can subscribe to, and how the hub checks that the client may see it:
 * {@code mission:<id>:channel:<id>} (a channel's messages) and {@code mission:<id>:insights} (a
 * mission's themes) by a request to the owning service that must succeed; {@code user:<id>}
 * (the person's own notifications) only for that person; {@code deliberation:<id>} (live counts
 * and new statements of a deliberation) by the engagement service, also for people who are not
 * signed in, when the deliberation is open to its link.
 *
 * @param owner for a personal topic, the only user id that may follow it; otherwise null
 */
public record HubTopic(String name, String service, String accessCheckPath, String owner, boolean openToAnonymous) {

    private static final String ID = "([0-9a-fA-F-]{36})";
    private static final Pattern CHANNEL = Pattern.compile("mission:" + ID + ":channel:" + ID);
    private static final Pattern INSIGHTS = Pattern.compile("mission:" + ID + ":insights");
    private static final Pattern DELIBERATION = Pattern.compile("deliberation:" + ID);
    private static final Pattern USER = Pattern.compile("user:([0-9a-zA-Z-]{1,64})");

    public static Optional<HubTopic> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher channel = CHANNEL.matcher(name);
        if (channel.matches() && uuid(channel.group(1)) && uuid(channel.group(2))) {
            return Optional.of(new HubTopic(name, "communities",
                    "/missions/" + channel.group(1) + "/channels/" + channel.group(2), null, false));
        }
        Matcher insights = INSIGHTS.matcher(name);
        if (insights.matches() && uuid(insights.group(1))) {
            return Optional.of(new HubTopic(name, "synthesis", "/missions/" + insights.group(1) + "/themes", null, false));
        }
        Matcher deliberation = DELIBERATION.matcher(name);
        if (deliberation.matches() && uuid(deliberation.group(1))) {
            return Optional.of(new HubTopic(name, "engagement", "/deliberations/" + deliberation.group(1), null, true));
        }
        Matcher user = USER.matcher(name);
        if (user.matches()) {
            return Optional.of(new HubTopic(name, null, null, user.group(1), false));
        }
        return Optional.empty();
    }

    public static String channel(String missionId, String channelId) {
        return "mission:" + missionId + ":channel:" + channelId;
    }

    public static boolean isChannel(String name) {
        return name != null && CHANNEL.matcher(name).matches();
    }

    public static String user(String userId) {
        return "user:" + userId;
    }

    public static String deliberation(String deliberationId) {
        return "deliberation:" + deliberationId;
    }

    public static String insights(String missionId) {
        return "mission:" + missionId + ":insights";
    }

    private static boolean uuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
