package org.convene.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StackProbeTest {

    @Test
    void heapInfoOfG1IsTheHeapLineWithoutMetaspace() {
        String g1 = """
                12249:
                Command executed successfully
                 garbage-first heap   total 358400K, used 105347K [0x00000000e8000000, 0x0000000100000000)
                  region size 1024K, 0 young (0K), 0 survivors (0K)
                 Metaspace       used 9164K, committed 9408K, reserved 1114112K
                  class space    used 1095K, committed 1216K, reserved 1048576K
                """;
        assertEquals(105347, StackProbe.heapUsedKb(g1));
    }

    @Test
    void heapInfoOfSerialAndParallelAddsTheGenerations() {
        String serial = """
                 def new generation   total 39296K, used 37480K [0x00000000f8000000, 0x00000000faaa0000, 0x00000000faaa0000)
                  eden space 34944K,  94% used [0x00000000f8000000, 0x00000000fa05a010, 0x00000000fa220000)
                 tenured generation   total 87424K, used 17426K [0x00000000faaa0000, 0x0000000100000000, 0x0000000100000000)
                   the space 87424K,  19% used [0x00000000faaa0000, 0x00000000fbba4b28, 0x00000000fbba4c00, 0x0000000100000000)
                 Metaspace       used 9145K, committed 9408K, reserved 1114112K
                """;
        assertEquals(37480 + 17426, StackProbe.heapUsedKb(serial));
    }

    @Test
    void heapInfoOfZgcIsInMegabytes() {
        assertEquals(110 * 1024, StackProbe.heapUsedKb(" ZHeap           used 110M, capacity 128M, max capacity 128M\n"
                + " Metaspace       used 9108K, committed 9344K, reserved 1114112K\n"));
    }

    @Test
    void noHeapLineIsNoSample() {
        assertEquals(-1, StackProbe.heapUsedKb("12249:\ncom.sun.tools.attach.AttachNotSupportedException: Unable to open socket file"));
    }

    @Test
    void connectionsAreTheProcesssTcpSocketsThatDoNotListen() {
        List<String> tcp = List.of(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1001 1 0000000000000000 100 0 0 10 0",
                "   1: 0100007F:1F90 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 1002 1 0000000000000000 20 4 30 10 -1",
                "   2: 0100007F:D2F0 0100007F:1538 08 00000000:00000000 00:00000000 00000000     0        0 1003 1 0000000000000000 20 4 30 10 -1",
                "   3: 0100007F:1F91 0100007F:C351 01 00000000:00000000 00:00000000 00000000     0        0 2001 1 0000000000000000 20 4 30 10 -1",
                "   4: 0100007F:D2F1 0100007F:1F90 06 00000000:00000000 03:00000F9B 00000000     0        0 0 3 0000000000000000");
        // 1001 listens; 1002 is established and 1003 in CLOSE_WAIT; 2001 is another process's.
        assertEquals(2, StackProbe.countConnections(Set.of(1001L, 1002L, 1003L), tcp));
    }

    @Test
    void aGatewaysRandomGroupIdIsShortened() {
        assertEquals("gateway-3f2a1b2c", StackProbe.shortGroupName("gateway-3f2a1b2c-1111-2222-3333-444455556666"));
        assertEquals("gateway-3f2a1b2c-messages",
                StackProbe.shortGroupName("gateway-3f2a1b2c-1111-2222-3333-444455556666-messages"));
        assertEquals("synthesis", StackProbe.shortGroupName("synthesis"));
    }
}
