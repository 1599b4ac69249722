package org.convene.communities.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation's profile, as its admins write it. */
public record OrganisationDraft(
        @NotBlank(message = "an organisation needs a name") @Size(max = 120, message = "at most 120 characters")
        String name,
        @NotNull(message = "a stakeholder type is required")
        @Pattern(regexp = Organisation.STAKEHOLDER_TYPES, message = Organisation.STAKEHOLDER_TYPES_MESSAGE)
        String stakeholderType,
        @Size(max = 2000, message = "at most 2000 characters") String description,
        @Size(max = 300, message = "at most 300 characters")
        @Pattern(regexp = "https?://\\S+", message = "a web address starting with http:// or https://") String website,
        @Size(max = 120, message = "at most 120 characters") String place) {

    void applyTo(Organisation o) {
        o.name = name.strip();
        o.stakeholderType = stakeholderType;
        o.description = description == null ? "" : description.strip();
        o.website = blankToNull(website);
        o.place = blankToNull(place);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
