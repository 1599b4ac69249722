package org.convene.gateway.relay;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed table from a service's name to where its instances listen. Each address is read
 * once, at start, into a scheme, host and port; a request to a service is built from these and a
 * checked path, never by joining strings, so no path can change the host. A service may have
 * several instances, given as a comma-separated list of addresses ({@link ServiceInstances}
 * picks one per request).
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
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("convene.services." + name
                        + " must be scheme://host:port and nothing more, not " + url);
            }
            return new Origin(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80, ssl);
        }
    }

    private final Map<String, ServiceInstances> services;

    public ServiceRoutes(ServiceUrls urls, RelayLimits limits) {
        Duration downFor = limits.instanceDownAfterConnectFailure();
        this.services = Map.of(
                "communities", instances("communities", urls.communities(), downFor),
                "engagement", instances("engagement", urls.engagement(), downFor),
                "synthesis", instances("synthesis", urls.synthesis(), downFor));
    }

    /** The service's instances, or empty for a name that is not in the table. */
    public Optional<ServiceInstances> of(String service) {
        return Optional.ofNullable(services.get(service));
    }

    /** Reads "scheme://host:port" or several of them, separated by commas, each checked as one. */
    static List<Origin> origins(String name, String urls) {
        List<Origin> origins = new ArrayList<>();
        for (String url : urls.split(",", -1)) {
            Origin origin = Origin.of(name, url.strip());
            if (origins.contains(origin)) {
                throw new IllegalArgumentException("convene.services." + name + " names " + url.strip() + " twice");
            }
            origins.add(origin);
        }
        return origins;
    }

    static ServiceInstances instances(String name, String urls, Duration downFor) {
        return new ServiceInstances(origins(name, urls), downFor, System::nanoTime);
    }
}
