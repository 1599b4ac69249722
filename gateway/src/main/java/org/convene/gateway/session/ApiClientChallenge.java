package org.convene.gateway.session;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.convene.gateway.api.Problems;

/**
 * A call to a protected /api route with neither a session cookie nor a token comes from an API
 * client, not from a browser page: it gets 401 with a problem+json body, not a redirect to the
 * sign-in page. (Browsers sign in through /login; the web app's own calls carry the cookie.)
 */
@ApplicationScoped
public class ApiClientChallenge {

    private static final List<String> OPEN = List.of("/api/me", "/api/openapi", "/api/docs", "/api/open/");

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(context -> {
            String path = context.normalizedPath();
            String cookies = context.request().getHeader("Cookie");
            boolean credentials = context.request().getHeader("Authorization") != null
                    || (cookies != null && cookies.contains("q_session"));
            if (credentials || OPEN.stream().anyMatch(path::startsWith)) {
                context.next();
                return;
            }
            context.response().setStatusCode(401)
                    .putHeader("Content-Type", Problems.TYPE)
                    .putHeader("WWW-Authenticate", "Bearer")
                    .end(Problems.body(401, "Sign in through the web app, or send a bearer token"));
        });
    }
}
