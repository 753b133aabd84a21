package org.partyorg.rules.register;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.core.Evaluator;

/** Records to build registers from, and the evaluator over every set on the test class path. */
final class Registers {
  static final Evaluator EVALUATOR = Evaluator.discover();
  static final LocalDate AS_OF = LocalDate.of(2016, 12, 1);
  /** Wuhan, Wuchang district. */
  static final String WUCHANG = "420106";
  /** Wuhan, Hongshan district. */
  static final String HONGSHAN = "420111";
  /** Yichang, Hubei, outside Wuhan. */
  static final String YICHANG = "420502";
  /** Shenyang, Liaoning. */
  static final String SHENYANG = "210102";
  /** Changsha, Hunan: no 2016 set. */
  static final String CHANGSHA = "430102";

  static final String WUHAN = "wuhan-2016";
  static final String SOCIETIES = "hubei-science-societies-2016";
  static final String CPA = "hubei-cpa-2016";
  static final String LIAONING = "liaoning-2016";

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private Registers() {}

  static Organisation.Builder organisation(OrganisationCategory category, String division) {
    String first17 = "91" + division + String.format(Locale.ROOT, "MA%07d", SERIAL.incrementAndGet());
    return Organisation.builder()
        .creditCode(first17 + UnifiedSocialCreditCode.checkCharacter(first17))
        .name("测试" + category.chineseName())
        .category(category)
        .divisionCode(division);
  }

  static PartyOrganisation branch() {
    return PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH);
  }
}
