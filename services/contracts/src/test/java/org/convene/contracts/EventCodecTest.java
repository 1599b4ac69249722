package org.convene.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void everyEventTypeSurvivesTheRoundTrip() {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        List<ConveneEvent> events = List.of(
                new MissionCreated("m-1", "Halve child obesity", "PUBLIC", "u-1", now),
                new MembershipChanged("m-1", "u-2", "member", MembershipChanged.Change.JOINED, "council"),
                new OrganisationParticipationChanged("m-1", "o-1", "Leeds City Council", "council",
                        OrganisationParticipationChanged.Change.JOINED),
                new MessagePosted("m-1", "c-1", "msg-1", 1, "u-2", "Carl", "Hello, all", now, null, null),
                new MessagePosted("m-1", "c-1", "msg-2", 2, "u-1", "Olivia", "Welcome @Carl", now, "msg-1", List.of("u-2")),
                new MessageEdited("m-1", "c-1", "msg-1", 1, 3, "Hello, everyone", now),
                new MessageDeleted("m-1", "c-1", "msg-2", 2, 4, now),
                new FeedbackSubmitted("m-1", "f-1", "u-3", "Waiting lists are too long", null, "GP",
                        "Leeds", "citizen", null, now),
                new StatementPublished("m-1", "d-1", "s-1", 3, "More buses after 10pm", now),
                new VoteCast("m-1", "d-1", "s-1", "p-7", -1, 4, 2, 1, 7, now),
                new FeedbackThemed("m-1", "f-1", "t-1", "waiting · lists", now),
                new ThemeResponded("m-1", "t-1", "r-1", "Two more clinics open on Saturdays", "DONE", "Olivia", now),
                new ThemeUpdated("m-1", "t-1", "waiting · lists", List.of("waiting", "lists"), 3, 2, now),
                new ThemeRetired("m-1", "t-2", "t-1", now),
                new FeedbackAnswered("m-1", "u-3", "t-1", "waiting · lists", "r-1", "Two more clinics open on Saturdays",
                        "DONE", now),
                new OpinionGroupsChanged("m-1", "d-1", 2, 40, 310, now));
        for (ConveneEvent event : events) {
            EventEnvelope sent = EventEnvelope.wrap(event, "/services/test");
            EventEnvelope received = EventCodec.decode(EventCodec.encode(sent));
            assertEquals(sent, received);
            assertEquals(EventType.of(event).topic(), received.topic());
        }
    }

    @Test
    void wrappingGivesEachEventItsOwnIdAndTheMissionAsSubject() {
        ConveneEvent event = new MembershipChanged("m-9", "u-1", "convener",
                MembershipChanged.Change.JOINED, null);
        EventEnvelope first = EventEnvelope.wrap(event, "/services/test");
        EventEnvelope second = EventEnvelope.wrap(event, "/services/test");
        assertNotEquals(first.id(), second.id());
        assertEquals("m-9", first.subject());
        assertEquals("org.convene.communities.membership.changed.v1", first.type());
    }

    @Test
    void aVersionOneEventWrittenEarlierStillReads() throws IOException {
        EventEnvelope envelope = EventCodec.decode(fixture("/events/message-posted-v1.json"));
        MessagePosted message = (MessagePosted) envelope.data();
        assertEquals("7c1e4d8a-1f3b-4c55-9a0e-2b7f5c3d9e10", envelope.id());
        assertEquals(3, message.seq());
        assertEquals("Hello", message.text());
        assertEquals(null, message.parentId(), "a field added later reads as null from an older event");
        assertEquals(null, message.mentions());
        assertEquals(Topics.MESSAGES, envelope.topic());
    }

    @Test
    void unreadableRecordsAreRejectedWithAReason() {
        UnreadableEventException unknown = assertThrows(UnreadableEventException.class,
                () -> EventCodec.decode("{\"id\":\"1\",\"type\":\"org.convene.someone.new-thing.v1\"}"));
        assertTrue(unknown.getMessage().contains("unknown event type"));
        UnreadableEventException notAType = assertThrows(UnreadableEventException.class,
                () -> EventCodec.read("{\"id\":\"1\",\"type\":\"DROP TABLE\"}"));
        assertTrue(notAType.getMessage().contains("not an event type"));
        assertThrows(UnreadableEventException.class, () -> EventCodec.decode("not json"));
        assertThrows(UnreadableEventException.class, () -> EventCodec.decode("[1,2]"));
        UnreadableEventException noId = assertThrows(UnreadableEventException.class, () -> EventCodec.decode(
                "{\"type\":\"org.convene.communities.mission.created.v1\",\"data\":{\"missionId\":\"m\"}}"));
        assertTrue(noId.getMessage().contains("'id'"));
    }

    @Test
    void aNewTypeOrANewerVersionFromANewerProducerIsSkippedNotAnError() {
        String known = EventCodec.encode(EventEnvelope.wrap(new MembershipChanged("m-1", "u-2", "member",
                MembershipChanged.Change.JOINED, "council"), "/services/test", 3));
        assertTrue(EventCodec.read(known).isPresent());
        String newer = known.replace("membership.changed.v1", "membership.changed.v2")
                .replace("\"role\":", "\"roles\":[\"member\"],\"role\":");
        assertTrue(EventCodec.read(newer).isEmpty(), "version 2 of an event is skipped by a version-1 reader");
        String unknown = known.replace("communities.membership.changed.v1", "communities.mission.archived.v1");
        assertTrue(EventCodec.read(unknown).isEmpty(), "an event type added later is skipped");
    }

    @Test
    void garbageAndTruncatedRecordsAreUnreadable() {
        String event = EventCodec.encode(EventEnvelope.wrap(new MissionCreated("m-1", "Safer streets", "PUBLIC",
                "u-1", Instant.parse("2026-11-23T09:00:00Z")), "/services/test", 1));
        for (String record : List.of("{not json", event.substring(0, event.length() / 2), "", "null", "42",
                event.replace("\"data\":{", "\"data\":[{").replace("}}", "}]}"))) {
            assertThrows(UnreadableEventException.class, () -> EventCodec.read(record), record);
        }
        assertThrows(UnreadableEventException.class, () -> EventCodec.read(null));
    }

    @Test
    void anAggregatesVersionTravelsWithItsEventAndCompactedTopicsAreKeyedByAggregate() {
        MembershipChanged change = new MembershipChanged("m-1", "u-2", "facilitator",
                MembershipChanged.Change.ROLE_CHANGED, null);
        EventEnvelope received = EventCodec.decode(EventCodec.encode(EventEnvelope.wrap(change, "/services/test", 7)));
        assertEquals(7, received.version());
        assertEquals("membership:m-1:u-2", received.aggregate());
        assertEquals("membership:m-1:u-2", received.key(), "memberships are compacted, so keyed by membership");
        assertTrue(EventCodec.encode(received).contains("\"aggregateversion\":7"));

        EventEnvelope message = EventEnvelope.wrap(new MessagePosted("m-1", "c-1", "msg-1", 1, "u-2", "Carl", "Hi",
                Instant.now(), null, null), "/services/test");
        assertEquals("m-1", message.key(), "other topics stay keyed by mission, which keeps a mission's order");
        assertEquals(0, message.version());
        assertEquals(null, message.aggregate());
        assertEquals(0, EventCodec.decode(EventCodec.encode(message)).version());
    }

    private static String fixture(String path) throws IOException {
        try (InputStream in = EventCodecTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
