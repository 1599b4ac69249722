package org.convene.gateway.api;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Calls a service on behalf of the person, with their access token when they are signed in. */
@ApplicationScoped
public class ServiceClient {

    private final WebClient client;
    private final ServiceUrls urls;

    public ServiceClient(Vertx vertx, ServiceUrls urls) {
        this.client = WebClient.create(vertx);
        this.urls = urls;
    }

    /** Calls the service with the person's token; an anonymous caller's request goes without one. */
    public Uni<HttpResponse<Buffer>> call(SecurityIdentity identity, HttpMethod method, String service,
                                          String pathAndQuery, String contentType, Buffer body,
                                          Map<String, String> headers) {
        HttpRequest<Buffer> request = client.requestAbs(method, urls.of(service) + pathAndQuery)
                .putHeader("Accept", "application/json");
        if (!identity.isAnonymous()) {
            request.putHeader("Authorization", "Bearer " + accessToken(identity));
        }
        headers.forEach(request::putHeader);
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        return body == null || body.length() == 0 ? request.send() : request.sendBuffer(body);
    }

    public Uni<Boolean> allows(SecurityIdentity identity, String service, String path) {
        return call(identity, HttpMethod.GET, service, path, null, null, Map.of())
                .map(response -> response.statusCode() == 200)
                .onFailure().recoverWithItem(false);
    }

    private static String accessToken(SecurityIdentity identity) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            throw new IllegalStateException("no access token for " + identity.getPrincipal().getName());
        }
        return token.getToken();
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
