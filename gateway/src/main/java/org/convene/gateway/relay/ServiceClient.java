package org.convene.gateway.relay;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Calls a service on behalf of the person, with their access token when they are signed in.
 * The service's addresses come from the route table and the path is checked again here, so
 * nothing a caller sends can point the request elsewhere; every call is bounded in time, in
 * waiting connections and in the size of the answer (see {@link RelayLimits}). A service with
 * several instances is called on each in turn ({@link ServiceInstances}).
 */
@ApplicationScoped
public class ServiceClient {

    private final WebClient client;
    private final ServiceRoutes routes;
    private final RelayLimits limits;

    public ServiceClient(Vertx vertx, ServiceRoutes routes, RelayLimits limits) {
        this.routes = routes;
        this.limits = limits;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) limits.connectTimeout().toMillis())
                .setMaxPoolSize(limits.maxConnectionsPerService())
                .setMaxWaitQueueSize(limits.maxWaitingPerService())
                .setKeepAlive(true)
                .setFollowRedirects(false)
                .setUserAgentEnabled(false));
    }

    /**
     * Calls the service with the person's token; an anonymous caller's request goes without one.
     *
     * @param path    the service's own path, as sent (percent-encoded), checked by {@link RelayPath}
     * @param query   the raw query string, or null
     * @param headers the headers to pass on
     * @param body    the body, or null
     */
    public Uni<HttpResponse<Buffer>> call(SecurityIdentity identity, HttpMethod method, String service,
                                          String path, String query, Map<String, String> headers, Buffer body) {
        return call(identity.isAnonymous() ? null : accessToken(identity), method, service, path, query, headers, body);
    }

    /**
     * The same with the person's access token as it is, or null for an anonymous caller. The
     * request goes to the service's next instance in turn; if that one cannot be reached it goes
     * once to another, as {@link Failover} allows.
     */
    public Uni<HttpResponse<Buffer>> call(String token, HttpMethod method, String service,
                                          String path, String query, Map<String, String> headers, Buffer body) {
        ServiceInstances instances = routes.of(service).orElse(null);
        if (instances == null || RelayPath.problem(path).isPresent() || !RelayPath.queryAllowed(query)) {
            return Uni.createFrom().failure(new IllegalArgumentException("refused to call " + service + " at " + path));
        }
        List<ServiceRoutes.Origin> order = instances.pick();
        Uni<HttpResponse<Buffer>> first = send(instances, order.get(0), token, method, path, query, headers, body);
        if (order.size() == 1) {
            return first;
        }
        return first.onFailure(e -> Failover.mayRetry(method, e))
                .recoverWithUni(e -> send(instances, order.get(1), token, method, path, query, headers, body));
    }

    /** One attempt at one instance; a connect failure marks the instance down, an answer up. */
    private Uni<HttpResponse<Buffer>> send(ServiceInstances instances, ServiceRoutes.Origin origin, String token,
                                           HttpMethod method, String path, String query, Map<String, String> headers,
                                           Buffer body) {
        RequestOptions options = new RequestOptions().setMethod(method)
                .setHost(origin.host()).setPort(origin.port()).setSsl(origin.ssl())
                .setURI(query == null ? path : path + "?" + query)
                .setTimeout(limits.requestTimeout().toMillis());
        HttpRequest<Buffer> request = client.request(method, options)
                .as(BodyCodec.<Buffer>newInstance(new CappedBody(limits.maxAnswerBytes())));
        if (token != null) {
            request.putHeader("Authorization", "Bearer " + token);
        }
        headers.forEach(request::putHeader);
        Uni<HttpResponse<Buffer>> answer = body == null || body.length() == 0
                ? request.send()
                : request.sendBuffer(io.vertx.mutiny.core.buffer.Buffer.newInstance(body));
        // The request's own timeout ends a silent service; this one ends one that trickles.
        return answer.ifNoItem().after(limits.requestTimeout()).fail()
                .invoke(() -> instances.answered(origin))
                .onFailure(Failover::connectFailed).invoke(e -> instances.connectFailed(origin));
    }

    /** Whether the person may read the service's path (a plain GET answers 200). */
    public Uni<Boolean> allows(SecurityIdentity identity, String service, String path) {
        return allows(identity.isAnonymous() ? null : accessToken(identity), service, path);
    }

    /** The same with the person's access token as it is, or null for an anonymous caller. */
    public Uni<Boolean> allows(String token, String service, String path) {
        return call(token, HttpMethod.GET, service, path, null, Map.of("Accept", "application/json"), null)
                .map(response -> response.statusCode() == 200)
                .onFailure().recoverWithItem(false);
    }

    /** The access token a signed-in person's requests carry. */
    public static String accessToken(SecurityIdentity identity) {
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
