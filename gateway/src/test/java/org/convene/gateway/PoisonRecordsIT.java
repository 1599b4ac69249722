package org.convene.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.convene.contracts.EventCodec;
import org.convene.contracts.EventEnvelope;
import org.convene.contracts.MembershipChanged;
import org.convene.contracts.Topics;
import org.convene.platform.testing.DemoUser;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * No record can stop a consumer. Garbage, a truncated event, an event of a type no service knows
 * and a newer version of a known event go to every topic; then a journey through every consumer
 * (a new mission's members reach the engagement and synthesis services and the hub, a message is
 * pushed live, feedback is themed and its theme reaches its sender, a vote reaches the opinion map)
 * proves that each consumer went on. The two unreadable records of each topic are on the
 * dead-letter topic of each service that reads it, with the reason in their headers; the two
 * well-formed ones are skipped, not dead-lettered; every service stays ready.
 */
class PoisonRecordsIT {

    private static final List<String> TOPICS = List.of(Topics.MISSIONS, Topics.MEMBERSHIPS, Topics.MESSAGES,
            Topics.FEEDBACK, Topics.STATEMENTS, Topics.VOTES, Topics.ANSWERS, Topics.THEMES, Topics.FEEDBACK_THEMES,
            Topics.OPINIONS);

    /** Which services read which topic (the gateway's hub among them). */
    private static final Map<String, Set<String>> READERS = Map.of(
            "engagement", Set.of(Topics.MEMBERSHIPS, Topics.THEMES, Topics.FEEDBACK_THEMES),
            "synthesis", Set.of(Topics.MEMBERSHIPS, Topics.FEEDBACK, Topics.STATEMENTS, Topics.VOTES),
            "gateway", Set.of(Topics.MEMBERSHIPS, Topics.MESSAGES, Topics.STATEMENTS, Topics.VOTES, Topics.ANSWERS,
                    Topics.THEMES, Topics.OPINIONS));

