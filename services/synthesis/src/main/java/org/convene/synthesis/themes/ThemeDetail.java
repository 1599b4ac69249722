package org.convene.synthesis.themes;

import java.util.List;
import java.util.Map;

/**
 * One theme with its breakdowns by stakeholder type, organisation, service and place. A group with
 * fewer than five people is left out (the theme's size still counts it); a text that did not give
 * the value is in the group with a null value.
 *
 * @param breakdowns keyed stakeholderType, organisation, service and place; largest group first
 */
public record ThemeDetail(ThemeView theme, Map<String, List<Group>> breakdowns) {

    public record Group(String value, int texts, int people) {}
}
