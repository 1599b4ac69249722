package org.convene.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.convene.platform.testing.DemoUser;
import org.junit.jupiter.api.Test;

class ChannelWatcherTest {

    private static ChannelWatcher watcher() {
        return new ChannelWatcher(null, null, null, null, DemoUser.SAM, new Gateway.MissionChannel("m", "c"),
                List.of(URI.create("http://127.0.0.1:8080")), 0);
    }

    @Test
    void messagesPushedInTheirChannelsOrderAreInOrder() {
        ChannelWatcher watcher = watcher();
        watcher.pushed("a", 1);
        watcher.pushed("b", 2);
        watcher.pushed("d", 4); // a gap is no disorder: 3 may come by a catch-up
        assertEquals(0, watcher.outOfOrder());
    }

    @Test
    void aMessagePushedAfterALaterOneIsOutOfOrder() {
        ChannelWatcher watcher = watcher();
        watcher.pushed("a", 1);
        watcher.pushed("c", 3);
        watcher.pushed("b", 2);
        assertEquals(1, watcher.outOfOrder());
        assertEquals(List.of("sam got seq 2 pushed after seq 3"), watcher.disorder());
    }

    @Test
    void whatACatchUpBroughtFirstIsNoDisorderWhenItIsPushedAgain() {
        ChannelWatcher watcher = watcher();
        watcher.pushed("c", 3);
        watcher.saw("a", 1);
        watcher.saw("b", 2);
        watcher.saw("c", 3);
        watcher.pushed("b", 2);
        assertEquals(0, watcher.outOfOrder());
        assertEquals(3, watcher.received().size());
    }
}
