package org.convene.communities.casestudies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** What an author writes; the same shape creates a draft and replaces it. */
public record CaseStudyDraft(
        @NotNull(message = "a case study belongs to a mission") UUID missionId,
        @NotBlank(message = "a case study needs a title") @Size(max = 200, message = "at most 200 characters") String title,
        @NotBlank(message = "a case study needs a summary") @Size(max = 1000, message = "at most 1000 characters") String summary,
        @Size(max = 5000, message = "at most 5000 characters") String context,
        @Size(max = 5000, message = "at most 5000 characters") String challenge,
        @Size(max = 5000, message = "at most 5000 characters") String approach,
        @Size(max = 5000, message = "at most 5000 characters") String outcomes,
        @Size(max = 5000, message = "at most 5000 characters") String lessons,
        @Size(max = 120, message = "at most 120 characters") String place,
        @Size(max = 20, message = "at most 20 tags")
        List<@NotBlank(message = "a tag cannot be empty") @Size(max = 40, message = "at most 40 characters") String> tags,
        @Size(max = 6, message = "at most 6 stakeholder types")
        List<@NotNull @Pattern(regexp = "ministry|council|firm|civil_society|academia|citizen",
                message = "ministry, council, firm, civil_society, academia or citizen") String> stakeholderTypes,
        @Size(max = 20, message = "at most 20 organisations")
        List<@NotBlank(message = "an organisation cannot be empty") @Size(max = 120, message = "at most 120 characters") String> organisations,
        @Size(max = 10, message = "at most 10 links")
        List<@NotNull @Size(max = 500, message = "at most 500 characters")
             @Pattern(regexp = "https?://[^\\s]+", message = "a web address starting with http:// or https://") String> links) {}
