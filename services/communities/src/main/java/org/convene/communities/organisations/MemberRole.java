package org.convene.communities.organisations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The role a person gets in an organisation. */
public record MemberRole(
        @NotNull(message = "a role is required") @Pattern(regexp = "admin|member", message = "admin or member")
        String role) {}
