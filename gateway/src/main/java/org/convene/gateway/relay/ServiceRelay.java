package org.convene.gateway.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;

/** Relays a request under a gateway prefix to a service and its answer back to the client. */
@ApplicationScoped
public class ServiceRelay {

    private final ServiceClient services;

    public ServiceRelay(ServiceClient services) {
        this.services = services;
    }

    /**
     * @param prefix  the gateway path in front of the service's own path, for example /api/communities
     * @param headers request headers to pass on besides the caller's token (null values are left out)
     */
    public Uni<Response> forward(SecurityIdentity identity, HttpMethod method, String service, String prefix,
                                 UriInfo uri, String type, byte[] body, Map<String, String> headers) {
        String target = uri.getRequestUri().getRawPath().substring(prefix.length())
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return services.call(identity, method, service, target, type, body == null ? null : Buffer.buffer(body), headers)
                .map(answer -> {
                    Response.ResponseBuilder response = Response.status(answer.statusCode());
                    String contentType = answer.getHeader("Content-Type");
                    if (contentType != null) {
                        response.header("Content-Type", contentType);
                    }
                    String location = answer.getHeader("Location");
                    if (location != null) {
                        // The service's own address means nothing to the client: point into the gateway.
                        URI moved = URI.create(location);
                        response.header("Location", prefix + moved.getRawPath()
                                + (moved.getRawQuery() == null ? "" : "?" + moved.getRawQuery()));
                    }
                    Buffer payload = answer.body();
                    return response.entity(payload == null ? null : payload.getBytes()).build();
                })
                .onFailure().recoverWithItem(e -> Response.status(Response.Status.BAD_GATEWAY)
                        .type("application/problem+json")
                        .entity("{\"type\":\"about:blank\",\"title\":\"Bad Gateway\",\"status\":502,"
                                + "\"detail\":\"The " + service + " service is not reachable; try again shortly\"}")
                        .build());
    }
}
