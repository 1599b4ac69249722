package org.convene.communities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.convene.contracts.Topics;
import org.convene.platform.testing.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * The broker holds every topic as deploy/kafka/topics.conf writes it down: the topics read models
 * rebuild from are compacted and kept for ever (so a read model built at any age is complete),
 * the others kept 7 days; and the compacted ones are those the events' contract keys by aggregate.
 */
class KafkaTopicsIT {

    @Test
    void everyTopicIsAsWrittenDownAndTheRebuildTopicsAreCompacted() throws Exception {
        Map<String, String[]> written = new HashMap<>();
        for (String line : Files.readAllLines(topicsFile())) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                String[] cells = line.strip().split("\\s+");
                written.put(cells[0], cells);
            }
        }
        Set<String> compacted = written.values().stream().filter(c -> c[2].equals("compact"))
                .map(c -> c[0]).collect(Collectors.toSet());
        assertEquals(Topics.COMPACTED, compacted, "the contract and the topic file agree on what is compacted");

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        try (Admin admin = Admin.create(props)) {
            List<ConfigResource> resources = written.keySet().stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            var partitions = admin.describeTopics(written.keySet()).allTopicNames().get(30, TimeUnit.SECONDS);
            for (String[] topic : written.values()) {
                Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic[0]));
                assertEquals(topic[2], config.get("cleanup.policy").value(), topic[0]);
                assertEquals(topic[3], config.get("retention.ms").value(), topic[0]);
                assertEquals(Integer.parseInt(topic[1]), partitions.get(topic[0]).partitions().size(), topic[0]);
            }
        }
    }

    private static Path topicsFile() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("deploy/kafka/topics.conf");
            if (Files.exists(file)) {
                return file;
            }
        }
        throw new IllegalStateException("deploy/kafka/topics.conf not found");
    }
}
