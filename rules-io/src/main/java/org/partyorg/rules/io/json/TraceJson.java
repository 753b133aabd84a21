package org.partyorg.rules.io.json;

import java.util.Comparator;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Trace;
import org.partyorg.rules.api.model.OrganisationCategory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Trace} as JSON (kind {@code trace}, docs/FORMAT.md): the sets checked, then every
 * finding's step with the facts read, the comparisons made, the parameters and their citations,
 * the deadline against the as-of date. Codes are constant names, as everywhere in the format.
 * Stateless and thread-safe.
 */
final class TraceJson {
  private TraceJson() {}

  static ObjectNode trace(Trace trace, ObjectNode out) {
    out.put("creditCode", trace.getOrganisation().getCreditCode());
    out.put("name", trace.getOrganisation().getName());
    out.put("asOf", trace.getAsOf().toString());
    ArrayNode sets = out.putArray("policySets");
    for (Trace.SetCheck check : trace.getPolicySets()) {
      ObjectNode set = sets.addObject();
      set.put("policySet", check.policySetId());
      ReportJson.citationDocument(check.document(), set.putObject("document"));
      ObjectNode jurisdiction = set.putObject("jurisdiction");
      ArrayNode prefixes = jurisdiction.putArray("divisionPrefixes");
      check.jurisdiction().getDivisionPrefixes().stream().sorted().forEach(prefixes::add);
      ArrayNode categories = jurisdiction.putArray("categories");
      check.jurisdiction().getCategories().stream().sorted(Comparator.comparingInt(OrganisationCategory::ordinal))
          .forEach(c -> categories.add(c.name()));
      set.put("effectiveFrom", check.effectivePeriod().getFrom().toString());
      check.effectivePeriod().getUntil().ifPresent(d -> set.put("effectiveUntil", d.toString()));
      ArrayNode overrides = set.putArray("overrides");
      check.overrides().values().forEach(p -> parameter(p, overrides.addObject()));
      set.put("applied", check.applied());
      ArrayNode reasons = set.putArray("reasons");
      check.reasons().forEach(r -> reasons.add(r.name()));
    }
    ArrayNode steps = out.putArray("steps");
    for (Trace.Step step : trace.getSteps()) {
      ObjectNode node = steps.addObject();
      node.put("policySet", step.policySetId());
      node.put("rule", step.ruleId());
      node.put("key", step.key());
      step.finding().getObligation().ifPresent(o -> node.put("obligation", o.code()));
      node.put("outcome", step.outcome().name());
      ArrayNode actions = node.putArray("actions");
      step.requiredActions().forEach(a -> actions.add(a.code()));
      ReportJson.citation(step.citation(), node.putObject("citation"));
      ArrayNode parameters = node.putArray("parameters");
      step.parameters().forEach(p -> parameter(p, parameters.addObject()));
      ArrayNode facts = node.putArray("facts");
      step.facts().forEach(f -> ReportJson.fact(f, facts.addObject()));
      ArrayNode comparisons = node.putArray("comparisons");
      for (Trace.Comparison c : step.comparisons()) {
        ObjectNode comparison = comparisons.addObject();
        comparison.put("fact", c.name());
        c.value().ifPresent(v -> comparison.set("value", OrganisationJson.value(v)));
        c.relation().ifPresent(r -> comparison.put("relation", r.name()));
        comparison.set("limit", OrganisationJson.value(c.limit()));
        c.parameter().ifPresent(p -> comparison.put("parameter", p.getKey()));
      }
      step.deadline().ifPresent(d -> {
        ObjectNode deadline = node.putObject("deadline");
        deadline.put("date", d.deadline().toString());
        deadline.put("asOf", d.asOf().toString());
        deadline.put("timing", d.timing().name());
        deadline.put("overdue", d.overdue());
        d.parameter().ifPresent(p -> deadline.put("parameter", p.getKey()));
      });
      ArrayNode missing = node.putArray("missingFacts");
      step.missingFacts().forEach(f -> missing.add(f.getName()));
      node.put("messageZh", step.finding().getMessageZh());
      node.put("messageEn", step.finding().getMessageEn());
    }
    return out;
  }

  /** A parameter with the value in effect: a number with its unit, or a date. */
  static void parameter(Parameter p, ObjectNode out) {
    out.put("key", p.getKey());
    out.put("kind", p.kind().name());
    if (p.getDate().isPresent()) {
      out.put("date", p.getDate().get().toString());
    } else {
      out.set("value", OrganisationJson.number(p.getValue()));
    }
    out.put("unit", p.getUnit().name());
    p.getFact().ifPresent(f -> out.put("fact", f));
    ReportJson.citation(p.getCitation(), out.putObject("citation"));
  }
}
