package org.convene.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.gateway.relay.ServiceClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One OpenAPI document for the whole API, merged from the services' own (read each time, so it
 * is never stale); Swagger UI at /api/docs shows it. A service that does not answer is left out
 * and named in the description.
 */
@Path("/api/openapi")
@PermitAll
public class ApiDocs {

    static final List<String> SERVICES = List.of("communities", "engagement", "synthesis");

    private final ServiceClient services;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final String version;

    public ApiDocs(ServiceClient services, SecurityIdentity identity, ObjectMapper json,
                   @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.services = services;
        this.identity = identity;
        this.json = json;
        this.version = version;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<JsonNode> document() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        return Multi.createFrom().iterable(SERVICES)
                .onItem().transformToUniAndConcatenate(service -> services
                        .call(identity, HttpMethod.GET, service, "/q/openapi", "format=json",
                                Map.of("Accept", "application/json"), null)
                        .map(answer -> answer.statusCode() == 200 ? read(answer.bodyAsString()) : null)
                        .onFailure().recoverWithNull()
                        .invoke(doc -> documents.put(service, doc)))
                .collect().last()
                .map(ignored -> {
                    Map<String, JsonNode> answering = new LinkedHashMap<>();
                    documents.forEach((service, doc) -> {
                        if (doc != null) {
                            answering.put(service, doc);
                        }
                    });
                    var merged = OpenApiMerge.merge(answering, version);
                    if (answering.size() < SERVICES.size()) {
                        merged.with("info").put("description", merged.path("info").path("description").asText()
                                + " Not answering now, so left out: " + SERVICES.stream()
                                .filter(s -> !answering.containsKey(s)).toList() + ".");
                    }
                    return merged;
                });
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
