package org.convene.gateway.relay;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed table from a service's name to where it listens. Each address is read once, at
 * start, into a scheme, host and port; a request to a service is built from these and a checked
 * path, never by joining strings, so no path can change the host.
 */
@ApplicationScoped
public class ServiceRoutes {

    /** Where one service listens. */
    public record Origin(String host, int port, boolean ssl) {

        static Origin of(String name, String url) {
            URI uri = URI.create(url);
            boolean ssl = "https".equals(uri.getScheme());
            if (!ssl && !"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null
                    || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))
                    || uri.getRawQuery() != null) {
                throw new IllegalArgumentException("convene.services." + name
                        + " must be scheme://host:port and nothing more, not " + url);
            }
            return new Origin(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80, ssl);
        }
    }

    private final Map<String, Origin> origins;

    public ServiceRoutes(ServiceUrls urls) {
        this.origins = Map.of(
                "communities", Origin.of("communities", urls.communities()),
                "engagement", Origin.of("engagement", urls.engagement()),
                "synthesis", Origin.of("synthesis", urls.synthesis()));
    }

    public Optional<Origin> of(String service) {
        return Optional.ofNullable(origins.get(service));
    }
}
