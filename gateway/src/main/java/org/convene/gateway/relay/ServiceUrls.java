package org.convene.gateway.api;

import io.smallrye.config.ConfigMapping;

/** Where the services listen. */
@ConfigMapping(prefix = "convene.services")
public interface ServiceUrls {

    String communities();

    String engagement();

    String synthesis();

    default String of(String service) {
        return switch (service) {
            case "communities" -> communities();
            case "engagement" -> engagement();
            case "synthesis" -> synthesis();
            default -> throw new IllegalArgumentException("no service " + service);
        };
    }
}
