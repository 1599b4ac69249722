package org.convene.communities.organisations;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An organisation's part in a mission, from the first request or invitation to joining. */
@Entity
@Table(name = "mission_organisations")
public class MissionOrganisation extends PanacheEntityBase {

    /** REQUESTED by the organisation, INVITED by a convener, JOINED once both sides agreed. */
    public enum State { REQUESTED, INVITED, JOINED }

    @Id
    public UUID id;

    @Column(name = "mission_id", nullable = false)
    public UUID missionId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text", nullable = false)
    public State state;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
