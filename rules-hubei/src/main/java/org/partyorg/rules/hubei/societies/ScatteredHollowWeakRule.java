package org.partyorg.rules.hubei.societies;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * S4: a society found "scattered, hollow, weak" (散、虚、弱) is to be decoupled, reorganised or
 * wound up under a plan made by law and its articles. The document sets no date for it, so
 * the finding has no deadline and is never overdue. The other rules still run: the document
 * does not take such a society out of the coverage base.
 */
final class ScatteredHollowWeakRule implements Rule {
  /** 四3. */
  static final Citation CITATION = SocietiesPlan.cite("四3",
      "对存在组织涣散、班子涣散，工作虚化、职务虚挂，工作手段、凝聚力和党建工作意识极度虚弱等“散、虚、弱”现象的学会，依法依章程制定计划，实现脱钩或重组淘汰");

  private static final MessageTemplate WIND_UP = SocietiesPlan.MESSAGES.template("S4.wind-up");
  /** 散、虚、弱: a society found scattered, hollow or weak (四3). */
  static final Trait SCATTERED_HOLLOW_WEAK = Trait.of("SCATTERED_HOLLOW_WEAK",
      "存在“散、虚、弱”现象的学会", "society found scattered, hollow or weak");
  /** 脱钩或重组淘汰 (四3: "实现脱钩或重组淘汰"). */
  static final RequiredAction REORGANISE_OR_WIND_UP =
      RequiredAction.of("REORGANISE_OR_WIND_UP", "脱钩或重组淘汰", "decouple the society, or reorganise or wind it up");
  private static final Set<RequiredAction> REORGANISE = Set.of(REORGANISE_OR_WIND_UP);

  private final FindingFactory findings;

  ScatteredHollowWeakRule() {
    this.findings = FindingFactory.of(SocietiesPlan.SET_ID, "S4", CITATION);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.hasTrait(SCATTERED_HOLLOW_WEAK)) {
      out.add(findings.violated(asOf, WIND_UP, REORGANISE, OrganisationFacts.traits(List.of(SCATTERED_HOLLOW_WEAK))));
    }
  }
}
