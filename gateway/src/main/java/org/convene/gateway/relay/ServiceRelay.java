package org.convene.gateway.relay;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.gateway.api.Problems;

/**
 * Relays a request under a gateway prefix to a service and its answer back to the client. The
 * service's path is the rest of the path exactly as the client sent it, after the prefix, and
 * must pass {@link RelayPath}; the services' own endpoints under /q/ stay inside. Content
 * negotiation and content headers pass both ways; nothing else does.
 */
@ApplicationScoped
public class ServiceRelay {

    /** What a client may tell a service about the answer it wants. */
    private static final List<String> REQUEST_HEADERS = List.of("Accept", "Accept-Language", "If-Match",
            "If-None-Match", "If-Modified-Since", "If-Unmodified-Since");
    /** What a service may tell the client about its answer (Location is rewritten into the gateway). */
    private static final List<String> ANSWER_HEADERS = List.of("Content-Type", "Content-Disposition",
            "Content-Language", "Retry-After", "ETag", "Last-Modified", "Cache-Control", "Vary", "Allow",
            ReadYourWrites.EVENTS);

    private final ServiceClient services;
    private final ReadYourWrites writes;

    public ServiceRelay(ServiceClient services, ReadYourWrites writes) {
        this.services = services;
        this.writes = writes;
    }

    /**
     * @param prefix  the gateway path in front of the service's own path, for example /api/communities
     * @param extra   request headers to pass on besides the caller's token and content headers
     */
    public Uni<Response> forward(SecurityIdentity identity, HttpMethod method, String service, String prefix,
                                 UriInfo uri, HttpHeaders caller, byte[] body, Map<String, String> extra) {
        String raw = uri.getRequestUri().getRawPath();
        if (!raw.startsWith(prefix + "/")) {
            return Uni.createFrom().item(Problems.response(404, "No such route"));
        }
        String path = raw.substring(prefix.length());
        Optional<String> refused = RelayPath.problem(path);
        String query = uri.getRequestUri().getRawQuery();
        if (refused.isPresent() || !RelayPath.queryAllowed(query)) {
            return Uni.createFrom().item(Problems.response(400,
                    refused.orElse("the query holds a character that must be encoded")));
        }
        if (path.equals("/q") || path.startsWith("/q/")) {
            return Uni.createFrom().item(Problems.response(404, "No such route"));
        }
        Map<String, String> headers = new HashMap<>(extra);
        for (String name : REQUEST_HEADERS) {
            String value = caller.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String after = writes.after(identity, caller.getHeaderString(ReadYourWrites.AFTER));
        if (after != null) {
            headers.put(ReadYourWrites.AFTER, after);
        }
        if (body != null && caller.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, caller.getHeaderString(HttpHeaders.CONTENT_TYPE));
        }
        return services.call(identity, method, service, path, query, headers, body == null ? null : Buffer.buffer(body))
                .map(answer -> {
                    writes.wrote(identity, answer.getHeader(ReadYourWrites.EVENTS));
                    Response.ResponseBuilder response = Response.status(answer.statusCode());
                    for (String name : ANSWER_HEADERS) {
                        String value = answer.getHeader(name);
                        if (value != null) {
                            response.header(name, value);
                        }
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
                .onFailure().recoverWithItem(e -> failed(service, e));
    }

    private static Response failed(String service, Throwable e) {
        if (e instanceof TimeoutException || e instanceof java.util.concurrent.TimeoutException
                || e instanceof io.netty.channel.ConnectTimeoutException) {
            return Problems.response(504, "The " + service + " service did not answer in time; try again shortly");
        }
        if (e instanceof CappedBody.TooLarge) {
            return Problems.response(502, "The " + service + " service's answer is too large to relay");
        }
        return Problems.response(502, "The " + service + " service is not reachable; try again shortly");
    }
}
