package org.convene.gateway.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.convene.gateway.relay.ServiceRelay;

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
    public Uni<Response> get(@PathParam("service") String service, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward(HttpMethod.GET, service, uri, headers, null);
    }

    @DELETE
    public Uni<Response> delete(@PathParam("service") String service, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward(HttpMethod.DELETE, service, uri, headers, null);
    }

    @POST
    public Uni<Response> post(@PathParam("service") String service, @Context UriInfo uri,
                              @Context HttpHeaders headers, byte[] body) {
        return forward(HttpMethod.POST, service, uri, headers, body);
    }

    @PUT
    public Uni<Response> put(@PathParam("service") String service, @Context UriInfo uri,
                             @Context HttpHeaders headers, byte[] body) {
        return forward(HttpMethod.PUT, service, uri, headers, body);
    }

    @PATCH
    public Uni<Response> patch(@PathParam("service") String service, @Context UriInfo uri,
                               @Context HttpHeaders headers, byte[] body) {
        return forward(HttpMethod.PATCH, service, uri, headers, body);
    }

    private Uni<Response> forward(HttpMethod method, String service, UriInfo uri, HttpHeaders headers, byte[] body) {
        return relay.forward(identity, method, service, "/api/" + service, uri, headers, body, Map.of());
    }
}
