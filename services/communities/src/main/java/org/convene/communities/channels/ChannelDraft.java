package org.convene.communities.channels;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record ChannelDraft(
        @NotNull(message = "a channel needs a name")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "2 to 40 lower-case letters, digits or dashes")
        String name) {}
