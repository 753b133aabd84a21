package org.partyorg.rules.examples.ownset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.rule.BaselineRules;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.PolicySetBuilder;

/**
 * The policy set {@code example-hightech-2026}: <b>示例文件（虚构，仅作演示）</b>，某高新区关于在
 * 高新技术企业建立党群服务站的通知. <b>The document is fictional</b>: it was written for this
 * example, no authority issued it, and its issuer (某高新区党工委), date and sentences are made
 * up. Its text is a test resource of this module
 * ({@code src/test/resources/policy-texts/example-hightech-2026.txt}), where a test checks that
 * every quoted sentence occurs in it.
 *
 * <p>It shows, in one small set, what a policy set of one's own needs and nothing in
 * {@code rules-api} or {@code rules-core} has to change for it:
 * <ul>
 *   <li><b>X1</b> ({@link StationRule}): a high-tech enterprise (a new {@linkplain #HIGH_TECH
 *       trait}) with 50 or more staff (a cited {@linkplain #STATION_STAFF parameter}) has a
 *       party-and-mass service station (a new {@linkplain #SERVICE_STATION extra fact}) by
 *       2026-12-31, or must set one up (a new {@linkplain #SET_UP_SERVICE_STATION action});
 *   <li><b>X2</b>: the baseline's N1 (3 formal members: a party organisation of its own),
 *       reused one by one under this document's own rule id, sentence and deadline;
 *   <li><b>X3</b>: a register-level target, 90% of those enterprises with a station.
 * </ul>
 *
 * <p>Jurisdiction: non-public enterprises under division 3201. In force from the notice's date,
 * 2026-03-01, with no end: an obligation unmet after its deadline is overdue, not void.
 */
final class HighTechStations2026 {
  /** The policy set id: fixed once released, callers store it. */
  static final String ID = "example-hightech-2026";

  static final SourceDocument DOCUMENT = SourceDocument.builder()
      .file("example-hightech-2026.txt")
      .title("示例文件（虚构，仅作演示）：某高新区关于在高新技术企业建立党群服务站的通知")
      .issuer("某高新区党工委")
      .date(LocalDate.of(2026, 3, 1))
      .build();

  // --- the words the document adds to the shared vocabulary ---------------------------------

  /** 建立党群服务站: what X1 asks of an enterprise without a station. */
  static final RequiredAction SET_UP_SERVICE_STATION = RequiredAction.of(
      "SET_UP_SERVICE_STATION", "建立党群服务站", "set up a party-and-mass service station");

  /** 高新技术企业: the enterprises X1 speaks to; a caller reports it as {@code Trait.of("HIGH_TECH")}. */
  static final Trait HIGH_TECH = Trait.of("HIGH_TECH", "高新技术企业", "high-tech enterprise");

  /**
   * Whether the enterprise has set up a party-and-mass service station: a fact the shared model
   * has no place for, given by a caller as the extra fact {@code serviceStation}
   * ({@link Boolean}); not given, it is unknown, never false. Its names are noun phrases because
   * the library's own texts put them into sentences: "缺少党群服务站建立情况，无法判断；请补报党群服务站建立情况。",
   * "The information on whether a party-and-mass service station is set up must be yes or no, got “yes”."
   */
  static final FactType SERVICE_STATION = FactType.flag(
      "serviceStation", "党群服务站建立情况", "information on whether a party-and-mass service station is set up");

  static final Vocabulary VOCABULARY = Vocabulary.builder()
      .actions(SET_UP_SERVICE_STATION)
      .traits(HIGH_TECH)
      .facts(SERVICE_STATION)
      .build();

  /**
   * The texts of the set's findings, in {@code META-INF/partyorg-rules/messages/example-hightech-2026_zh.properties}
   * and {@code _en.properties}; the vocabulary names the codes they show.
   */
  static final Messages MESSAGES = Messages.load(HighTechStations2026.class, ID, () -> VOCABULARY);

