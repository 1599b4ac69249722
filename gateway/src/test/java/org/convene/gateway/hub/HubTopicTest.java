package org.convene.gateway.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HubTopicTest {

    private static final String MISSION = "0b0f7b5e-6a39-4d0e-9a3a-5f0d1f0e7a10";
    private static final String CHANNEL = "6c7d1e2f-3a4b-4c5d-8e9f-0a1b2c3d4e5f";

    @Test
    void aChannelTopicIsAuthorizedByTheCommunitiesService() {
        HubTopic topic = HubTopic.parse(HubTopic.channel(MISSION, CHANNEL)).orElseThrow();
        assertEquals("communities", topic.service());
        assertEquals("/missions/" + MISSION + "/channels/" + CHANNEL, topic.accessCheckPath());
    }

    @Test
    void anInsightsTopicIsAuthorizedByTheSynthesisService() {
        HubTopic topic = HubTopic.parse(HubTopic.insights(MISSION)).orElseThrow();
        assertEquals("synthesis", topic.service());
        assertEquals("/missions/" + MISSION + "/themes", topic.accessCheckPath());
    }

    @Test
    void aPersonalTopicBelongsToItsPersonAlone() {
        HubTopic topic = HubTopic.parse("user:5ba94e3c-7733-4801-9a84-6ac2c4bf97d2").orElseThrow();
        assertEquals("5ba94e3c-7733-4801-9a84-6ac2c4bf97d2", topic.owner());
        assertTrue(HubTopic.parse("user:").isEmpty());
        assertTrue(HubTopic.parse("user:a/b").isEmpty());
    }

    @Test
    void anythingElseIsNoTopic() {
        assertTrue(HubTopic.parse(null).isEmpty());
        assertTrue(HubTopic.parse("mission:" + MISSION).isEmpty());
        assertTrue(HubTopic.parse("mission:../../admin:insights").isEmpty());
        assertTrue(HubTopic.parse("mission:" + MISSION + ":channel:" + CHANNEL + "/../x").isEmpty());
        assertTrue(HubTopic.parse("mission:zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz:insights").isEmpty());
    }
}
