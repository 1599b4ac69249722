package org.convene.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Crashes and restarts parts of the local stack, for fault tests: {@code kill -9} of a part that
 * {@code deploy/local/start} started, and a start of whatever is not running.
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
