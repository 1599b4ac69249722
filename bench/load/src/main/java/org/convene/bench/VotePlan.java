package org.convene.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.platform.testing.DemoUser;

/**
 * Votes for the fault test, each on a statement and by a person that have no vote yet, so that an
 * acknowledged vote names exactly the row that must be stored: deliberations of 50 seed statements
 * in the mission, and the n-th vote is person n mod 6 on statement n / 6, agree, disagree or pass
 * in turn. When every pair has its vote the plan is spent.
 */
final class VotePlan {

    /** One vote to cast: where, by whom, what. */
    record Vote(String deliberationId, String statementId, DemoUser person, String userId, String choice) {

        String path() {
            return "/api/engagement/deliberations/" + deliberationId + "/statements/" + statementId + "/vote";
        }

        String body() {
            return "{\"vote\":\"" + choice + "\"}";
        }

        /** How it is stored: the statement, the voter's user id and -1, 0 or 1. */
        String key() {
            return statementId + "|" + userId + "|" + switch (choice) {
                case "agree" -> 1;
                case "disagree" -> -1;
                default -> 0;
            };
        }
    }

    static final int STATEMENTS = 50;
    private static final List<String> CHOICES = List.of("agree", "disagree", "pass");

    private final List<DemoUser> people;
    private final Map<DemoUser, String> userIds;
    private final List<String[]> statements = new ArrayList<>();

    private VotePlan(List<DemoUser> people) {
        this.people = people;
        this.userIds = people.stream().collect(java.util.stream.Collectors.toMap(p -> p, DemoUser::userId));
    }

    /** Opens enough deliberations in the mission (as its convener, Olivia) for {@code votes} votes. */
    static VotePlan open(String missionId, List<DemoUser> people, int votes) {
        VotePlan plan = new VotePlan(people);
        int deliberations = (int) Math.ceil(votes / (double) (STATEMENTS * people.size()));
        for (int d = 0; d < deliberations; d++) {
            List<String> seeds = new ArrayList<>();
            for (int s = 0; s < STATEMENTS; s++) {
                seeds.add("Fault test statement " + Words.of(d * STATEMENTS + s) + ": the day centre needs "
                        + Words.of(s * 7 + d) + " more");
            }
            JsonNode deliberation = Gateway.call(DemoUser.OLIVIA, "POST", "/api/engagement/missions/" + missionId + "/deliberations",
                    Map.of("question", "Fault test deliberation " + (d + 1), "seedStatements", seeds,
                            "linkAccess", false, "autoApprove", true));
            String id = deliberation.get("id").asText();
            for (JsonNode statement : Gateway.call(DemoUser.OLIVIA, "GET", "/api/engagement/deliberations/" + id + "/statements", null)) {
                plan.statements.add(new String[] {id, statement.get("id").asText()});
            }
        }
        return plan;
    }

    int size() {
        return statements.size() * people.size();
    }

    /** The n-th vote, or empty once every statement has every person's vote. */
    Optional<Vote> vote(int n) {
        if (n >= size()) {
            return Optional.empty();
        }
        String[] statement = statements.get(n / people.size());
        DemoUser person = people.get(n % people.size());
        return Optional.of(new Vote(statement[0], statement[1], person, userIds.get(person), CHOICES.get(n % CHOICES.size())));
    }
}
