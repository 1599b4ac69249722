package org.convene.engagement.surveys;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** A question of a survey: a 1-5 scale, 0-10 (eNPS), one or several options, or free text. */
@Entity
@Table(name = "survey_questions")
public class SurveyQuestion extends PanacheEntityBase {

    public enum Kind { SCALE_5, ENPS, SINGLE, MULTI, TEXT }

    @Id
    public UUID id;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "text", nullable = false)
    public Kind kind;

    @Column(columnDefinition = "text", nullable = false)
    public String prompt;

    /** The options of a SINGLE or MULTI question, one a line. */
    @Column(columnDefinition = "text", nullable = false)
    public String options;

    public List<String> optionList() {
        return options.isEmpty() ? List.of() : List.of(options.split("\n"));
    }
}
