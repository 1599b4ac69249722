package org.convene.gateway.relay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailoverTest {

    private static final List<HttpMethod> EVERY = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Test
    void aRequestThatFoundNoConnectionMayGoElsewhereWhateverItsMethod() {
        for (HttpMethod method : EVERY) {
            assertTrue(Failover.mayRetry(method, new ConnectException("Connection refused")), method.name());
            assertTrue(Failover.mayRetry(method, new ConnectTimeoutException("connection timed out")), method.name());
            assertTrue(Failover.mayRetry(method, new VertxException(new ConnectException("refused"))), method.name());
        }
    }

    @Test
    void aRequestWhoseConnectionBrokeGoesAgainOnlyWhenItChangesNothing() {
        for (Throwable lost : List.of(new HttpClosedException("Connection was closed"),
                new SocketException("Connection reset"))) {
            assertTrue(Failover.mayRetry(HttpMethod.GET, lost));
            assertTrue(Failover.mayRetry(HttpMethod.HEAD, lost));
            for (HttpMethod write : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
                assertFalse(Failover.mayRetry(write, lost), write + " may have been acted on");
            }
            assertFalse(Failover.connectFailed(lost), "a broken connection is not a refused one");
        }
    }

    @Test
    void timeoutsAndAnswersTooLargeAreNeverRetried() {
        for (HttpMethod method : EVERY) {
            assertFalse(Failover.mayRetry(method, new io.smallrye.mutiny.TimeoutException()), method.name());
            assertFalse(Failover.mayRetry(method, new java.util.concurrent.TimeoutException()), method.name());
            assertFalse(Failover.mayRetry(method, new CappedBody.TooLarge(10)), method.name());
        }
    }
}
