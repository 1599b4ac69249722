package org.convene.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one rule for text in a request's address, as {@link StrictJson} is for bodies: no query
 * parameter and no path segment may hold the NUL character, which PostgreSQL cannot take. Such a
 * request is refused with a 400 problem naming the parameter, before it reaches any resource.
 */
public class TextWithoutNulParameters {

    private static final char NUL = '\0';

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseNul(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf(NUL) >= 0 || parameter.getValue().stream().anyMatch(v -> v.indexOf(NUL) >= 0)) {
                return Optional.of(refusal("The query parameter '" + parameter.getKey().replace(NUL, ' ')
                        + "' may not contain the NUL character"));
            }
        }
        if (request.getUriInfo().getPath().indexOf(NUL) >= 0) {
            return Optional.of(refusal("The path may not contain the NUL character"));
        }
        return Optional.empty();
    }

    private static Response refusal(String detail) {
        return Problem.of(Response.Status.BAD_REQUEST, detail).toResponse();
    }
}
