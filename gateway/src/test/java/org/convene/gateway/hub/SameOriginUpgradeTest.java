package org.convene.gateway.hub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginUpgradeTest {

    @Test
    void thePagesOwnOriginMayConnect() {
        assertTrue(SameOriginUpgrade.sameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080"));
        assertTrue(SameOriginUpgrade.sameOrigin("https://convene.example", "convene.example"));
    }

    @Test
    void anotherSiteMayNot() {
        assertFalse(SameOriginUpgrade.sameOrigin("https://evil.example", "127.0.0.1:8080"));
        assertFalse(SameOriginUpgrade.sameOrigin("http://127.0.0.1:9999", "127.0.0.1:8080"));
        assertFalse(SameOriginUpgrade.sameOrigin("null", "127.0.0.1:8080"));
        assertFalse(SameOriginUpgrade.sameOrigin("http://127.0.0.1:8080", null));
    }
}
