package org.partyorg.rules.io.json;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.time.YearMonth;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Conflict;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Violation;
import org.partyorg.rules.register.CoverageReport;
import org.partyorg.rules.register.Division;
import org.partyorg.rules.register.Figures;
import org.partyorg.rules.register.JointGrowth;
import org.partyorg.rules.register.ObligationChange;
import org.partyorg.rules.register.TargetCoverage;
import org.partyorg.rules.register.Uncovered;
import org.partyorg.rules.register.WhatIfDiff;
import org.partyorg.rules.register.planner.JointPlan;
import org.partyorg.rules.register.planner.ProposedJointOrganisation;
import org.partyorg.rules.register.planner.UnplacedOrganisation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assessments, batch results and the register's reports as JSON trees, members in the order
 * docs/FORMAT.md lists them, absent values left out (unknown, never 0). Writers only: these are
 * answers, not input. Stateless and thread-safe.
 */
final class ReportJson {
  private ReportJson() {}

  // ---------------------------------------------------------------- assessments

  static ObjectNode assessment(Assessment a, ObjectNode out) {
    out.put("creditCode", a.getOrganisation().getCreditCode());
    out.put("name", a.getOrganisation().getName());
    out.put("asOf", a.getAsOf().toString());
    strings(out, "policySets", a.getPolicySetIds());
    ArrayNode findings = out.putArray("findings");
    a.getFindings().forEach(f -> finding(f, findings.addObject()));
    ArrayNode conflicts = out.putArray("conflicts");
    for (Conflict c : a.getConflicts()) {
      ObjectNode conflict = conflicts.addObject();
      conflict.put("obligation", c.getObligation().code());
      ArrayNode refs = conflict.putArray("findings");
      for (Finding f : c.getFindings()) {
        ObjectNode ref = refs.addObject();
        ref.put("policySet", f.getPolicySetId());
        ref.put("key", f.getKey());
        ref.put("outcome", f.getOutcome().name());
      }
      actions(conflict, "actions", c.getRequiredActions());
      conflict.put("messageZh", c.getMessageZh());
      conflict.put("messageEn", c.getMessageEn());
    }
    return out;
  }

  static ObjectNode finding(Finding f, ObjectNode out) {
    out.put("policySet", f.getPolicySetId());
    out.put("rule", f.getRuleId());
    out.put("key", f.getKey());
    f.getObligation().ifPresent(o -> out.put("obligation", o.code()));
    out.put("outcome", f.getOutcome().name());
    actions(out, "actions", f.getRequiredActions());
    f.getDeadline().ifPresent(d -> out.put("deadline", d.toString()));
    out.put("overdue", f.isOverdue());
    citation(f.getCitation(), out.putObject("citation"));
    ArrayNode facts = out.putArray("facts");
    f.getFacts().forEach(fact -> fact(fact, facts.addObject()));
    strings(out, "missingFacts", f.getMissingFacts());
    out.put("messageZh", f.getMessageZh());
    out.put("messageEn", f.getMessageEn());
    return out;
  }

  static ObjectNode fact(Fact fact, ObjectNode out) {
    out.put("name", fact.getName());
    out.put("kind", fact.getType().getKind().name());
    out.put("unit", fact.getType().getUnit().name());
    fact.getValue().ifPresent(v -> out.set("value", OrganisationJson.value(v)));
    fact.getLimit().ifPresent(v -> out.set("limit", OrganisationJson.value(v)));
    return out;
  }

  static ObjectNode citation(Citation c, ObjectNode out) {
    citationDocument(c.getDocument(), out.putObject("document"));
    out.put("section", c.getSection());
    out.put("quote", c.getQuote());
    return out;
  }

  static void citationDocument(SourceDocument d, ObjectNode document) {
    document.put("file", d.getFile());
    document.put("title", d.getTitle());
    document.put("issuer", d.getIssuer());
    d.getNumber().ifPresent(v -> document.put("number", v));
    document.put("date", d.getDate().toString());
  }

  static ObjectNode result(AssessmentResult r, ObjectNode out) {
    out.put("index", r.getIndex());
    out.put("status", r.isAssessed() ? "ASSESSED" : "REJECTED");
    r.creditCode().ifPresent(c -> out.put("creditCode", c));
    r.getAssessment().ifPresent(a -> assessment(a, out.putObject("assessment")));
    if (!r.isAssessed()) {
      violations(out, r.getRejections());
    }
    return out;
  }

