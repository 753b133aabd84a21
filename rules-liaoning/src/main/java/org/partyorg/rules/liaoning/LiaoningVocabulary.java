package org.partyorg.rules.liaoning;

import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.liaoning.ledger.LedgerClass;
import org.partyorg.rules.api.model.Trait;

/**
 * The actions and traits the Liaoning notice adds to the shared ones, declared once; the set
 * lists them in its {@link Vocabulary}. Kept apart from the set class so that the rules can read
 * them while the set is being built.
 */
final class LiaoningVocabulary {
  /** 脱钩行业协会商会 (L8): an association decoupled from its administrative body. */
  static final Trait DECOUPLED = Trait.of("DECOUPLED", "脱钩行业协会商会", "decoupled industry association or chamber of commerce");

  /** 配备专职副书记 (L10). */
  static final RequiredAction APPOINT_FULL_TIME_DEPUTY_SECRETARY =
      RequiredAction.of("APPOINT_FULL_TIME_DEPUTY_SECRETARY", "配备专职副书记", "appoint a full-time deputy secretary");
  /** 建立党群工作部 (L10). */
  static final RequiredAction SET_UP_PARTY_AND_MASS_WORK_DEPARTMENT = RequiredAction.of(
      "SET_UP_PARTY_AND_MASS_WORK_DEPARTMENT", "建立党群工作部", "set up a party-and-mass work department");
  /** 配备专职党务干事 (L10). */
  static final RequiredAction ASSIGN_PARTY_AFFAIRS_STAFF =
      RequiredAction.of("ASSIGN_PARTY_AFFAIRS_STAFF", "配备专职党务干事", "appoint full-time party affairs staff");
  /** 落实党建工作经费 (L11). */
  static final RequiredAction BUDGET_PARTY_BUILDING_FUND =
      RequiredAction.of("BUDGET_PARTY_BUILDING_FUND", "落实党建工作经费", "budget the party-building fund");
  /** 建立党群活动服务中心 (L12). */
  static final RequiredAction SET_UP_SERVICE_CENTRE =
      RequiredAction.of("SET_UP_SERVICE_CENTRE", "建立党群活动服务中心", "set up a party-and-mass activity service centre");
  /** 做到“五个清” (L13): record the facts the ledger asks of an organisation without a party organisation. */
  static final RequiredAction RECORD_LEDGER_FACTS =
      RequiredAction.of("RECORD_LEDGER_FACTS", "做到“五个清”并登记在册", "record the “five clears” in the real-name ledger");

  static final Vocabulary VOCABULARY = Vocabulary.builder()
      .traits(DECOUPLED)
      .actions(APPOINT_FULL_TIME_DEPUTY_SECRETARY, SET_UP_PARTY_AND_MASS_WORK_DEPARTMENT, ASSIGN_PARTY_AFFAIRS_STAFF,
          BUDGET_PARTY_BUILDING_FUND, SET_UP_SERVICE_CENTRE, RECORD_LEDGER_FACTS)
      .derivedFacts(PartyBuildingFundRule.REQUIRED, PartyBuildingFundRule.SHORTFALL, PartyBuildingFundRule.RATE,
          LedgerClass.FACT)
      .build();

  private LiaoningVocabulary() {}
}
