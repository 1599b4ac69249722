package org.convene.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person making the request, as the Keycloak token describes them. */
@RequestScoped
public class CurrentUser {

    public static final String ADMIN_ROLE = "admin";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The stable Keycloak user id (the token's subject). */
    public String id() {
        return token.getSubject();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null && !name.isBlank() ? name : token.<String>getClaim("preferred_username");
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN_ROLE);
    }

    /** ministry, council, firm, civil_society, academia or citizen; null when not set. */
    public String stakeholderType() {
        return token.getClaim("stakeholder_type");
    }

    public String organisation() {
        return token.getClaim("organisation");
    }
}
