package org.convene.gateway.relay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelayPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/missions", "/missions/5f0c7a4e-1b2c-4d5e-8f90-123456789abc/channels",
            "/deliberations/x/polis-export/comments.csv", "/people", "/case-studies/a%20b", "/me/notifications/read"})
    void pathsOfTheApiPass(String path) {
        assertTrue(RelayPath.problem(path).isEmpty(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "missions", "/aaaa@127.0.0.1:9999/x", "@127.0.0.1:9999/x", "/%2e%2e/engagement", "/%2E%2E/x",
            "/a/%2f/b", "/a%2F..", "/a\\..\\b", "/a/%5c/b", "/a/%00", "/a/%0d%0aHost:x", "/a/%7f", "/a/%25",
            "/a/%", "/a/%2", "/a/%zz", "/./a", "/a/..", "/a/../b", "//evil.example/x", "/a//b", "/a b",
            "/a\u0000b", "/a\r\nb", "/a:b", "/a?b", "/a#b", "/ü"})
    void pathsThatCouldLeaveTheirServiceAreRefused(String path) {
        assertTrue(RelayPath.problem(path).isPresent(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%E2%80%AE%00", "a=1&b=%40x", "q=caf%C3%A9"})
    void encodedQueriesPassAsTheyAre(String query) {
        assertTrue(RelayPath.queryAllowed(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=a b", "q=a\r\nHost: x", "q=\u0000", "q=a#b", "q=\\"})
    void rawControlCharactersInQueriesAreRefused(String query) {
        assertFalse(RelayPath.queryAllowed(query), query);
    }
}
