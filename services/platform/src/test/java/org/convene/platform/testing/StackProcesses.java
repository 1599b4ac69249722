package org.convene.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Crashes and restarts parts of the local stack, for fault tests: {@code kill -9} of a part that
 * {@code deploy/local/start} started, a start of whatever is not running, and a second gateway.
 */
public final class StackProcesses {

    private StackProcesses() {}

    /** Ends the part (communities, engagement, synthesis, gateway, kafka, keycloak) at once, with SIGKILL. */
    public static void kill9(String part) {
        Path pidFile = data().resolve("run").resolve(part + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle process = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException(part + " is not running (pid " + pid + ")"));
            run("kill", "-9", Long.toString(pid));
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not kill " + part, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts one more gateway instance on the given port, from the built gateway, with the same
     * settings as the first; closing it stops it. Its log goes to target/gateway-&lt;port&gt;.log.
     */
    public static AutoCloseable startGateway(int port) {
        return startInstance("gateway", port);
    }

    /**
     * Starts one more instance of a part (gateway, communities, engagement, synthesis) on the given
     * port, from its build, with the same settings and database as the first: the two share the
     * consumer groups' partitions and the outbox. Closing it stops it. Its log goes to
     * target/&lt;part&gt;-&lt;port&gt;.log.
     */
    public static AutoCloseable startInstance(String part, int port) {
        Path jar = root().resolve(("gateway".equals(part) ? "gateway" : "services/" + part)
                + "/target/quarkus-app/quarkus-run.jar");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        try {
            Process process = new ProcessBuilder(javaCommand, "-Xmx256m", "-Dquarkus.profile=local",
                    "-Dquarkus.http.port=" + port, "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(Paths.get("target", part + "-" + port + ".log").toFile())
                    .start();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.URI ready = java.net.URI.create("http://127.0.0.1:" + port + "/q/health/ready");
            // Asked often, so that a test can reach the part the moment it is ready.
            for (int attempt = 0; attempt < 1200; attempt++) {
                try {
                    if (http.send(java.net.http.HttpRequest.newBuilder(ready).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return () -> {
                            process.destroy();
                            process.waitFor(20, TimeUnit.SECONDS);
                        };
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            }
            process.destroyForcibly();
            throw new IllegalStateException(part + " on port " + port + " did not become ready");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts every part that is not running and waits until it is ready. */
    public static void startWhatIsDown() {
        run(root().resolve("deploy/local/start").toString(), "--no-build");
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path data() {
        String moved = System.getenv("CONVENE_DATA");
        return moved != null ? Paths.get(moved) : root().resolve(".data");
    }

    /** The project's root: the nearest folder up from here that holds deploy/local/start. */
    private static Path root() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("deploy/local/start"))) {
                return dir;
            }
        }
        throw new IllegalStateException("deploy/local/start not found above " + Paths.get("").toAbsolutePath());
    }
}
