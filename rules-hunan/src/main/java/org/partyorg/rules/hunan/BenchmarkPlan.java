package org.partyorg.rules.hunan;

import java.time.LocalDate;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.core.rule.FindingFactory;

/**
 * The document, file 001: 湖南省注册会计师资产评估行业开展“标杆引领”计划实施方案 with its task
 * guide (附件2), the set's id and the texts of its findings. Kept apart from the set and the rules
 * so that both can refer to them without a cycle between their static initialisers: each rule
 * quotes its sentences with {@link #cite}, makes its findings with {@link #findings} and takes
 * their texts with {@link #message}. The plan sets no deadline of its own (B15's is per
 * organisation, the end of its committee's term).
 */
final class BenchmarkPlan {
  /** The policy set id: fixed, callers store it. */
  static final String ID = "hunan-benchmark-2020";

  static final SourceDocument DOCUMENT = SourceDocument.builder()
      .file("001_1cd816a553e6ccbb.txt")
      .title("湖南省注册会计师资产评估行业开展“标杆引领”计划实施方案")
      .issuer("中共湖南省注册会计师资产评估行业委员会")
      .date(LocalDate.of(2020, 7, 24))
      .build();

  /**
   * The texts of the set's findings, {@code hunan-benchmark-2020_zh.properties} and
   * {@code _en.properties}, keyed by finding key and case ({@code B16.general-meeting.short});
   * codes are named by the set's vocabulary.
   */
  static final Messages MESSAGES = Messages.load(BenchmarkPlan.class, ID, () -> HunanBenchmark2020.VOCABULARY);

  private BenchmarkPlan() {}

  /** The template with this key, e.g. {@code B1.met}. */
  static MessageTemplate message(String key) {
    return MESSAGES.template(key);
  }

  /** A sentence of the plan, quoted word for word from {@code section}. */
  static Citation cite(String section, String quote) {
    return Citation.of(DOCUMENT, section, quote);
  }

  /** The findings of rule {@code ruleId}, which rests on one sentence: keyed by the id alone. */
  static FindingFactory findings(String ruleId, Citation citation) {
    return FindingFactory.of(ID, ruleId, citation);
  }

  /** The findings of one of several sentences of a rule, keyed {@code ruleId.keySuffix}. */
  static FindingFactory findings(String ruleId, String keySuffix, Citation citation) {
    return findings(ruleId, citation).keyed(keySuffix);
  }
}
