package org.convene.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.convene.platform.testing.DemoUser;
import org.junit.jupiter.api.Test;

/**
 * A member removed from a mission stops receiving its topics on a connection they already have
 * open: the hub ends each of their subscriptions of the mission with an unsubscribed frame that
 * says why, and pushes them nothing more, while the mission's other members keep receiving.
 */
class RevocationIT {

    @Test
    void aRemovedMemberIsUnsubscribedAtOnceAndReceivesNothingMore() throws Exception {
        PrivateMission mission = PrivateMission.create("Revocation");
        String channel = PrivateMission.topic(mission.id(), mission.channelId());
        String insights = "mission:" + mission.id() + ":insights";
        try (HubClient carl = HubClient.connect(DemoUser.CARL); HubClient olivia = HubClient.connect(DemoUser.OLIVIA)) {
            for (String topic : new String[] {channel, insights}) {
                carl.send(HubClient.subscribe(topic));
                assertEquals("subscribed", carl.reply().get("type").asText(), topic);
            }
            olivia.send(HubClient.subscribe(channel));
            assertEquals("subscribed", olivia.reply().get("type").asText());
            String before = mission.post(mission.channelId(), "Before Carl leaves");
            assertEquals(before, carl.nextOfType("event").get("data").get("text").asText());
            assertEquals(before, olivia.nextOfType("event").get("data").get("text").asText());

            PrivateMission.as(DemoUser.OLIVIA).delete("/api/communities/missions/" + mission.id()
                    + "/members/" + DemoUser.CARL.userId()).then().statusCode(204);
            long removed = System.nanoTime();

            Set<String> ended = new HashSet<>();
            while (ended.size() < 2) {
                JsonNode frame = carl.reply();
                assertEquals("unsubscribed", frame.get("type").asText(), frame.toString());
                assertTrue(frame.path("message").asText().contains("no longer"), "says why: " + frame);
                ended.add(frame.get("topic").asText());
            }
            long millis = (System.nanoTime() - removed) / 1_000_000;
            assertEquals(Set.of(channel, insights), ended);
            assertTrue(millis < 2000, "unsubscribed after " + millis + " ms");

            String after = mission.post(mission.channelId(), "After Carl left");
            assertEquals(after, olivia.nextOfType("event").get("data").get("text").asText(), "others keep receiving");
            for (JsonNode frame : carl.drain(1500)) {
                assertTrue(!"event".equals(frame.get("type").asText()), "a removed member got " + frame);
            }
            // And cannot simply follow it again.
            carl.send(HubClient.subscribe(channel));
            assertEquals("error", carl.reply().get("type").asText());
        }
    }

    @Test
    void aRemovedMembersOtherMissionsAreNotTouched() throws Exception {
        PrivateMission first = PrivateMission.create("Kept");
        PrivateMission second = PrivateMission.create("Left");
        String kept = PrivateMission.topic(first.id(), first.channelId());
        try (HubClient carl = HubClient.connect(DemoUser.CARL)) {
            carl.send(HubClient.subscribe(kept));
            assertEquals("subscribed", carl.reply().get("type").asText());
            PrivateMission.as(DemoUser.CARL).delete("/api/communities/missions/" + second.id() + "/members/me")
                    .then().statusCode(204);
            String text = first.post(first.channelId(), "Still here");
            assertEquals(text, carl.nextOfType("event").get("data").get("text").asText());
        }
    }
}
