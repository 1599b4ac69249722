package org.convene.gateway.relay;

import io.smallrye.config.ConfigMapping;

/** Where the services listen: a scheme, a host and a port each, nothing else. */
@ConfigMapping(prefix = "convene.services")
public interface ServiceUrls {

    String communities();

    String engagement();

    String synthesis();
}
