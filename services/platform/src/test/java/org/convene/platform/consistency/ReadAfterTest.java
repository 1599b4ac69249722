package org.convene.platform.consistency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadAfterTest {

    private static final Set<String> READS = Set.of("communities.memberships", "synthesis.themes");

    @Test
    void waitsOnlyForEventsOfTopicsThisServiceReads() {
        String membership = UUID.randomUUID().toString();
        String theme = UUID.randomUUID().toString();
        String header = "communities.memberships/" + membership + ", communities.messages/" + UUID.randomUUID()
                + ",synthesis.themes/" + theme + ",communities.memberships/" + membership;
        assertArrayEquals(new String[] {membership, theme}, ReadAfter.awaitedIds(header, READS));
        assertEquals(0, ReadAfter.awaitedIds(header, Set.of()).length, "a service that reads nothing never waits");
        assertEquals(0, ReadAfter.awaitedIds(null, READS).length);
    }

    @Test
    void ignoresWhatIsNotAnEventAndReadsNoMoreThanItsShare() {
        assertEquals(0, ReadAfter.awaitedIds("communities.memberships/'; drop table x; --, /, ,,,", READS).length);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            many.append("communities.memberships/").append(UUID.randomUUID()).append(',');
        }
        assertEquals(WrittenEvents.MOST * 2, ReadAfter.awaitedIds(many.toString(), READS).length);
    }
}
