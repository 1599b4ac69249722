package org.convene.gateway.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pathsGoUnderTheGatewayAndSameNamedSchemasOfTwoServicesStayApart() throws Exception {
        JsonNode synthesis = JSON.readTree("""
                {"openapi":"3.1.0","paths":{"/missions/{m}/themes":{"get":{"responses":{"200":{"content":
                {"application/json":{"schema":{"$ref":"#/components/schemas/Group"}}}}}}}},
                "components":{"schemas":{"Group":{"type":"object"}}}}""");
        JsonNode engagement = JSON.readTree("""
                {"openapi":"3.1.0","paths":{"/missions/{m}/feedback":{"post":{"tags":["Feedback"],"responses":{"201":{}}}}},
                "components":{"schemas":{"Group":{"type":"string"}}}}""");
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("engagement", engagement);
        documents.put("synthesis", synthesis);

        JsonNode merged = OpenApiMerge.merge(documents, "1.0");

        JsonNode themes = merged.path("paths").path("/api/synthesis/missions/{m}/themes").path("get");
        assertEquals("#/components/schemas/SynthesisGroup",
                themes.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("synthesis", themes.path("tags").get(0).asText());
        assertEquals("object", merged.at("/components/schemas/SynthesisGroup/type").asText());
        assertEquals("string", merged.at("/components/schemas/EngagementGroup/type").asText());
        JsonNode feedback = merged.path("paths").path("/api/engagement/missions/{m}/feedback").path("post");
        assertEquals("[\"engagement\",\"Feedback\"]", feedback.path("tags").toString());
        assertTrue(merged.at("/components/securitySchemes/bearer").isObject());
    }
}
