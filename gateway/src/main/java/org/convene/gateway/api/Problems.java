package org.convene.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;

/** The gateway's own error answers, as RFC 9457 problem+json like the services'. */
public final class Problems {

    public static final String TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** The body of a problem with the status's standard title. */
    public static String body(int status, String detail) {
        ObjectNode problem = JSON.createObjectNode()
                .put("type", "about:blank")
                .put("title", Response.Status.fromStatusCode(status) == null ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase())
                .put("status", status)
                .put("detail", detail);
        return problem.toString();
    }

    public static Response response(int status, String detail) {
        return Response.status(status).type(TYPE).entity(body(status, detail)).build();
    }
}
