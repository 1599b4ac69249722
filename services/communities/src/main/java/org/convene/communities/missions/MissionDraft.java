package org.convene.communities.missions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person submits to create a mission. */
public record MissionDraft(
        @NotBlank(message = "a mission needs a name") @Size(max = 120, message = "at most 120 characters") String name,
        @Size(max = 2000, message = "at most 2000 characters") String vision,
        @Pattern(regexp = "PUBLIC|PRIVATE", message = "PUBLIC or PRIVATE") String visibility,
        @Pattern(regexp = THEMES, message = "one of " + THEMES) String theme) {

    /** The policy themes a mission can have. */
    public static final String THEMES = "health|climate|housing|safety|education|economy|other";

    Mission.Visibility visibilityOrDefault() {
        return visibility == null ? Mission.Visibility.PUBLIC : Mission.Visibility.valueOf(visibility);
    }
}
