package org.convene.gateway.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Routes /api/{service}/... to the service, relaying the caller's access token. The services
 * authorize every request themselves; the gateway only authenticates.
 */
@Path("/api/{service: communities|engagement|synthesis}/{path: .+}")
@Authenticated
public class ApiProxy {

    private final ServiceClient services;
    private final SecurityIdentity identity;

    public ApiProxy(ServiceClient services, SecurityIdentity identity) {
        this.services = services;
        this.identity = identity;
    }

    @GET
    public Uni<Response> get(@PathParam("service") String service, @Context UriInfo uri) {
        return forward(HttpMethod.GET, service, uri, null, null);
    }

    @DELETE
    public Uni<Response> delete(@PathParam("service") String service, @Context UriInfo uri) {
        return forward(HttpMethod.DELETE, service, uri, null, null);
    }

    @POST
    public Uni<Response> post(@PathParam("service") String service, @Context UriInfo uri,
                              @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward(HttpMethod.POST, service, uri, type, body);
    }

    @PUT
    public Uni<Response> put(@PathParam("service") String service, @Context UriInfo uri,
                             @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward(HttpMethod.PUT, service, uri, type, body);
    }

    @PATCH
    public Uni<Response> patch(@PathParam("service") String service, @Context UriInfo uri,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return forward(HttpMethod.PATCH, service, uri, type, body);
    }

    private Uni<Response> forward(HttpMethod method, String service, UriInfo uri, String type, byte[] body) {
        String prefix = "/api/" + service;
        String target = uri.getRequestUri().getRawPath().substring(prefix.length())
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return services.call(identity, method, service, target, type, body == null ? null : Buffer.buffer(body))
                .map(answer -> {
                    Response.ResponseBuilder response = Response.status(answer.statusCode());
                    String contentType = answer.getHeader("Content-Type");
                    if (contentType != null) {
                        response.header("Content-Type", contentType);
                    }
                    String location = answer.getHeader("Location");
                    if (location != null) {
                        // The service's own address means nothing to the client: point into /api.
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
