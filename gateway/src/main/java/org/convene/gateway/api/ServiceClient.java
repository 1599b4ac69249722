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

/** Calls a service on behalf of a signed-in person, with that person's access token. */
@ApplicationScoped
public class ServiceClient {

    private final WebClient client;
    private final ServiceUrls urls;

    public ServiceClient(Vertx vertx, ServiceUrls urls) {
        this.client = WebClient.create(vertx);
        this.urls = urls;
    }

    public Uni<HttpResponse<Buffer>> call(SecurityIdentity identity, HttpMethod method, String service,
                                          String pathAndQuery, String contentType, Buffer body) {
        HttpRequest<Buffer> request = client.requestAbs(method, urls.of(service) + pathAndQuery)
                .putHeader("Authorization", "Bearer " + accessToken(identity))
                .putHeader("Accept", "application/json");
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        return body == null || body.length() == 0 ? request.send() : request.sendBuffer(body);
    }

    public Uni<Boolean> allows(SecurityIdentity identity, String service, String path) {
        return call(identity, HttpMethod.GET, service, path, null, null)
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
