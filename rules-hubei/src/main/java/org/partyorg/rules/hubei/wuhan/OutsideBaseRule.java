package org.partyorg.rules.hubei.wuhan;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * W10: shell (空壳), zombie (僵尸) and shadow (影子) enterprises are removed from the base
 * ("剔除"), so they owe nothing under the document: the assessment says why instead. The
 * sentence speaks of the count of non-public enterprises only, so other categories with such
 * a trait are assessed as usual. The W1 and W11 targets leave the same traits out of their base.
 */
final class OutsideBaseRule implements Rule {
  /** 三（二）. */
  static final Citation CITATION = WuhanPlan.cite("三（二）",
      "工商部门负责配合组织部门核实非公经济组织底数，剔除有名无实的“空壳”企业、久不运转的“僵尸”企业、多重注册的“影子”企业等");

  /** 有名无实的“空壳”企业. */
  static final Trait SHELL = Trait.of("SHELL", "有名无实的“空壳”企业", "shell enterprise (in name only)");
  /** 久不运转的“僵尸”企业. */
  static final Trait ZOMBIE = Trait.of("ZOMBIE", "久不运转的“僵尸”企业", "zombie enterprise (long inactive)");
  /** 多重注册的“影子”企业. */
  static final Trait SHADOW = Trait.of("SHADOW", "多重注册的“影子”企业", "shadow enterprise (registered more than once)");
  /** The traits that take an enterprise out of the base. */
  static final Set<Trait> OUTSIDE_BASE =
      Collections.unmodifiableSet(new LinkedHashSet<>(List.of(SHELL, ZOMBIE, SHADOW)));

  private static final MessageTemplate OUTSIDE = WuhanPlan.MESSAGES.template("W10.outside-base");

  private final FindingFactory findings;

  OutsideBaseRule() {
    this.findings = FindingFactory.of(WuhanPlan.SET_ID, "W10", CITATION);
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
    Set<Trait> outside = new LinkedHashSet<>();
    for (Trait trait : organisation.getTraits()) {
      if (OUTSIDE_BASE.contains(trait)) {
        outside.add(trait);
      }
    }
    if (!outside.isEmpty()) {
      out.add(findings.advisory(OUTSIDE, Set.of(), OrganisationFacts.traits(outside)));
    }
  }
}
