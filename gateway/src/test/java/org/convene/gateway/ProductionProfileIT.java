package org.convene.gateway;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In production (the packaged application's default profile) no secret or address has a
 * development default: started without them from the environment, each part refuses to start
 * and names what is missing, rather than running with the local stack's passwords.
 */
class ProductionProfileIT {

    /** Each part, and the settings it must be given (it names the first one missing). */
    static List<Map.Entry<String, List<String>>> parts() {
        List<String> service = List.of("quarkus.datasource.password", "quarkus.oidc.auth-server-url");
        return List.of(Map.entry("gateway", List.of("quarkus.oidc.auth-server-url", "quarkus.oidc.credentials.secret")),
                Map.entry("services/communities", service),
                Map.entry("services/engagement", service),
                Map.entry("services/synthesis", service));
    }

    @ParameterizedTest
    @MethodSource("parts")
    void aPartStartedWithoutItsSecretsRefusesToStartAndSaysWhichIsMissing(Map.Entry<String, List<String>> part) throws Exception {
        Path jar = Path.of("..").resolve(part.getKey()).resolve("target/quarkus-app/quarkus-run.jar").normalize();
        assertTrue(Files.exists(jar), jar + " is built");
        Path log = Files.createTempFile("prod-start", ".log");
        ProcessBuilder start = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx128m", "-Dquarkus.http.port=0", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        start.environment().keySet().removeIf(name -> name.startsWith("CONVENE_") || name.endsWith("_DB_PASSWORD")
                || name.startsWith("QUARKUS_"));
        Process process = start.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(ended, part.getKey() + " started in production with development defaults:\n" + output);
        assertNotEquals(0, process.exitValue(), output);
        assertTrue(part.getValue().stream().anyMatch(output::contains),
                part.getKey() + " names one of " + part.getValue() + ":\n" + output);
    }
}
