package org.partyorg.rules.liaoning.ledger;

import java.util.Optional;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;

/**
 * The class an organisation is filed under in the Liaoning "two coverages" ledger (实名台账, L13
 * of 辽组通字〔2016〕64号 三2: "按单独建立党组织、联合建立党组织、党的工作覆盖等分类建立台账").
 *
 * <p>Only {@code liaoning-2016} files organisations in such a ledger, so the class is not part
 * of the shared {@link Assessment}: the set's L13 finding carries it as the fact {@code ledgerClass},
 * whose value is the constant's {@link #name()} ({@code "JOINT"}), and {@link
 * #ledgerClass(Assessment)} reads it back.
 */
public enum LedgerClass {
  /** 单独建立党组织. */
  STANDALONE("单独建立党组织", "party organisation of its own"),
  /** 联合建立党组织. */
  JOINT("联合建立党组织", "joint party organisation"),
  /** A party organisation of another form (a functional one): the document's "等". */
  OTHER_PARTY_ORGANISATION("其他形式党组织", "party organisation of another form"),
  /** 党的工作覆盖: no party organisation, but an instructor and mass organisations. */
  WORK_COVERAGE("党的工作覆盖", "party work coverage"),
  /** Neither organisational nor complete work coverage: the "five clears" are recorded. */
  NOT_COVERED("未覆盖", "not covered");

  /** The name of the fact of the L13 finding that holds the class, as the constant's {@link #name()}. */
  public static final FactType FACT = named(FactType.code("ledgerClass", "台账分类", "ledger class"));

  // the set and rule that classify: liaoning-2016 (Notice64.SET_ID) and its rule L13 (LedgerRule)
  private static final String POLICY_SET_ID = "liaoning-2016";
  private static final String RULE_ID = "L13";

  private final String chineseName;
  private final String englishName;

  LedgerClass(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  private static FactType named(FactType fact) {
    FactType named = fact;
    for (LedgerClass ledgerClass : values()) {
      named = named.naming(ledgerClass.name(), ledgerClass.chineseName, ledgerClass.englishName);
    }
    return named;
  }

  /** The class as the ledger names it: 联合建立党组织. */
  public String chineseName() {
    return chineseName;
  }

  /** The class in English: joint party organisation. */
  public String englishName() {
    return englishName;
  }

  /**
   * The class {@code liaoning-2016} filed the assessed organisation under, read from its L13
   * finding; works on one set's assessment and on the evaluator's merge of several alike.
   *
   * @return empty when the assessment has no L13 finding of {@code liaoning-2016} (the set did
   *     not apply) or the finding is undecided because the facts to classify were not given
   * @throws IllegalArgumentException if that finding's {@code ledgerClass} fact names no class, which
   *     only a finding built by hand can do
   */
  public static Optional<LedgerClass> ledgerClass(Assessment assessment) {
    for (Finding finding : assessment.getFindings()) {
      if (finding.getRuleId().equals(RULE_ID) && finding.getPolicySetId().equals(POLICY_SET_ID)) {
        return finding.fact(FACT).map(LedgerClass::named);
      }
    }
    return Optional.empty();
  }

  private static LedgerClass named(Object value) {
    for (LedgerClass ledgerClass : values()) {
      if (ledgerClass.name().equals(value)) {
        return ledgerClass;
      }
    }
    throw new IllegalArgumentException(
        "the " + RULE_ID + " finding of " + POLICY_SET_ID + " has a " + FACT + " fact that names no ledger class");
  }
}
