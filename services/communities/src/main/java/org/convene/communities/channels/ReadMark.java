package org.convene.communities.channels;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The newest seq the reader has seen in a channel. */
public record ReadMark(@NotNull(message = "seq is required") @Min(value = 0, message = "0 or more") Long seq) {}
