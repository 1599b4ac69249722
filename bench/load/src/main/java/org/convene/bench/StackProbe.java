package org.convene.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.convene.bench.SoakVerdict.Measure;
import org.convene.platform.testing.LocalStack;

/**
 * What the soak samples each minute from the running stack, by series name (see
 * {@link SoakVerdict.Measure}): for each part (gateway, communities, engagement, synthesis, and a
 * second instance named {@code <part>-2} when its pid file exists) the heap after a full
 * collection and the open TCP connections; the lag of each consumer group that has members; and
 * for each service database its outbox backlog and its size. A value that cannot be read is left
 * out, which the verdict counts as a missing sample.
 */
final class StackProbe implements AutoCloseable {

    static final List<String> PARTS = List.of("gateway", "communities", "engagement", "synthesis");
    static final List<String> DATABASES = List.of("communities", "engagement", "synthesis", "gateway");
    private static final Pattern PART_PID = Pattern.compile("(" + String.join("|", PARTS) + ")(-\\d+)?\\.pid");
    private static final Pattern GENERATION = Pattern.compile("total \\d+K, used (\\d+)K");
    private static final Pattern Z_HEAP = Pattern.compile("ZHeap\\s+used (\\d+)M");
    private static final Pattern SHENANDOAH = Pattern.compile("(\\d+)K used");
    private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");
    private static final Pattern UUID_SUFFIX = Pattern.compile("(.*-)?([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(-.*)?");
    private static final String TCP_LISTEN = "0A";

    private final Path runDir;
    private final Path jcmdScript;
    private final Admin kafka;

