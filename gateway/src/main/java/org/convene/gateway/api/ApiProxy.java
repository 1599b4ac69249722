package org.convene.gateway.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
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
import java.util.Map;

/**
 * Routes /api/{service}/... to the service, relaying the caller's access token. The services
 * authorize every request themselves; the gateway only authenticates.
 */
@Path("/api/{service: communities|engagement|synthesis}/{path: .+}")
@Authenticated
public class ApiProxy {

    private final ServiceRelay relay;
    private final SecurityIdentity identity;

    public ApiProxy(ServiceRelay relay, SecurityIdentity identity) {
        this.relay = relay;
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
        return relay.forward(identity, method, service, "/api/" + service, uri, type, body, Map.of());
    }
}
