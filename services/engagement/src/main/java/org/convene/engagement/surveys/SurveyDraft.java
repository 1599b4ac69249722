package org.convene.engagement.surveys;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a convener sets up: the questions, who is asked, and how often.
 *
 * @param audienceRoles            mission roles asked (all members when empty)
 * @param audienceStakeholderTypes stakeholder types asked (all when empty)
 * @param audienceOrganisations    organisations (by name) whose people are asked (all when empty)
 * @param startsAt                 when the first round opens (now when not given)
 * @param windowDays               how long each round takes answers
 */
public record SurveyDraft(
        @NotBlank(message = "a survey needs a title") @Size(max = 120, message = "at most 120 characters") String title,
        @Size(max = 1000, message = "at most 1000 characters") String intro,
        @NotEmpty(message = "a survey needs questions") @Size(max = 20, message = "at most 20 questions")
        List<@Valid @NotNull(message = "a question cannot be empty") Question> questions,
        List<@Pattern(regexp = "convener|facilitator|member|observer", message = "convener, facilitator, member or observer")
             String> audienceRoles,
        List<@Pattern(regexp = "ministry|council|firm|civil_society|academia|citizen",
                message = "ministry, council, firm, civil_society, academia or citizen") String> audienceStakeholderTypes,
        @Size(max = 20, message = "at most 20 organisations")
        List<@NotBlank(message = "an organisation cannot be empty") @Size(max = 120, message = "at most 120 characters")
             String> audienceOrganisations,
        @NotNull(message = "ONCE, WEEKLY, FORTNIGHTLY or MONTHLY")
        @Pattern(regexp = "ONCE|WEEKLY|FORTNIGHTLY|MONTHLY", message = "ONCE, WEEKLY, FORTNIGHTLY or MONTHLY")
        String schedule,
        Instant startsAt,
        @Min(value = 1, message = "between 1 and 14 days") @Max(value = 14, message = "between 1 and 14 days")
        int windowDays) {

    /** A question; SINGLE and MULTI questions list their options. */
    public record Question(
            @NotNull(message = "SCALE_5, ENPS, SINGLE, MULTI or TEXT")
            @Pattern(regexp = "SCALE_5|ENPS|SINGLE|MULTI|TEXT", message = "SCALE_5, ENPS, SINGLE, MULTI or TEXT")
            String kind,
            @NotBlank(message = "a question needs a prompt") @Size(max = 300, message = "at most 300 characters")
            String prompt,
            List<@NotBlank(message = "an option cannot be empty") @Size(max = 100, message = "at most 100 characters")
                 String> options) {

        @AssertTrue(message = "SINGLE and MULTI questions need 2 to 10 different options; other kinds none")
        public boolean isOptions() {
            boolean choice = "SINGLE".equals(kind) || "MULTI".equals(kind);
            int count = options == null ? 0 : options.size();
            boolean distinct = options == null || options.stream().map(String::strip).distinct().count() == count;
            return choice ? count >= 2 && count <= 10 && distinct : count == 0;
        }
    }

    /** How far before now a survey may say it started (a form's "today" in another time zone). */
    static final Duration EARLIEST_START = Duration.ofDays(1);
    /** How far ahead a survey may be set up. */
    static final Duration LATEST_START = Duration.ofDays(366);

    @AssertTrue(message = "between yesterday and a year from now")
    public boolean isStartsAt() {
        Instant now = Instant.now();
        return startsAt == null || !startsAt.isBefore(now.minus(EARLIEST_START)) && !startsAt.isAfter(now.plus(LATEST_START));
    }

    @AssertTrue(message = "a recurring survey's window must be shorter than its period")
    public boolean isWindowDays() {
        int period = schedule == null ? Integer.MAX_VALUE : switch (schedule) {
            case "WEEKLY" -> 7;
            case "FORTNIGHTLY" -> 14;
            case "MONTHLY" -> 28;
            default -> Integer.MAX_VALUE;
        };
        return windowDays < period;
    }
}