    StackProbe(Path runDir) throws IOException {
        this.runDir = runDir;
        this.jcmdScript = Files.createTempFile("soak-heap", ".jcmd");
        this.jcmdScript.toFile().deleteOnExit();
        Files.writeString(jcmdScript, "GC.run\nGC.heap_info\n");
        this.kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000));
    }

    /** Every series, sampled now; takes a few seconds (one jcmd per part). */
    Map<String, Double> sample() {
        Map<String, Double> values = new TreeMap<>();
        for (Map.Entry<String, Long> part : parts().entrySet()) {
            long pid = part.getValue();
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                put(values, Measure.HEAP.series(part.getKey()), heapAfterGcMb(pid));
                put(values, Measure.RESIDENT.series(part.getKey()), residentMb(pid));
                put(values, Measure.CONNECTIONS.series(part.getKey()), tcpConnections(pid));
            }
        }
        consumerLag().forEach((group, lag) -> values.put(Measure.LAG.series(group), (double) lag));
        for (String service : DATABASES) {
            databaseFigures(service, values);
        }
        return values;
    }

    private static void put(Map<String, Double> values, String series, double value) {
        if (!Double.isNaN(value)) {
            values.put(series, value);
        }
    }

    /** The parts that have a pid file, by name. */
    Map<String, Long> parts() {
        Map<String, Long> parts = new TreeMap<>();
        try (Stream<Path> files = Files.list(runDir)) {
            files.forEach(file -> {
                Matcher m = PART_PID.matcher(file.getFileName().toString());
                if (m.matches()) {
                    try {
                        parts.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)),
                                Long.parseLong(Files.readString(file).strip()));
                    } catch (IOException | NumberFormatException unreadable) {
                        // Being rewritten by a start or a stop: not sampled this minute.
                    }
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("cannot list " + runDir + ": " + e.getMessage());
        }
        return parts;
    }

    // --- heap ------------------------------------------------------------------------------------

    /**
     * The heap in use right after a full collection, in MB: {@code jcmd GC.run} (System.gc(), a
     * full stop-the-world collection with G1, the JVMs' default here) then {@code GC.heap_info},
     * in one attach. With the JVM's own young collections alone, G1's old generation holds garbage
     * until its next marking cycle, so the occupancy after them rises and falls by up to half the
     * heap; after a full collection it is the live set.
     */
    double heapAfterGcMb(long pid) {
        try {
            Process jcmd = new ProcessBuilder(jcmdFor(pid), Long.toString(pid), "-f", jcmdScript.toString())
                    .redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
                return Double.NaN;
            }
            long kb = heapUsedKb(output);
            return kb < 0 ? Double.NaN : kb / 1024.0;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    /** The jcmd of the JDK the process runs on (the attach protocol is the JDK's own), else ours. */
    private static String jcmdFor(long pid) {
        try {
            Path java = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe"));
            Path jcmd = java.resolveSibling("jcmd");
            if (Files.isExecutable(jcmd)) {
                return jcmd.toString();
            }
        } catch (IOException | UnsupportedOperationException notLinux) {
            // fall through
        }
        return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    /**
     * The heap in use, in KB, from {@code GC.heap_info}: the sum of the generations' "used" for
     * G1, Parallel and Serial (Metaspace is not heap), or the heap line of ZGC and Shenandoah;
     * -1 when the output has none of them (the process ended, or refused the attach).
     */
    static long heapUsedKb(String heapInfo) {
        long used = 0;
        boolean found = false;
        for (String line : heapInfo.split("\n")) {
            Matcher generation = GENERATION.matcher(line);
            if (generation.find()) {
                used += Long.parseLong(generation.group(1));
                found = true;
                continue;
            }
            Matcher z = Z_HEAP.matcher(line);
            if (z.find()) {
                return Long.parseLong(z.group(1)) * 1024;
            }
            Matcher shenandoah = SHENANDOAH.matcher(line);
            if (!line.contains("Metaspace") && !line.contains("class space") && shenandoah.find()) {
                return Long.parseLong(shenandoah.group(1));
            }
        }
        return found ? used : -1;
    }

    private static double residentMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // not readable: no sample
        }
        return Double.NaN;
    }

    // --- connections -----------------------------------------------------------------------------

    /** The process's TCP sockets that are not listening (any state: established, closing, waiting). */
    static double tcpConnections(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        Set<Long> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            fds.forEach(fd -> {
                try {
                    Matcher m = SOCKET.matcher(Files.readSymbolicLink(fd).toString());
                    if (m.matches()) {
                        inodes.add(Long.parseLong(m.group(1)));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed while listing
                }
            });
            List<String> tcp = new ArrayList<>(Files.readAllLines(proc.resolve("net/tcp")));
            tcp.addAll(Files.readAllLines(proc.resolve("net/tcp6")));
            return countConnections(inodes, tcp);
        } catch (IOException | java.io.UncheckedIOException gone) {
            return Double.NaN;
        }
    }

    /**
     * Of the lines of /proc/net/tcp and tcp6 (a header, then "sl local remote st ... inode ..."),
     * those whose socket is one of {@code inodes} and not in state LISTEN (0A).
     */
    static int countConnections(Set<Long> inodes, List<String> procNetTcp) {
        int count = 0;
        for (String line : procNetTcp) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 10 || !f[0].endsWith(":")) {
                continue; // the header
            }
            try {
                if (!TCP_LISTEN.equalsIgnoreCase(f[3]) && inodes.contains(Long.parseLong(f[9]))) {
                    count++;
                }
            } catch (NumberFormatException notARow) {
                // skip
            }
        }
        return count;
    }

    // --- Kafka -----------------------------------------------------------------------------------

    /**
     * Records not yet consumed, per consumer group that has members (a group left behind by a
     * stopped gateway has none and is not counted): the sum, over the partitions the group has
     * committed offsets for, of the end offset less the committed one. A gateway's groups (one a
     * feed) are named after a random id; it is shortened to its first 8 characters.
     */
    Map<String, Long> consumerLag() {
        Map<String, Long> lag = new TreeMap<>();
        try {
            Map<String, ListConsumerGroupOffsetsSpec> active = new HashMap<>();
            for (GroupListing group : kafka.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(15, TimeUnit.SECONDS)) {
                GroupState state = group.groupState().orElse(GroupState.UNKNOWN);
                if (state != GroupState.EMPTY && state != GroupState.DEAD) {
                    active.put(group.groupId(), new ListConsumerGroupOffsetsSpec());
                }
            }
            if (active.isEmpty()) {
                return lag;
            }
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed =
                    kafka.listConsumerGroupOffsets(active).all().get(15, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            committed.values().forEach(offsets -> offsets.keySet().forEach(tp -> partitions.put(tp, OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    kafka.listOffsets(partitions).all().get(15, TimeUnit.SECONDS);
            committed.forEach((group, offsets) -> {
                long behind = 0;
                for (Map.Entry<TopicPartition, OffsetAndMetadata> o : offsets.entrySet()) {
                    if (o.getValue() != null && ends.containsKey(o.getKey())) {
                        behind += Math.max(0, ends.get(o.getKey()).offset() - o.getValue().offset());
                    }
                }
                lag.merge(shortGroupName(group), behind, Long::sum);
            });
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            System.err.println("consumer lag not read this minute: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lag;
    }

    static String shortGroupName(String group) {
        Matcher m = UUID_SUFFIX.matcher(group);
        return m.matches()
                ? (m.group(1) == null ? "" : m.group(1)) + m.group(2) + (m.group(3) == null ? "" : m.group(3))
                : group;
    }

    // --- databases -------------------------------------------------------------------------------

    /** The outbox's rows (events not yet relayed; the relay deletes what Kafka took) and the size. */
    private static void databaseFigures(String service, Map<String, Double> values) {
        String url = "jdbc:postgresql://127.0.0.1:5432/convene_" + service + "?connectTimeout=5&socketTimeout=30";
        String password = System.getenv().getOrDefault("CONVENE_DB_PASSWORD", "convene-local");
        try (Connection db = DriverManager.getConnection(url, "convene_" + service, password);
             Statement query = db.createStatement()) {
            boolean hasOutbox;
            try (ResultSet r = query.executeQuery("select pg_database_size(current_database()),"
                    + " to_regclass('outbox') is not null")) {
                r.next();
                values.put(Measure.DATABASE.series(service), r.getLong(1) / (1024.0 * 1024.0));
                hasOutbox = r.getBoolean(2);
            }
            if (hasOutbox) {
                try (ResultSet r = query.executeQuery("select count(*) from outbox")) {
                    r.next();
                    values.put(Measure.OUTBOX.series(service), (double) r.getLong(1));
                }
            }
        } catch (SQLException e) {
            System.err.println("the " + service + " database was not read this minute: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        kafka.close(java.time.Duration.ofSeconds(5));
    }
}
