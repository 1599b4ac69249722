import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Creates the topics of topics.conf that do not exist, and brings existing ones in line with it
 * (cleanup policy, retention, min.insync.replicas, and more partitions, never fewer). Run with the
 * broker's jars on the class path:
 *   java -cp 'KAFKA_LIBS/*' Topics.java topics.conf BOOTSTRAP REPLICATION MIN_INSYNC
 */
public class Topics {

    record Topic(String name, int partitions, Map<String, String> configs) {}

    public static void main(String[] args) throws Exception {
        List<Topic> wanted = read(Path.of(args[0]), args[3]);
        short replication = Short.parseShort(args[2]);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[1]);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> create = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> alter = new HashMap<>();
            Map<String, NewPartitions> grow = new HashMap<>();
            for (Topic topic : wanted) {
                if (!existing.contains(topic.name())) {
                    create.add(new NewTopic(topic.name(), topic.partitions(), replication).configs(topic.configs()));
                    continue;
                }
                alter.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.configs().entrySet().stream()
                        .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                        .toList());
                int now = admin.describeTopics(List.of(topic.name())).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get(topic.name()).partitions().size();
                if (now < topic.partitions()) {
                    grow.put(topic.name(), NewPartitions.increaseTo(topic.partitions()));
                }
            }
            if (!create.isEmpty()) {
                admin.createTopics(create).all().get(60, TimeUnit.SECONDS);
            }
            if (!alter.isEmpty()) {
                admin.incrementalAlterConfigs(alter).all().get(60, TimeUnit.SECONDS);
            }
            if (!grow.isEmpty()) {
                admin.createPartitions(grow).all().get(60, TimeUnit.SECONDS);
            }
            System.out.printf("topics: %d created, %d checked%n", create.size(), alter.size());
        }
    }

    private static List<Topic> read(Path file, String minInsync) throws Exception {
        List<Topic> topics = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] cells = text.split("\\s+");
            if (cells.length != 4) {
                throw new IllegalArgumentException("a topic line has 4 cells: " + line);
            }
            topics.add(new Topic(cells[0], Integer.parseInt(cells[1]), Map.of(
                    "cleanup.policy", cells[2], "retention.ms", cells[3], "min.insync.replicas", minInsync)));
        }
        return topics;
    }
}
