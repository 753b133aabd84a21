package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.Facility;
import org.partyorg.rules.api.model.Institution;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * "At least N of a listed set in place", read from the activity record as on its last day:
 * B20 (附件2 5(1)), at least 8 of the institutions listed; B22 (附件2 3(1)), every facility
 * of the "三个有". Only the listed items count: the list of institutions ends in "等" (and so
 * on), but an unnamed institution cannot be told apart from a listed one under another name.
 */
final class InventoryRule<E extends Enum<E>> implements Rule {
  // --- B20 (附件2 5(1)) ---

  static final Citation B20 = BenchmarkPlan.cite("附件2 5（1）", "至少建立有8项制度，且制度有效运行");
  static final Parameter INSTITUTIONS = Parameter.of("minimumInstitutions", 8, PartyFacts.RECORD + ".institutions", B20);

  /** 建立健全党建工作制度. */
  static final RequiredAction ESTABLISH_INSTITUTIONS =
      RequiredAction.of("ESTABLISH_INSTITUTIONS", "建立健全党建工作制度", "put the required party-building rules in place");

  /** B20: at least {@link #INSTITUTIONS} institutions. */
  static InventoryRule<Institution> b20Institutions(ParameterValues values) {
    return new InventoryRule<>(BenchmarkPlan.findings("B20", B20), Institution.class, ActivityRecord::getInstitutions,
        ModelFacts.INSTITUTIONS, Optional.of(values.get(INSTITUTIONS)), ESTABLISH_INSTITUTIONS);
  }

  // --- B22 (附件2 3(1)) ---

  static final Citation B22 = BenchmarkPlan.cite("附件2 3（1）", "党务工作机构有挂牌、党员活动有场地、党员活动室有党旗、桌椅、党建书籍");

  /** 落实党建阵地设施: the plaque, venue and activity-room furnishings. */
  static final RequiredAction PROVIDE_FACILITIES =
      RequiredAction.of("PROVIDE_FACILITIES", "落实党建阵地设施",
          "provide the party-building facilities: a plaque, a venue and the activity room’s furnishings");

  /** B22: every facility. */
  static InventoryRule<Facility> b22Facilities() {
    return new InventoryRule<>(BenchmarkPlan.findings("B22", B22), Facility.class, ActivityRecord::getFacilities,
        ModelFacts.FACILITIES, Optional.empty(), PROVIDE_FACILITIES);
  }

  // --- the logic ---

  private final FindingFactory findings;
  private final Class<E> type;
  private final Function<ActivityRecord, Optional<Set<E>>> read;
  private final FactType fact;
  private final Optional<Parameter> minimum;
  private final RequiredAction action;
  private final MessageTemplate met;
  private final MessageTemplate short_;

  /** @param findings keyed as the texts are: {@code key.met} and {@code key.short} */
  private InventoryRule(FindingFactory findings, Class<E> type, Function<ActivityRecord, Optional<Set<E>>> read,
      FactType fact, Optional<Parameter> minimum, RequiredAction action) {
    this.findings = minimum.map(findings::reads).orElse(findings);
    this.type = type;
    this.read = read;
    this.fact = fact;
    this.minimum = minimum;
    this.action = action;
    this.met = BenchmarkPlan.message(findings.key() + ".met");
    this.short_ = BenchmarkPlan.message(findings.key() + ".short");
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Optional<ActivityRecord> record = PartyFacts.record(organisation, findings, out);
    if (record.isEmpty()) {
      return;
    }
    Optional<Set<E>> present = read.apply(record.get());
    if (present.isEmpty()) {
      out.add(findings.undecided(List.of(fact), Fact.unknown(fact)));
      return;
    }
    Set<E> absent = EnumSet.allOf(type);
    absent.removeAll(present.get());
    int needed = minimum.map(Parameter::intValue).orElse(type.getEnumConstants().length);
    Fact count = Fact.of(fact, present.get().size(), needed);
    // the constants, not their names: a text names each by the model's name (党风廉政建设制度)
    Fact absentFact = Fact.of(PartyFacts.ABSENT, Labels.of(List.copyOf(absent)));
    out.add(present.get().size() >= needed
        ? findings.satisfied(met, count, absentFact)
        : findings.violated(asOf, short_, Set.of(action), count, absentFact));
  }
}
