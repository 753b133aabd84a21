package org.partyorg.rules.hubei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.hubei.cpa.CpaPlan;
import org.partyorg.rules.hubei.cpa.HubeiCpa2016;
import org.partyorg.rules.hubei.societies.HubeiSocieties2016;
import org.partyorg.rules.hubei.societies.SocietiesPlan;
import org.partyorg.rules.hubei.wuhan.Wuhan2016;
import org.partyorg.rules.hubei.wuhan.WuhanPlan;
import org.partyorg.rules.testkit.SourceTexts;

/**
 * Every citation a set can produce occurs word for word in its document: the citation
 * constants of each set, of its document and of every rule it runs, and every parameter's,
 * target's and phase's.
 */
class HubeiCitationsTest {
  private static final List<PolicySet> SETS =
      List.of(new Wuhan2016Provider(), new HubeiCpa2016Provider(), new HubeiSocieties2016Provider());

  static {
  }

  @Test
  void everyCitationConstantIsQuotedFromItsDocument() throws IllegalAccessException {
    int count = 0;
    for (Class<?> type : citationHolders()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == Citation.class && Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          Citation citation = (Citation) field.get(null);
          SourceTexts.assertQuoted(HubeiCitationsTest.class, citation);
          count++;
        }
      }
    }
    assertTrue(count >= 33, "expected the citation constants of all three sets, found " + count);
  }

  /** Each set's class, its document's class and the class of every rule it runs. */
  private static Set<Class<?>> citationHolders() {
    Set<Class<?>> types = new LinkedHashSet<>(List.of(
        Wuhan2016.class, WuhanPlan.class, HubeiCpa2016.class, CpaPlan.class, HubeiSocieties2016.class, SocietiesPlan.class));
    for (PolicySet set : SETS) {
      PolicySetBuilder.rulesOf(set).forEach(rule -> types.add(rule.getClass()));
    }
    return types;
  }

  @Test
  void everyParameterTargetAndPhaseIsQuoted() {
    for (PolicySet set : SETS) {
      List<Citation> citations = new ArrayList<>();
      set.parameters().stream().map(Parameter::getCitation).forEach(citations::add);
      set.targets().stream().map(Target::getCitations).forEach(citations::addAll);
      set.phases().stream().map(Phase::getCitation).forEach(citations::add);
      assertFalse(set.targets().isEmpty(), set.id());
      assertFalse(set.phases().isEmpty(), set.id());
      for (Citation citation : citations) {
        SourceTexts.assertQuoted(HubeiCitationsTest.class, citation);
        assertEquals(set.source(), citation.getDocument(), set.id() + " cites another document: " + citation);
      }
    }
  }

  @Test
  void aMisquoteIsCaught() {
    Citation wrong = Citation.of(WuhanPlan.DOCUMENT, "一", "职工40人以上的有党员");
    try {
      SourceTexts.assertQuoted(HubeiCitationsTest.class, wrong);
    } catch (AssertionError expected) {
      return;
    }
    throw new AssertionError("a sentence that is not in the document passed");
  }
}
