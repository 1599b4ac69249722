package org.convene.gateway.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.convene.gateway.relay.ServiceRelay;

/**
 * The one route open without signing in: a deliberation's room, for citizens who join by link.
 * It relays the person's token when they are signed in, and an anonymous participant's secret
 * header otherwise; the engagement service decides what each may do.
 */
@Path("/api/open/engagement/{path: deliberations/.+}")
@PermitAll
public class OpenDeliberationProxy {

    static final String PREFIX = "/api/open/engagement";
    static final String PARTICIPANT_HEADER = "X-Convene-Participant";

    private final ServiceRelay relay;
    private final SecurityIdentity identity;

    public OpenDeliberationProxy(ServiceRelay relay, SecurityIdentity identity) {
        this.relay = relay;
        this.identity = identity;
    }

    @GET
    public Uni<Response> get(@Context UriInfo uri, @Context HttpHeaders headers,
                             @HeaderParam(PARTICIPANT_HEADER) String participant) {
        return forward(HttpMethod.GET, uri, headers, null, participant);
    }

    @POST
    public Uni<Response> post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body,
                              @HeaderParam(PARTICIPANT_HEADER) String participant) {
        return forward(HttpMethod.POST, uri, headers, body, participant);
    }

    @PUT
    public Uni<Response> put(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body,
                             @HeaderParam(PARTICIPANT_HEADER) String participant) {
        return forward(HttpMethod.PUT, uri, headers, body, participant);
    }

    private Uni<Response> forward(HttpMethod method, UriInfo uri, HttpHeaders caller, byte[] body, String participant) {
        Map<String, String> headers = new HashMap<>();
        if (participant != null && identity.isAnonymous()) {
            headers.put(PARTICIPANT_HEADER, participant);
        }
        return relay.forward(identity, method, "engagement", PREFIX, uri, caller, body, headers);
    }
}
