package org.convene.gateway.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every answer of the gateway carries, pages and API alike: a Content-Security-Policy
 * that runs only the app's own script files (no inline script, no eval) and lets no other site
 * frame it, no type sniffing, no referrer, and HSTS when the request came over TLS. Swagger UI's
 * page (enabled outside production only) needs its inline start-up script.
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final String DOCS = "/api/docs";
    /** HSTS for a year, once the app is reached over HTTPS. */
    private static final String HSTS = "max-age=31536000; includeSubDomains";

    private final String policy;
    private final String docsPolicy;

    public SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String identityProvider) {
        URI idp = URI.create(identityProvider);
        // Signing out posts a form whose answer redirects to the identity provider's logout page.
        String signIn = idp.getScheme() + "://" + idp.getRawAuthority();
        String common = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self' %s; font-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self' " + signIn + "; frame-ancestors 'none'";
        this.policy = "script-src 'self'; " + common;
        this.docsPolicy = "script-src 'self' 'unsafe-inline'; " + common;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            boolean docs = context.request().path().startsWith(DOCS);
            boolean tls = "https".equals(context.request().scheme());
            // The hub's WebSocket on this same host, for browsers that do not count ws: as 'self'.
            String host = context.request().authority() == null ? "" : context.request().authority().toString();
            String socket = host.isEmpty() ? "" : (tls ? "wss://" : "ws://") + host;
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                headers.set("Content-Security-Policy", (docs ? docsPolicy : policy).formatted(socket));
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("X-Frame-Options", "DENY");
                if (tls) {
                    headers.set("Strict-Transport-Security", HSTS);
                }
            });
            context.next();
        });
    }
}
