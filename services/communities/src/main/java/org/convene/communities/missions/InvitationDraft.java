package org.convene.communities.missions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Whom a convener invites, and with which role (member when not given). */
public record InvitationDraft(
        @NotBlank(message = "an invitation needs the person's userId") String userId,
        @Pattern(regexp = "convener|facilitator|member|observer", message = "convener, facilitator, member or observer")
        String role) {}
