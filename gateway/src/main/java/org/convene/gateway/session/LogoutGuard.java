package org.convene.gateway.session;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.convene.gateway.api.Problems;

/**
 * Signing out is a POST from the app itself: a GET (a link or an image another page embeds)
 * gets 405, and a POST must come from the gateway's own pages, as its Origin header shows (a
 * browser sends it with every form POST), or carry the X-Requested-With header of the app's
 * scripts. Otherwise another site could sign the person out.
 */
@ApplicationScoped
public class LogoutGuard {

    static final String PATH = "/logout";

    void install(@Observes Router router) {
        router.route(PATH).order(Integer.MIN_VALUE + 1).handler(context -> {
            var request = context.request();
            if (request.method() != HttpMethod.POST) {
                context.response().setStatusCode(405).putHeader("Allow", "POST")
                        .putHeader("Content-Type", Problems.TYPE)
                        .end(Problems.body(405, "Sign out with a POST from the app"));
                return;
            }
            if (request.getHeader("X-Requested-With") != null || sameOrigin(request.getHeader("Origin"), request.authority())) {
                context.next();
                return;
            }
            context.response().setStatusCode(403).putHeader("Content-Type", Problems.TYPE)
                    .end(Problems.body(403, "Sign out from the app's own page"));
        });
    }

    private static boolean sameOrigin(String origin, io.vertx.core.net.HostAndPort authority) {
        if (origin == null || authority == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            int own = authority.port() > 0 ? authority.port() : port;
            return authority.host().equalsIgnoreCase(uri.getHost()) && own == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
