package org.convene.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SoakTest {

    @Test
    void failuresOfTheSameKindShareOneReason() {
        String one = Soak.reason(new IllegalStateException("The timeout period of 10000ms has been exceeded while executing PUT"
                + " /api/engagement/deliberations/521e419f-a59b-49fc-bf16-804fc5c51ee2/statements/19bc6f41-ee89-4981-95ab-a7c8faeeb2b8/vote"));
        String other = Soak.reason(new IllegalStateException("The timeout period of 10000ms has been exceeded while executing PUT"
                + " /api/engagement/deliberations/521e419f-a59b-49fc-bf16-804fc5c51ee2/statements/14f72633-cf5b-4fde-9c86-9863c10a73eb/vote"));
        assertEquals(one, other);
        assertEquals("IllegalStateException: The timeout period of Nms has been exceeded while executing PUT"
                + " /api/engagement/deliberations/{id}/statements/{id}/vote", one);
    }
}
