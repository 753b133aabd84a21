package org.partyorg.rules.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.testkit.SourceTexts;

/** Every citation the set can produce quotes the notice word for word. */
class CitationsTest {
  /** Every {@code Citation} constant of the set's classes: the rules' and the document's. */
  private static List<Citation> citationConstants() throws IllegalAccessException {
    List<Citation> citations = new ArrayList<>();
    for (Class<?> type : List.of(Notice64.class, Liaoning2016.class, OwnOrganisationRule.class,
        JointEnterpriseCapRule.class, SocialOrganisationRule.class, DecoupledAssociationRule.class,
        DeputySecretaryRule.class, PartyAffairsStaffRule.class, PartyBuildingFundRule.class,
        ParkServiceCentreRule.class, LedgerRule.class)) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == Citation.class && Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          citations.add((Citation) field.get(null));
        }
      }
    }
    return citations;
  }

  @Test
  void everyCitationConstantIsQuotedFromTheNotice() throws IllegalAccessException {
    List<Citation> citations = citationConstants();
    assertTrue(citations.size() >= 20, () -> "found only " + citations.size() + " citations");
    for (Citation citation : citations) {
      assertEquals(Fixtures.SET.source(), citation.getDocument());
      SourceTexts.assertQuoted(CitationsTest.class, citation);
    }
  }

  @Test
  void everyParameterTargetAndPhaseIsQuotedFromTheNotice() {
    for (Parameter parameter : Fixtures.SET.parameters()) {
      SourceTexts.assertQuoted(CitationsTest.class, parameter.getCitation());
    }
    for (Target target : Fixtures.SET.targets()) {
      target.getCitations().forEach(c -> SourceTexts.assertQuoted(CitationsTest.class, c));
    }
    for (Phase phase : Fixtures.SET.phases()) {
      SourceTexts.assertQuoted(CitationsTest.class, phase.getCitation());
    }
  }

  @Test
  void aMisquoteIsCaught() {
    Citation misquote = Notice64.cite("二", "职工人数80人以上的全部单独组建党组织");
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> SourceTexts.assertQuoted(CitationsTest.class, misquote));
    assertTrue(e.getMessage().contains("004_eef17925aec6244e.txt"), e.getMessage());
  }
}
