package org.partyorg.rules.liaoning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactKind;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Sector;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * L11: the party-building fund (党建工作经费), budgeted as a management expense: non-public
 * enterprises and social organisations that collect no membership dues budget 1% of the
 * year's total wages (职工年度工资薪金总额); social organisations that collect dues, 1% of the
 * year's dues income (会费总额).
 *
 * <p><b>Amounts and rounding.</b> Money is {@code BigDecimal} yuan. The required amount is
 * the base times the rate, <em>exact</em> and never rounded (1% of 12,345.67 is 123.4567):
 * the document sets a floor, so the budget is compared with the floor itself, and a budget of
 * 123.45 against 123.4567 is short. The shortfall is the one figure rounded: up to the fen
 * (0.01 yuan, {@link RoundingMode#CEILING}), because the fen is the smallest sum that can be
 * budgeted and adding the stated shortfall must be enough to meet the floor — rounding half-up
 * would state a shortfall of 0.00 for a budget that is still short. The budgeted amount is
 * reported as given.
 *
 * <p>"缴纳会费的社会组织" (literally "social organisations that pay dues") is read as
 * organisations whose members pay dues to them, i.e. that collect dues: the base is their dues
 * income, and the model's {@code collectsDues} says which case applies. The rule applies to
 * every organisation in the set's scope, with or without a party organisation, as the sentence
 * names them by kind only.
 */
final class PartyBuildingFundRule implements Rule {
  static final Citation WAGES_CITATION =
      Notice64.cite("三5", "非公有制企业和不缴纳会费的社会组织，按照职工年度工资薪金总额1%标准落实；");
  static final Citation DUES_CITATION = Notice64.cite("三5", "缴纳会费的社会组织，按照会费总额1%标准落实。");
  static final Citation WHOLE_CITATION =
      Notice64.cite("三5", "非公有制企业和不缴纳会费的社会组织，按照职工年度工资薪金总额1%标准落实；缴纳会费的社会组织，按照会费总额1%标准落实。");

  static final FactType WAGES = ModelFacts.ANNUAL_WAGES;
  static final FactType DUES_INCOME = ModelFacts.ANNUAL_DUES_INCOME;
  static final FactType COLLECTS_DUES = ModelFacts.COLLECTS_DUES;
  static final FactType BUDGET = ModelFacts.PARTY_BUILDING_BUDGET;
  /** The fund the rate asks for: the base times the rate, exact (texts show it to the fen). */
  static final FactType REQUIRED = FactType.amount("requiredFund", "应落实的党建工作经费", "party-building fund required");
  /** What the budget lacks of the fund required. */
  static final FactType SHORTFALL = FactType.amount("shortfall", "党建工作经费缺口", "shortfall in the party-building fund");
  /** The rate of the base the fund must reach, in percent. */
  static final FactType RATE =
      FactType.of("fundRate", FactKind.RATE, Unit.PERCENT, "党建工作经费比例", "rate of the party-building fund");

  private static final BigDecimal FEN = new BigDecimal("0.01");
  private static final Set<RequiredAction> BUDGET_FUND = Set.of(LiaoningVocabulary.BUDGET_PARTY_BUILDING_FUND);
  private static final MessageTemplate WAGES_MET = Notice64.MESSAGES.template("L11.wages.met");
  private static final MessageTemplate WAGES_SHORT = Notice64.MESSAGES.template("L11.wages.short");
  private static final MessageTemplate DUES_MET = Notice64.MESSAGES.template("L11.dues.met");
  private static final MessageTemplate DUES_SHORT = Notice64.MESSAGES.template("L11.dues.short");

  private final FindingFactory byWages;
  private final FindingFactory byDues;
  private final FindingFactory undetermined;
  private final BigDecimal wagesRate;
  private final BigDecimal duesRate;

  private final Fact wagesRateFact;
  private final Fact duesRateFact;
  private final FindingFactory.Prepared wagesMetFinding;
  private final FindingFactory.Prepared wagesShortFinding;
  private final FindingFactory.Prepared duesMetFinding;
  private final FindingFactory.Prepared duesShortFinding;

  PartyBuildingFundRule(Parameter wages, Parameter dues, Parameter deadline) {
    this.byWages = FindingFactory.of(Notice64.SET_ID, "L11", WAGES_CITATION, deadline).reads(wages).keyed("wages");
    this.byDues = FindingFactory.of(Notice64.SET_ID, "L11", DUES_CITATION, deadline).reads(dues).keyed("dues");
    this.undetermined = FindingFactory.of(Notice64.SET_ID, "L11", WHOLE_CITATION, deadline).keyed("whole");
    BigDecimal wagesRate = wages.getValue();
    BigDecimal duesRate = dues.getValue();
    this.wagesRate = wagesRate;
    this.duesRate = duesRate;
    this.wagesRateFact = rateFact(wagesRate);
    this.duesRateFact = rateFact(duesRate);
    // the facts are computed when read: the amounts, the floor and the shortfall
    this.wagesMetFinding = byWages.prepareSatisfied(WAGES_MET, (o, d) -> facts(o, false, false));
    this.wagesShortFinding = byWages.prepareViolated(WAGES_SHORT, BUDGET_FUND, (o, d) -> facts(o, false, true));
    this.duesMetFinding = byDues.prepareSatisfied(DUES_MET, (o, d) -> facts(o, true, false));
    this.duesShortFinding = byDues.prepareViolated(DUES_SHORT, BUDGET_FUND, (o, d) -> facts(o, true, true));
  }

  private static Fact rateFact(BigDecimal rate) {
    return Fact.of(RATE, rate.movePointRight(2).stripTrailingZeros());
  }

  /** The facts of a finding whose base and budget are given. */
  private Fact[] facts(Organisation organisation, boolean onDues, boolean isShort) {
    Finances finances = organisation.getFinances().get();
    BigDecimal base = (onDues ? finances.getAnnualDuesIncome() : finances.getAnnualWages()).get();
    BigDecimal budget = finances.getPartyBuildingBudget().get();
    BigDecimal required = requiredFund(base, onDues ? duesRate : wagesRate);
    Fact[] facts = {
      Fact.of(onDues ? DUES_INCOME : WAGES, base), onDues ? duesRateFact : wagesRateFact,
      Fact.of(REQUIRED, required), Fact.of(BUDGET, budget, required), null
    };
    if (!isShort) {
      return Arrays.copyOf(facts, 4);
    }
    facts[4] = Fact.of(SHORTFALL, shortfall(required, budget));
    return facts;
  }

  @Override
  public String id() {
    return "L11";
  }

  @Override
  public List<String> keys() {
    return Rule.keysOf(byWages, byDues, undetermined);
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Sector sector = organisation.sector();
    if (sector != Sector.NON_PUBLIC_ECONOMY && sector != Sector.SOCIAL_ORGANISATION) {
      return;
    }
    if (organisation.getFinances().isEmpty()) {
      FindingFactory findings = sector == Sector.NON_PUBLIC_ECONOMY ? byWages : undetermined;
      out.add(findings.undecided(List.of(ModelFacts.FINANCES), Fact.unknown(ModelFacts.FINANCES)));
      return;
    }
    Finances finances = organisation.getFinances().get();
    boolean onDues;
    if (sector == Sector.NON_PUBLIC_ECONOMY) {
      onDues = false;
    } else if (finances.getCollectsDues().isEmpty()) {
      out.add(undetermined.undecided(List.of(COLLECTS_DUES), OrganisationFacts.of(COLLECTS_DUES, finances.getCollectsDues())));
      return;
    } else {
      onDues = finances.getCollectsDues().get();
    }
    FindingFactory findings = onDues ? byDues : byWages;
    FactType baseName = onDues ? DUES_INCOME : WAGES;
    Optional<BigDecimal> base = onDues ? finances.getAnnualDuesIncome() : finances.getAnnualWages();
    BigDecimal rate = onDues ? duesRate : wagesRate;
    Fact rateFact = onDues ? duesRateFact : wagesRateFact;
    if (base.isEmpty()) {
      out.add(findings.undecided(List.of(baseName), OrganisationFacts.of(baseName, base), rateFact));
      return;
    }
    BigDecimal required = requiredFund(base.get(), rate);
    Optional<BigDecimal> budget = finances.getPartyBuildingBudget();
    if (budget.isEmpty()) {
      out.add(findings.undecided(List.of(BUDGET), Fact.of(baseName, base.get()), rateFact, Fact.of(REQUIRED, required),
          Fact.unknown(BUDGET)));
      return;
    }
    boolean met = budget.get().compareTo(required) >= 0;
    FindingFactory.Prepared finding = onDues
        ? (met ? duesMetFinding : duesShortFinding)
        : (met ? wagesMetFinding : wagesShortFinding);
    out.add(finding.of(organisation, asOf));
  }

  /** The base times the rate, exact: the floor the document sets. */
  static BigDecimal requiredFund(BigDecimal base, BigDecimal rate) {
    return base.multiply(rate);
  }

  /** What is missing, rounded up to the fen so that budgeting it meets the floor. */
  static BigDecimal shortfall(BigDecimal required, BigDecimal budget) {
    return required.subtract(budget).setScale(FEN.scale(), RoundingMode.CEILING);
  }
}
