package org.convene.synthesis.opinions;

import java.util.List;

/**
 * The opinion map of a deliberation: its groups, what each stands for, where they meet and where
 * they split, and each placed participant's position (anonymous points, for drawing the map).
 */
public record OpinionGroupsView(String deliberationId, int participantsInGroups, int votes, List<Group> groups,
                                List<StatementScore> consensus, List<StatementScore> divisive, List<Point> points) {

    public record Group(int group, int size, List<Representative> representative) {}

    /** @param direction agree or disagree */
    public record Representative(int number, String text, String direction, double groupShare, double otherShare) {}

    public record StatementScore(int number, String text, double score) {}

    public record Point(double x, double y, int group) {}
}