  private static void violations(ObjectNode out, List<Violation> list) {
    ArrayNode violations = out.putArray("violations");
    for (Violation v : list) {
      ObjectNode node = violations.addObject();
      node.put("field", v.getField());
      node.put("fieldNameZh", v.getFieldNameZh());
      node.put("fieldNameEn", v.getFieldNameEn());
      v.getValue().ifPresent(x -> node.put("value", x));
      node.put("messageZh", v.getMessageZh());
      node.put("messageEn", v.getMessageEn());
    }
  }

  // ---------------------------------------------------------------- coverage

  static ObjectNode coverage(CoverageReport r, ObjectNode out) {
    out.put("asOf", r.asOf().toString());
    out.put("read", r.read());
    out.put("assessed", r.assessed());
    out.put("excluded", r.excluded());
    out.put("rejected", r.rejected());
    ArrayNode rejected = out.putArray("rejectedRecords");
    for (AssessmentResult result : r.rejectedRecords()) {
      ObjectNode node = rejected.addObject();
      node.put("index", result.getIndex());
      result.creditCode().ifPresent(c -> node.put("creditCode", c));
      violations(node, result.getRejections());
    }
    ArrayNode targets = out.putArray("targets");
    r.targets().forEach(t -> target(t, targets.addObject()));
    ObjectNode overdue = out.putObject("overdueByMonth");
    new java.util.TreeMap<>(r.overdueByMonth()).forEach((set, months) -> {
      ObjectNode byMonth = overdue.putObject(set);
      for (Map.Entry<YearMonth, Long> month : months.entrySet()) {
        byMonth.put(month.getKey().toString(), month.getValue());
      }
    });
    return out;
  }

