package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * W10: shell (空壳), zombie (僵尸) and shadow (影子) enterprises are removed from the base
 * ("剔除"), so they owe nothing under the document: the assessment says why instead. The
 * sentence speaks of the count of non-public enterprises only, so other categories with such
 * a trait are assessed as usual.
 */
final class OutsideBaseRule implements Rule {
  private static final MessageTemplate OUTSIDE = MessageTemplate.of(
      "属于{traits}企业，按本方案从党建基数中剔除，不提出组建要求。",
      "a {traits} enterprise: removed from the base by the document, so no obligation is raised.");

  private final FindingFactory findings;

  OutsideBaseRule(FindingFactory findings) {
    this.findings = findings;
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getCategory() != OrganisationCategory.NON_PUBLIC_ENTERPRISE) {
      return;
    }
    Set<Trait> outside = new java.util.LinkedHashSet<>();
    for (Trait trait : organisation.getTraits()) {
      if (Wuhan2016.OUTSIDE_BASE.contains(trait)) {
        outside.add(trait);
      }
    }
    if (!outside.isEmpty()) {
      out.add(findings.advisory(OUTSIDE, Set.of(), Fact.of(ModelFacts.TRAITS, outside)));
    }
  }
}
