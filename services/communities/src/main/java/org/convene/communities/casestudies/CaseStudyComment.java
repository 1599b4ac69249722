package org.convene.communities.casestudies;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "case_study_comments")
public class CaseStudyComment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_study_id", nullable = false)
    public UUID caseStudyId;

    @Column(name = "author_id", columnDefinition = "text", nullable = false)
    public String authorId;

    @Column(name = "author_name", columnDefinition = "text", nullable = false)
    public String authorName;

    @Column(columnDefinition = "text", nullable = false)
    public String body;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;
}
