package org.convene.gateway.session;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is signed in, for the web app (anonymous callers get authenticated=false, not an error). */
@Path("/api/me")
@PermitAll
public class MeResource {

    public record Me(boolean authenticated, String id, String name, String username, Set<String> roles,
                     String stakeholderType, String organisation) {}

    private final SecurityIdentity identity;

    public MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    public Me me() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return new Me(false, null, null, null, Set.of(), null, null);
        }
        String name = token.getClaim("name");
        return new Me(true, token.getSubject(), name, token.getClaim("preferred_username"),
                identity.getRoles(), token.getClaim("stakeholder_type"), token.getClaim("organisation"));
    }

}
