package org.convene.gateway.session;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Visiting /login signs the person in through Keycloak, then returns to the web app. */
@Path("/login")
@Authenticated
public class LoginResource {

    @GET
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }
}