    @Test
    void everyConsumerGoesOnAfterRecordsItCannotReadAndDeadLettersThemWithTheReason() throws Exception {
        String marker = UUID.randomUUID().toString();
        Map<String, String> unreadable = new HashMap<>();
        try (KafkaProducer<String, String> producer = producer()) {
            for (String topic : TOPICS) {
                String garbage = "{not json " + marker + " " + topic;
                String event = EventCodec.encode(EventEnvelope.wrap(new MembershipChanged("m-" + marker, "u-" + topic,
                        "member", MembershipChanged.Change.JOINED, null), "/services/test", 1));
                String truncated = event.substring(0, event.length() / 2) + marker + topic;
                String unknownType = event.replace("communities.membership.changed.v1", "communities.mission.archived.v1");
                String newerVersion = event.replace("membership.changed.v1", "membership.changed.v2")
                        .replace("\"role\":", "\"roles\":[\"member\"],\"role\":");
                unreadable.put(garbage, topic);
                unreadable.put(truncated, topic);
                for (String record : List.of(garbage, truncated, unknownType, newerVersion)) {
                    producer.send(new ProducerRecord<>(topic, "poison-" + marker, record)).get();
                }
            }
        }

        // Memberships: the engagement and synthesis services learn of a new mission's members.
        String missionId = PrivateMission.withMember("After poison");
        awaitTrue("the engagement service knows the new mission",
                () -> PrivateMission.status(DemoUser.CARL, "/api/engagement/missions/" + missionId + "/surveys") == 200);
        awaitTrue("the synthesis service knows the new mission",
                () -> PrivateMission.status(DemoUser.CARL, "/api/synthesis/missions/" + missionId + "/themes") == 200);
        String channelId = PrivateMission.as(DemoUser.OLIVIA).get("/api/communities/missions/" + missionId)
                .then().statusCode(200).extract().path("channels[0].id");
        PrivateMission mission = new PrivateMission(missionId, channelId);

        // Messages: pushed live by the hub.
        try (HubClient carl = HubClient.connect(DemoUser.CARL)) {
            carl.send(HubClient.subscribe(PrivateMission.topic(missionId, channelId)));
            assertEquals("subscribed", carl.reply().get("type").asText());
            String text = mission.post(channelId, "Still flowing " + marker);
            assertEquals(text, carl.nextOfType("event").get("data").get("text").asText());
        }

        // Feedback to synthesis, and its theme back to the engagement service.
        String feedback = "The night bus stops running before the late shift ends " + marker;
        PrivateMission.as(DemoUser.CARL).body(Map.of("text", feedback))
                .post("/api/engagement/missions/" + missionId + "/feedback").then().statusCode(201);
        awaitTrue("the feedback is themed and its sender sees the theme", () -> {
            List<Map<String, Object>> mine = PrivateMission.as(DemoUser.CARL).get("/api/engagement/me/feedback")
                    .then().statusCode(200).extract().path("findAll { it.text == '" + feedback + "' }");
            return mine.size() == 1 && mine.get(0).get("themeLabel") != null;
        });

        // Statements and votes: a vote reaches the opinion map.
        String deliberation = PrivateMission.as(DemoUser.OLIVIA).body(Map.of("question", "What would make streets safer?",
                        "seedStatements", List.of("More street lights on the canal path")))
                .post("/api/engagement/missions/" + missionId + "/deliberations").then().statusCode(201)
                .extract().path("id");
        String statement = PrivateMission.as(DemoUser.CARL).get("/api/engagement/deliberations/" + deliberation + "/statements")
                .then().statusCode(200).extract().path("[0].id");
        PrivateMission.as(DemoUser.CARL).body(Map.of("vote", "agree"))
                .put("/api/engagement/deliberations/" + deliberation + "/statements/" + statement + "/vote")
                .then().statusCode(200);
        awaitTrue("the vote reaches the opinion map", () -> {
            Integer votes = PrivateMission.as(DemoUser.CARL).get("/api/synthesis/deliberations/" + deliberation
                    + "/opinion-groups").then().extract().path("votes");
            return votes != null && votes >= 1;
        });

        // Each reader dead-lettered the two unreadable records of each topic it reads, saying why.
        for (var reader : READERS.entrySet()) {
            Map<String, List<Map<String, String>>> found = deadLettered(reader.getKey() + ".dead-letters", marker);
            for (var record : unreadable.entrySet()) {
                if (!reader.getValue().contains(record.getValue())) {
                    continue;
                }
                List<Map<String, String>> copies = found.getOrDefault(record.getKey(), List.of());
                assertTrue(!copies.isEmpty(), reader.getKey() + " dead-lettered " + record.getKey());
                Map<String, String> headers = copies.get(0);
                assertEquals(record.getValue(), headers.get("dead-letter-topic"), "the topic it came from");
                assertTrue(!headers.getOrDefault("dead-letter-reason", "").isBlank(), "a reason: " + headers);
            }
            assertEquals(Set.of(), Set.copyOf(found.keySet().stream().filter(r -> !unreadable.containsKey(r)).toList()),
                    "well-formed events of unknown types or versions are skipped, not dead-lettered");
        }
        for (String service : List.of(LocalStack.COMMUNITIES, LocalStack.ENGAGEMENT, LocalStack.SYNTHESIS, LocalStack.GATEWAY)) {
            RestAssured.get(service + "/q/health/ready").then().statusCode(200);
        }
        String metrics = RestAssured.get(LocalStack.ENGAGEMENT + "/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("convene_events_dead_lettered_total{channel=\"memberships\""), "counted");
        assertTrue(metrics.contains("convene_events_skipped_total{channel=\"memberships\""), "counted");
    }

    private static void awaitTrue(String what, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.get()) {
            assertTrue(Instant.now().isBefore(deadline), "within a minute: " + what);
            PrivateMission.pause();
        }
    }

    /** Records on a dead-letter topic that carry the marker, each with its headers, by value. */
    private static Map<String, List<Map<String, String>>> deadLettered(String topic, String marker) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-dead-letters-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, List<Map<String, String>>> found = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null && record.value().contains(marker)) {
                        Map<String, String> headers = new HashMap<>();
                        for (Header header : record.headers()) {
                            headers.put(header.key(), header.value() == null ? null
                                    : new String(header.value(), StandardCharsets.UTF_8));
                        }
                        found.computeIfAbsent(record.value(), v -> new ArrayList<>()).add(headers);
                    }
                }
            }
        }
        return found;
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
