package org.convene.communities.missions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record RoleChange(
        @NotNull(message = "a role is required")
        @Pattern(regexp = "convener|facilitator|member|observer", message = "convener, facilitator, member or observer")
        String role) {}
