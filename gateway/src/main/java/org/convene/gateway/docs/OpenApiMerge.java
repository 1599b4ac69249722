package org.convene.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Merges the services' OpenAPI documents into one, as the gateway serves them: each path under
 * {@code /api/<service>}, each operation tagged with its service, and each schema renamed with
 * its service in front (two services may both have a "Group"), references rewritten to match.
 */
public final class OpenApiMerge {

    private static final String SCHEMAS = "#/components/schemas/";

    private OpenApiMerge() {}

    /** @param documents each service's own document, by service name, in the order to list them */
    public static ObjectNode merge(Map<String, JsonNode> documents, String version) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode merged = json.objectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info")
                .put("title", "Convene API")
                .put("version", version)
                .put("description", "Every route of the Convene services, as the gateway serves them. Sign in through"
                        + " the web app (session cookie, with the X-Requested-With header on writes) or send a"
                        + " Keycloak access token as a bearer token.");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = json.objectNode();
        ArrayNode tags = merged.putArray("tags");
        documents.forEach((service, document) -> {
            String prefix = capitalised(service);
            JsonNode renamed = renameReferences(document, prefix);
            tags.addObject().put("name", service).put("description", "the " + service + " service");
            renamed.path("paths").fields().forEachRemaining(path -> {
                ObjectNode operations = path.getValue().deepCopy();
                operations.fields().forEachRemaining(op -> {
                    if (op.getValue() instanceof ObjectNode operation && operation.has("responses")) {
                        ArrayNode opTags = json.arrayNode().add(service);
                        operation.path("tags").forEach(opTags::add);
                        operation.set("tags", opTags);
                    }
                });
                paths.set("/api/" + service + path.getKey(), operations);
            });
            renamed.path("components").path("schemas").fields()
                    .forEachRemaining(schema -> schemas.set(prefix + schema.getKey(), schema.getValue()));
        });
        ObjectNode components = merged.putObject("components");
        components.set("schemas", schemas);
        components.putObject("securitySchemes").putObject("bearer")
                .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        merged.putArray("security").addObject().putArray("bearer");
        return merged;
    }

    /** A copy of the node with every schema reference pointing at the prefixed name. */
    static JsonNode renameReferences(JsonNode node, String prefix) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if ("$ref".equals(field.getKey()) && value.isTextual() && value.asText().startsWith(SCHEMAS)) {
                    copy.set("$ref", TextNode.valueOf(SCHEMAS + prefix + value.asText().substring(SCHEMAS.length())));
                } else {
                    copy.set(field.getKey(), renameReferences(value, prefix));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(renameReferences(item, prefix)));
            return copy;
        }
        return node;
    }

    private static String capitalised(String service) {
        return service.substring(0, 1).toUpperCase(Locale.ROOT) + service.substring(1);
    }
}
