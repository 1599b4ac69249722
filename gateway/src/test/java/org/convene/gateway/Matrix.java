package org.convene.gateway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What each role got from each route, printed as a table, and the answers that were not the expected ones. */
final class Matrix {

    private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    private final List<String> wrong = new ArrayList<>();
    private final Set<String> unexpected = new HashSet<>();
    private final List<String> roles;

    /** A matrix with the roles of {@link PrivateMission#ROLES} across. */
    Matrix() {
        this(List.copyOf(PrivateMission.ROLES.keySet()));
    }

    Matrix(List<String> roles) {
        this.roles = roles;
    }

    /** Records one answer; {@code shown} is how the table prints it. */
    void answer(String route, String role, String shown, boolean expected, Object expectation) {
        rows.computeIfAbsent(route, r -> new LinkedHashMap<>()).put(role, shown);
        if (!expected) {
            unexpected.add(role + " " + route);
            wrong.add(role + " " + route + ": " + shown + ", expected " + expectation);
        }
    }

    /** Routes down, roles across in their order; unexpected answers marked with "!". */
    String table() {
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder table = new StringBuilder(String.format("%-" + width + "s", "route"))
                .append(String.join("  ", roles)).append('\n');
        rows.forEach((route, answers) -> {
            table.append(String.format("%-" + width + "s", route));
            roles.forEach(role -> table.append(String.format("%-" + (role.length() + 2) + "s",
                    answers.getOrDefault(role, "-") + (unexpected.contains(role + " " + route) ? "!" : ""))));
            table.append('\n');
        });
        return table.toString();
    }

    List<String> wrong() {
        return wrong;
    }
}
