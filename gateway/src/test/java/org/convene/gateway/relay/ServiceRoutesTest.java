package org.convene.gateway.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ServiceRoutesTest {

    @Test
    void oneAddressIsOneInstance() {
        assertEquals(List.of(new ServiceRoutes.Origin("127.0.0.1", 8081, false)),
                ServiceRoutes.origins("communities", "http://127.0.0.1:8081"));
        assertEquals(List.of(new ServiceRoutes.Origin("communities.internal", 443, true)),
                ServiceRoutes.origins("communities", "https://communities.internal/"));
    }

    @Test
    void aCommaSeparatedListIsOneInstanceEachInItsOrder() {
        assertEquals(List.of(new ServiceRoutes.Origin("127.0.0.1", 8081, false),
                        new ServiceRoutes.Origin("127.0.0.1", 8091, false)),
                ServiceRoutes.origins("communities", "http://127.0.0.1:8081, http://127.0.0.1:8091"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "127.0.0.1:8081", "ftp://127.0.0.1:8081", "http://user@127.0.0.1:8081", "http://127.0.0.1:8081/api",
            "http://127.0.0.1:8081?x=1", "http://127.0.0.1:8081#x", "http://127.0.0.1:8081,",
            "http://127.0.0.1:8081,,http://127.0.0.1:8091", "http://127.0.0.1:8081,http://evil@127.0.0.1:8091",
            "http://127.0.0.1:8081,http://127.0.0.1:8091/x", "http://127.0.0.1:8081,http://127.0.0.1:8081",
            "http://127.0.0.1:8081 http://127.0.0.1:8091"})
    void anythingButSchemeHostAndPortIsRefusedAtStart(String urls) {
        assertThrows(IllegalArgumentException.class, () -> ServiceRoutes.origins("communities", urls), urls);
    }
}
