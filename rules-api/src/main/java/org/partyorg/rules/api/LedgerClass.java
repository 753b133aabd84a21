package org.partyorg.rules.api;

/**
 * The class an organisation is filed under in a "two coverages" ledger (实名台账, Liaoning
 * L13: "按单独建立党组织、联合建立党组织、党的工作覆盖等分类建立台账").
 */
public enum LedgerClass {
  /** 单独建立党组织. */
  STANDALONE("单独建立党组织"),
  /** 联合建立党组织. */
  JOINT("联合建立党组织"),
  /** A party organisation of another form (a functional one). */
  OTHER_PARTY_ORGANISATION("其他形式党组织"),
  /** 党的工作覆盖: no party organisation, but an instructor and mass organisations. */
  WORK_COVERAGE("党的工作覆盖"),
  /** Neither organisational nor complete work coverage: the "five clears" are recorded. */
  NOT_COVERED("未覆盖");

  private final String chineseName;

  LedgerClass(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
