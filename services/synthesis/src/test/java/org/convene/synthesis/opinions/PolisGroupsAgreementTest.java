package org.convene.synthesis.opinions;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.synthesis.batch.Agreement;
import org.convene.synthesis.batch.PolisExport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our groups against those Pol.is itself found, on the real conversations of the shared data
 * (beside the project as shared/data; skipped where it is absent, as on a fresh clone).
 */
class PolisGroupsAgreementTest {

    private static final Path DATA = Paths.get(System.getProperty("convene.shared-data", "../../../shared/data"));

    @ParameterizedTest
    @ValueSource(strings = {"brexit-consensus", "scoop-hivemind.biodiversity"})
    void groupsAgreeWithPolis(String conversation) throws IOException {
        Path folder = DATA.resolve("polis").resolve(conversation);
        assumeTrue(Files.isDirectory(folder), "no shared data at " + folder.toAbsolutePath());

        PolisExport export = PolisExport.read(folder);
        Map<String, Integer> polisGroup = export.polisGroup();
        long started = System.nanoTime();
        OpinionMap.Result result = OpinionMap.of(export.votes());
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<Integer> ours = new ArrayList<>();
        List<Integer> theirs = new ArrayList<>();
        for (int i = 0; i < result.participants().size(); i++) {
            Integer g = polisGroup.get(result.participants().get(i));
            if (g != null) {
                ours.add(result.group()[i]);
                theirs.add(g);
            }
        }
        double ari = Agreement.adjustedRand(ours, theirs);
        System.out.printf("%s: %d groups (Pol.is %d), ARI %.3f over %d participants, %d ms%n", conversation,
                result.groups(), polisGroup.values().stream().distinct().count(), ari, ours.size(), millis);
        assertTrue(ari >= 0.7, "adjusted Rand index against Pol.is's own groups: " + ari);
    }
}