  private static void target(TargetCoverage t, ObjectNode out) {
    out.put("policySet", t.policySetId());
    out.put("key", t.target().getKey());
    out.put("rule", t.target().getRuleId());
    out.put("descriptionZh", t.target().getDescriptionZh());
    out.put("descriptionEn", t.target().getDescriptionEn());
    amount(out, "rate", t.target().getRate());
    amount(out, "growthFactor", t.target().getGrowthFactor());
    t.target().getDeadline().ifPresent(v -> out.put("deadline", v.toString()));
    ArrayNode citations = out.putArray("citations");
    t.target().getCitations().forEach(c -> citation(c, citations.addObject()));
    out.put("verdict", t.verdict().name());
    figures(t.total(), out.putObject("total"));
    ArrayNode divisions = out.putArray("byDivision");
    for (Map.Entry<Division, Figures> entry : t.byDivision().entrySet()) {
      ObjectNode node = divisions.addObject();
      node.put("level", entry.getKey().level().name());
      node.put("code", entry.getKey().code());
      figures(entry.getValue(), node.putObject("figures"));
    }
    ObjectNode categories = out.putObject("byCategory");
    t.byCategory().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparingInt(OrganisationCategory::ordinal)))
        .forEach(e -> figures(e.getValue(), categories.putObject(e.getKey().name())));
    out.put("uncoveredCount", t.uncoveredCount());
    ArrayNode uncovered = out.putArray("uncovered");
    for (Uncovered u : t.uncovered()) {
      ObjectNode node = uncovered.addObject();
      node.put("index", u.index());
      node.put("creditCode", u.organisation().getCreditCode());
      node.put("name", u.organisation().getName());
      node.put("divisionCode", u.organisation().getDivisionCode());
      node.put("category", u.organisation().getCategory().name());
      actions(node, "actions", u.actions());
      u.deadline().ifPresent(d -> node.put("deadline", d.toString()));
      node.put("overdue", u.isOverdue());
    }
    t.growth().ifPresent(g -> growth(g, out.putObject("growth")));
  }

  private static void figures(Figures f, ObjectNode out) {
    out.put("base", f.base());
    out.put("covered", f.covered());
    out.put("uncovered", f.uncovered());
    out.put("undecided", f.undecided());
    out.put("excluded", f.excluded());
    amount(out, "target", f.target());
    amount(out, "rate", f.rate());
    amount(out, "ratePercentShown", f.rateShown());
    f.verdict().ifPresent(v -> out.put("verdict", v.name()));
    f.shortfall().ifPresent(v -> out.put("shortfall", v));
  }

  private static void growth(JointGrowth g, ObjectNode out) {
    out.set("count", OrganisationJson.number(g.count()));
    out.put("undecided", g.undecided());
    out.set("factor", OrganisationJson.number(g.factor()));
    put(out, "baseline", g.baseline());
    amount(out, "required", g.required());
    out.put("verdict", g.verdict().name());
    put(out, "shortfall", g.shortfall());
  }

  // ---------------------------------------------------------------- what-if

  static ObjectNode whatIf(WhatIfDiff d, ObjectNode out) {
    ArrayNode targets = out.putArray("targets");
    for (WhatIfDiff.TargetMove move : d.targets()) {
      ObjectNode node = targets.addObject();
      node.put("policySet", move.policySetId());
      node.put("key", move.key());
      node.put("moved", move.moved());
      node.put("baseChange", move.baseChange());
      node.put("coveredChange", move.coveredChange());
      node.put("verdictBefore", move.before().verdict().name());
      node.put("verdictAfter", move.after().verdict().name());
      figures(move.before().total(), node.putObject("before"));
      figures(move.after().total(), node.putObject("after"));
    }
    out.put("changedOrganisations", d.changedOrganisations());
    out.put("changes", d.changes());
    ArrayNode changed = out.putArray("changed");
    for (WhatIfDiff.Changed c : d.changed()) {
      ObjectNode node = changed.addObject();
      node.put("index", c.index());
      node.put("creditCode", c.creditCode());
      ArrayNode changes = node.putArray("changes");
      for (ObligationChange change : c.changes()) {
        ObjectNode ch = changes.addObject();
        ch.put("policySet", change.getPolicySetId());
        ch.put("key", change.getKey());
        ch.put("rule", change.getRuleId());
        change.getBefore().ifPresent(s -> side(s, ch.putObject("before")));
        change.getAfter().ifPresent(s -> side(s, ch.putObject("after")));
      }
    }
    coverage(d.before(), out.putObject("before"));
    coverage(d.after(), out.putObject("after"));
    return out;
  }

  private static void side(ObligationChange.Side s, ObjectNode out) {
    out.put("outcome", s.outcome().name());
    s.deadline().ifPresent(d -> out.put("deadline", d.toString()));
    actions(out, "actions", s.actions());
  }

  // ---------------------------------------------------------------- joint plan

  static ObjectNode jointPlan(JointPlan p, ObjectNode out) {
    out.put("cap", p.cap());
    out.put("farthest", p.farthest().name());
    citation(p.clause(), out.putObject("clause"));
    out.put("candidates", p.candidates());
    out.put("placed", p.placed());
    out.put("upperBound", p.upperBound());
    out.put("maxJointOrganisations", p.maxJointOrganisations());
    ArrayNode proposals = out.putArray("proposals");
    for (ProposedJointOrganisation j : p.proposals()) {
      ObjectNode node = proposals.addObject();
      strings(node, "creditCodes", j.creditCodes());
      strings(node, "names", j.names());
      node.put("organisations", j.organisations());
      node.put("formalMembers", j.formalMembers());
      node.put("locality", j.locality().name());
      j.industry().ifPresent(i -> node.put("industry", i.name()));
      citation(j.clause(), node.putObject("clause"));
    }
    ArrayNode unplaced = out.putArray("unplaced");
    for (UnplacedOrganisation u : p.unplaced()) {
      ObjectNode node = unplaced.addObject();
      node.put("creditCode", u.creditCode());
      node.put("name", u.name());
      put(node, "formalMembers", u.formalMembers());
      node.put("reason", u.reason().name());
      violations(node, u.violations());
    }
    return out;
  }

  // ---------------------------------------------------------------- shared

  private static void actions(ObjectNode out, String name, Collection<RequiredAction> actions) {
    ArrayNode array = out.putArray(name);
    actions.forEach(a -> array.add(a.code()));
  }

  private static void strings(ObjectNode out, String name, Collection<String> values) {
    ArrayNode array = out.putArray(name);
    values.forEach(array::add);
  }

  private static void put(ObjectNode out, String name, OptionalLong value) {
    if (value.isPresent()) {
      out.put(name, value.getAsLong());
    }
  }

  private static void put(ObjectNode out, String name, OptionalInt value) {
    if (value.isPresent()) {
      out.put(name, value.getAsInt());
    }
  }

  /** An amount or rate when known; left out when not (unknown, never 0). */
  private static void amount(ObjectNode out, String name, Optional<BigDecimal> value) {
    value.ifPresent(v -> out.set(name, OrganisationJson.number(v)));
  }
}
