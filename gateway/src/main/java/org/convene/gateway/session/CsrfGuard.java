package org.convene.gateway.session;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.convene.gateway.api.Problems;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A state-changing request that rides on the session cookie must carry X-Requested-With, which
 * another site's page cannot add without a CORS preflight that this gateway never grants. Bearer
 * requests carry no ambient credentials and need no such header.
 */
public class CsrfGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getHeaderString("X-Requested-With") != null) {
            return null;
        }
        return Problems.response(403, "A request from the web app must carry the X-Requested-With header");
    }
}
