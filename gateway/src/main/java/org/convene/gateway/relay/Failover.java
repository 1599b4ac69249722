package org.convene.gateway.relay;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * When a request that failed on one service instance may be sent to another. Only when it cannot
 * have done anything on the first: when no connection could be made, nothing was sent, so any
 * request may go again; when the connection broke (closed or reset) before the whole answer came,
 * the first instance may have acted on it, so only a GET or HEAD, which change nothing, go again.
 * A timeout, a refused answer or an answer too large is never retried.
 */
final class Failover {

    private Failover() {
    }

    /** No connection could be made (refused, unreachable, not taken within the connect timeout): nothing was sent. */
    static boolean connectFailed(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            // Netty's connect timeout is a ConnectException too.
            if (e instanceof ConnectException || e instanceof NoRouteToHostException || e instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** The connection was closed or reset before the whole answer came. */
    static boolean connectionLost(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof HttpClosedException || e instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** Whether a request that failed so may be sent once more, to another instance. */
    static boolean mayRetry(HttpMethod method, Throwable failure) {
        if (connectFailed(failure)) {
            return true;
        }
        boolean idempotent = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        return idempotent && connectionLost(failure);
    }
}