  // --- the rules, each beside the sentence it rests on --------------------------------------

  /** 一: X1, the station. */
  static final Citation X1 = cite("一", "职工人数50人以上的高新技术企业，应当于2026年12月31日前建立党群服务站。");
  static final LocalDate X1_DEADLINE = LocalDate.of(2026, 12, 31);
  /** The key of X1's staff threshold among the set's parameters. */
  static final String STATION_STAFF = "stationStaffThreshold";

  /** 二: X2, the baseline's N1 in this document's words. */
  static final Citation X2 = cite("二", "区内非公有制企业有3名以上正式党员的，应当于2026年9月30日前单独建立党组织。");
  static final LocalDate X2_DEADLINE = LocalDate.of(2026, 9, 30);

  /** 三: X3, the register-level target. */
  static final Citation X3 = cite("三", "到2026年底，职工人数50人以上的高新技术企业党群服务站建站率达到90%以上。");
  static final String STATION_COVERAGE = "stationCoverageRate";

  // every number and date a rule or target uses is a parameter, cited to its sentence
  static final Parameter STATION_STAFF_THRESHOLD = Parameter.of(STATION_STAFF, 50, "headCount", X1);
  static final Parameter STANDALONE_MEMBERS = Parameter.of(BaselineRules.STANDALONE_THRESHOLD, 3, "formalMembers", X2);
  static final Parameter STATION_COVERAGE_RATE = Parameter.rate(STATION_COVERAGE, new BigDecimal("0.90"), X3);
  static final Parameter STATION_DEADLINE = Parameter.date("stationDeadline", X1_DEADLINE, X1);
  static final Parameter STANDALONE_DEADLINE = Parameter.date("standaloneDeadline", X2_DEADLINE, X2);

  private HighTechStations2026() {}

  static PolicySet build() {
    // declared once: the set rebuilds itself from its parameters for a what-if (withOverrides)
    return PolicySetBuilder.overridable(ID, List.of(STATION_STAFF_THRESHOLD, STANDALONE_MEMBERS,
        STATION_COVERAGE_RATE, STATION_DEADLINE, STANDALONE_DEADLINE), HighTechStations2026::build);
  }

  private static PolicySet build(ParameterValues values) {
    return PolicySetBuilder.create(ID)
        .source(DOCUMENT)
        .jurisdiction(Jurisdiction.of("3201", EnumSet.of(OrganisationCategory.NON_PUBLIC_ENTERPRISE)))
        .effectivePeriod(EffectivePeriod.from(DOCUMENT.getDate()))
        .parameters(values.all())
        .vocabulary(VOCABULARY)
        .messages(MESSAGES)
        .targets(Target.builder()
            .ruleId("X3")
            .key("stationCoverage")
            .descriptionZh("到2026年底，职工人数50人以上的高新技术企业党群服务站建站率达到90%以上。")
            .descriptionEn("By the end of 2026, 90% or more of the high-tech enterprises with 50 or more staff have a"
                + " party-and-mass service station.")
            .rate(values.value(STATION_COVERAGE_RATE))
            .baseCategories(EnumSet.of(OrganisationCategory.NON_PUBLIC_ENTERPRISE))
            .deadline(values.date(STATION_DEADLINE))
            .addCitations(X3)
            .build())
        .rules(
            // each rule's factory names the parameters it reads, values in effect (a what-if's)
            new StationRule(FindingFactory.of(ID, "X1", X1, values.get(STATION_DEADLINE))
                    .reads(values.get(STATION_STAFF_THRESHOLD)),
                values.intValue(STATION_STAFF_THRESHOLD)),
            BaselineRules.standaloneRule(FindingFactory.of(ID, "X2", X2, values.get(STANDALONE_DEADLINE)),
                values.get(STANDALONE_MEMBERS)))
        .build();
  }

  static Citation cite(String section, String quote) {
    return Citation.of(DOCUMENT, section, quote);
  }
}
