package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.model.PartyOrganisationForm;

/**
 * The document and its dates, kept apart from the set and the rules so that both can refer to
 * them without a cycle between their static initialisers.
 */
final class Notice64 {
  /** The policy set id: fixed, callers store it. */
  static final String SET_ID = "liaoning-2016";

  /**
   * The texts of the set's findings, {@code META-INF/partyorg-rules/messages/liaoning-2016_zh.properties}
   * and {@code _en.properties}, keyed {@code <finding key>.<case>}; the vocabulary names the
   * set's own actions and traits.
   */
  static final Messages MESSAGES = Messages.load(Notice64.class, SET_ID, () -> LiaoningVocabulary.VOCABULARY);

  /**
   * The forms that count as "having a party organisation" (建立党组织) in this document: own,
   * joint, or functional. A council-level work group is not a party organisation.
   */
  static final Set<PartyOrganisationForm> PARTY_ORGANISATION_FORMS =
      Collections.unmodifiableSet(EnumSet.of(PartyOrganisationForm.STANDALONE,
          PartyOrganisationForm.JOINT, PartyOrganisationForm.FUNCTIONAL));

  static final SourceDocument SOURCE =
      SourceDocument.builder()
          .file("004_eef17925aec6244e.txt")
          .title("中共辽宁省委组织部关于实施“百日攻坚行动”集中推进全省非公有制企业、社会组织党建工作“两个覆盖”的通知")
          .issuer("中共辽宁省委组织部")
          .number("辽组通字〔2016〕64号")
          .date(LocalDate.of(2016, 8, 3))
          .build();

  /**
   * 一: the campaign runs "2016年8月初至11月上旬"; 上旬 ends on the 10th. Kept as a phase; the
   * per-organisation deadline is {@link #REPORT_DEADLINE}.
   */
  static final LocalDate CAMPAIGN_END = LocalDate.of(2016, 11, 10);

  /**
   * The closing paragraph: results are reported by 2016-11-30. The document gives no other date
   * for the coverage obligations of 二 and the measures of 三, so this is their deadline.
   */
  static final LocalDate REPORT_DEADLINE = LocalDate.of(2016, 11, 30);

  /** 三2: the ledger and the "five clears", "（9月底完成）". */
  static final LocalDate LEDGER_DEADLINE = LocalDate.of(2016, 9, 30);

  /** 二: provincial decoupled associations adjust their affiliation "在9月底之前". */
  static final LocalDate DECOUPLED_PROVINCIAL_DEADLINE = LocalDate.of(2016, 9, 30);

  /** 二: lower-level decoupled associations "在年底前". */
  static final LocalDate DECOUPLED_BELOW_DEADLINE = LocalDate.of(2016, 12, 31);

  static final Citation CAMPAIGN_PERIOD = cite("一", "2016年8月初至11月上旬。");

  static final Citation REPORT =
      cite("末段", "各地、各有关部门实施“百日攻坚行动”推进“两个覆盖”情况，请于2016年11月30前报送省委组织部。");

  private Notice64() {}

  static Citation cite(String section, String quote) {
    return Citation.of(SOURCE, section, quote);
  }
}
