package org.convene.communities.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Whom an admin invites into the organisation, and with which role (member when not given). */
public record OrganisationInvitationDraft(
        @NotBlank(message = "the person's userId is required") String userId,
        @Pattern(regexp = "admin|member", message = "admin or member") String role) {

    String roleOrDefault() {
        return role == null ? OrganisationMember.MEMBER : role;
    }
}
