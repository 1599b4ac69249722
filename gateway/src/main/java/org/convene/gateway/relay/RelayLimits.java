package org.convene.gateway.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long and how much the gateway waits for a service, so that a slow or broken service costs
 * the gateway a bounded number of connections and bytes, never its event loop or its memory.
 */
@ConfigMapping(prefix = "convene.relay")
public interface RelayLimits {

    /** Time to open a connection to a service. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Time from sending a request to having the whole answer. */
    @WithDefault("30s")
    Duration requestTimeout();

    /** The largest answer relayed, in bytes (a Pol.is votes export of a big conversation fits). */
    @WithDefault("33554432")
    int maxAnswerBytes();

    /** Open connections to each service instance. */
    @WithDefault("64")
    int maxConnectionsPerService();

    /** Requests waiting for a connection to one service instance; past it a request fails at once. */
    @WithDefault("1024")
    int maxWaitingPerService();

    /**
     * How long a service instance that refused a connection (or did not take one within the
     * connect timeout) is left out of the turn, when its service has other instances.
     */
    @WithDefault("5s")
    Duration instanceDownAfterConnectFailure();
}
