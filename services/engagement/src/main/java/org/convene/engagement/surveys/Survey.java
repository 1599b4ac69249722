package org.convene.engagement.surveys;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** A short pulse survey of a mission, asked once or again every week, fortnight or month. */
@Entity
@Table(name = "surveys")
public class Survey extends PanacheEntityBase {

    public enum Schedule { ONCE, WEEKLY, FORTNIGHTLY, MONTHLY }

    /** One asking of the survey: its number and the window in which it takes answers. */
    public record Round(int number, Instant opens, Instant closes) {

        public boolean isOpen(Instant now) {
            return !now.isBefore(opens) && now.isBefore(closes);
        }
    }

    @Id
    public UUID id;

    @Column(columnDefinition = "text", name = "mission_id", nullable = false)
    public String missionId;

    @Column(columnDefinition = "text", nullable = false)
    public String title;

    @Column(columnDefinition = "text", nullable = false)
    public String intro;

    @Column(columnDefinition = "text", name = "audience_roles", nullable = false)
    public String audienceRoles;

    @Column(columnDefinition = "text", name = "audience_types", nullable = false)
    public String audienceTypes;

    /** Organisation names, one a line; empty for all. */
    @Column(columnDefinition = "text", name = "audience_organisations", nullable = false)
    public String audienceOrganisations;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text", nullable = false)
    public Schedule schedule;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "window_days", nullable = false)
    public int windowDays;

    @Column(columnDefinition = "text", name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The round that is open now or opened last; null before the first one opens. */
    public Round currentRound(Instant now) {
        if (now.isBefore(startsAt)) {
            return null;
        }
        // Counted, not stepped through: a start long ago must not cost a loop per past round.
        long n = switch (schedule) {
            case ONCE -> 0;
            case WEEKLY -> Duration.between(startsAt, now).toDays() / 7;
            case FORTNIGHTLY -> Duration.between(startsAt, now).toDays() / 14;
            case MONTHLY -> ChronoUnit.MONTHS.between(startsAt.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC));
        };
        // A month may be short of the start's day of month: that round opens on its last day.
        while (schedule != Schedule.ONCE && !roundOpens((int) n + 1).isAfter(now)) {
            n++;
        }
        return round((int) n);
    }

    /**
     * The rounds whose results there are by now, oldest first: from the one open when the survey
     * was set up, since rounds that closed before then never asked anybody.
     */
    public List<Integer> roundsDue(Instant now) {
        Round current = currentRound(now);
        if (current == null) {
            return List.of();
        }
        Round atSetUp = createdAt == null ? null : currentRound(createdAt);
        int first = atSetUp == null ? 0 : atSetUp.number();
        return IntStream.rangeClosed(first, current.number()).boxed().toList();
    }

    public Round round(int n) {
        Instant opens = roundOpens(n);
        return new Round(n, opens, opens.plus(Duration.ofDays(windowDays)));
    }

    private Instant roundOpens(int n) {
        return switch (schedule) {
            case ONCE -> startsAt;
            case WEEKLY -> startsAt.plus(Duration.ofDays(7L * n));
            case FORTNIGHTLY -> startsAt.plus(Duration.ofDays(14L * n));
            case MONTHLY -> startsAt.atOffset(ZoneOffset.UTC).plusMonths(n).toInstant();
        };
    }

    /** Whether a member with this role, stakeholder type and organisation is asked. */
    public boolean asks(String role, String stakeholderType, String organisation) {
        return (audienceRoles.isEmpty() || list(audienceRoles).contains(role))
                && (audienceTypes.isEmpty() || list(audienceTypes).contains(stakeholderType))
                && (audienceOrganisations.isEmpty() || lines(audienceOrganisations).contains(organisation));
    }

    static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
