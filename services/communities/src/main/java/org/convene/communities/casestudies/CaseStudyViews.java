package org.convene.communities.casestudies;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Case studies as the library shows them. */
public final class CaseStudyViews {

    private CaseStudyViews() {}

    public record CaseStudyView(UUID id, UUID missionId, String status, String authorId, String authorName,
                                String title, String summary, String context, String challenge, String approach,
                                String outcomes, String lessons, String place, List<String> tags,
                                List<String> stakeholderTypes, List<String> organisations, List<String> links,
                                Instant publishedAt, long usefulCount, boolean markedUseful,
                                List<RelatedStudy> related) {}

    public record RelatedStudy(UUID id, String title, long sharedLabels) {}

    /** A run of text in a search snippet; {@code match} runs are the words that matched the query. */
    public record Segment(String text, boolean match) {}

    public record SearchHit(UUID id, UUID missionId, String title, String summary, String place, double rank,
                            List<Segment> snippet) {}

    public record CommentView(UUID id, String authorName, String body, Instant postedAt) {

        static CommentView of(CaseStudyComment c) {
            return new CommentView(c.id, c.authorName, c.body, c.postedAt);
        }
    }

    public record CommentDraft(
            @jakarta.validation.constraints.NotBlank(message = "a comment needs text")
            @jakarta.validation.constraints.Size(max = 2000, message = "at most 2000 characters") String text) {}
}
