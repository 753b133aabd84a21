package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;
import org.partyorg.rules.liaoning.ledger.LedgerClass;

/**
 * L13: the ledger (实名台账) files each organisation as standalone, joint or work coverage, and
 * for one without a party organisation records the "five clears" (五个清: operations, workforce,
 * members, investor, why there is no organisation) by 2016-09-30.
 *
 * <p>The finding carries the class as the fact {@code ledgerClass}, by the constant's name
 * ({@code "JOINT"}): callers read it back with {@link LedgerClass#ledgerClass}, since the class is
 * Liaoning's alone and the shared assessment has no field for it. Each class has its own text
 * ({@code L13.classes.joint}), which names the class in words. The ledger is the
 * organisation department's work, not the organisation's duty, so an organisation without a
 * party organisation gets advice to have its five clears recorded, never a violation; one with
 * a party organisation is simply filed.
 */
final class LedgerRule implements Rule {
  static final Citation CLASS_CITATION =
      Notice64.cite("三2", "按单独建立党组织、联合建立党组织、党的工作覆盖等分类建立台账，真实反映党建工作的有关情况。");
  static final Citation FIVE_CLEARS_CITATION =
      Notice64.cite("三2", "二是对尚未建立党组织的，要做到“五个清”，即经营运行情况清、职工队伍情况清、党员队伍情况清、出资人（负责人）情况清、未建党组织原因清，并将摸底情况登记在册。");

  private static final Set<RequiredAction> RECORD = Set.of(LiaoningVocabulary.RECORD_LEDGER_FACTS);

  private final FindingFactory filed;
  private final FindingFactory fiveClears;
  // a finding here depends on the ledger class alone, never on the date: one per class, shared
  private final Map<LedgerClass, Finding> byClass = new EnumMap<>(LedgerClass.class);

  /** @param deadline the ledger's date ("（9月底完成）") */
  LedgerRule(Parameter deadline) {
    this.filed = FindingFactory.of(Notice64.SET_ID, "L13", CLASS_CITATION, deadline).keyed("classes");
    this.fiveClears = FindingFactory.of(Notice64.SET_ID, "L13", FIVE_CLEARS_CITATION, deadline).keyed("five-clears");
    for (LedgerClass ledgerClass : LedgerClass.values()) {
      Fact fact = Fact.of(LedgerClass.FACT, ledgerClass.name());
      byClass.put(ledgerClass, ledgerClass == LedgerClass.WORK_COVERAGE || ledgerClass == LedgerClass.NOT_COVERED
          ? fiveClears.advisory(Notice64.MESSAGES.template(fiveClears.key() + "." + textCase(ledgerClass)), RECORD, fact)
          : filed.satisfied(Notice64.MESSAGES.template(filed.key() + "." + textCase(ledgerClass)), fact));
    }
  }

  /**
   * The case of the class's text ({@code L13.classes.joint}): the texts name the class, since the
   * fact holds the constant's name, which is data.
   */
  private static String textCase(LedgerClass ledgerClass) {
    return ledgerClass.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String id() {
    return "L13";
  }

  @Override
  public List<String> keys() {
    return Rule.keysOf(filed, fiveClears);
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Optional<LedgerClass> ledgerClass = Ledger.classify(organisation);
    if (ledgerClass.isEmpty()) {
      FactType missing = organisation.getPartyOrganisation().isEmpty() ? ModelFacts.PARTY_ORGANISATION : ModelFacts.WORK_COVERAGE;
      out.add(filed.undecided(List.of(missing), Fact.unknown(missing)));
      return;
    }
    out.add(byClass.get(ledgerClass.get()));
  }
}
