package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.core.Evaluator;

/**
 * Every parameter of every set states its unit: a count in persons, organisations, items,
 * times or years, a rate as a share; only a factor (Liaoning's doubling) and the deadlines, which
 * are dates, have none. An override keeps the unit and the kind.
 */
class ParameterUnitsTest {
  @Test
  void everyParameterCarriesItsUnitAndAWhatIfKeepsIt() {
    Map<String, Unit> none = new TreeMap<>();
    for (PolicySet set : Evaluator.discover().policySets()) {
      for (Parameter parameter : set.parameters()) {
        if (parameter.kind() == Parameter.Kind.DATE) {
          assertEquals(Unit.NONE, parameter.getUnit(), parameter::toString);
          Parameter moved = parameter.withOverride(parameter.getDate().orElseThrow().plusDays(1));
          assertEquals(Parameter.Kind.DATE, moved.kind());
          assertEquals(parameter.getDate().orElseThrow().plusDays(1), moved.getDate().orElseThrow());
          continue;
        }
        if (parameter.getUnit() == Unit.NONE) {
          none.put(set.id() + "/" + parameter.getKey(), parameter.getUnit());
        }
        if (parameter.getUnit() == Unit.SHARE) {
          assertTrue(parameter.getValue().compareTo(BigDecimal.ONE) <= 0, parameter::toString);
        }
        assertEquals(parameter.getUnit(), parameter.withOverride(parameter.getValue()).getUnit());
        assertEquals(parameter.kind(), parameter.withOverride(parameter.getValue()).kind());
      }
    }
    assertEquals(Map.of("liaoning-2016/jointOrganisationGrowthFactor", Unit.NONE), none);
  }
}
