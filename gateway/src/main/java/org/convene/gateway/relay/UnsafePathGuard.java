package org.convene.gateway.relay;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.convene.gateway.api.Problems;

/**
 * Refuses a request whose path breaks {@link RelayPath}, before anything else reads it: routing
 * matches on the normalised path, so a hostile raw path must be stopped while it is still raw.
 */
@ApplicationScoped
public class UnsafePathGuard {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String problem = RelayPath.problem(context.request().path()).orElse(null);
            if (problem == null) {
                context.next();
                return;
            }
            context.response().setStatusCode(400)
                    .putHeader("Content-Type", Problems.TYPE)
                    .end(Problems.body(400, problem));
        });
    }
}
