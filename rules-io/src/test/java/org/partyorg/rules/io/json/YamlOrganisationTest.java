package org.partyorg.rules.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The same reader over a YAML tree, as the analysts' case tables use it. */
class YamlOrganisationTest {
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final JsonFormat JSON = JsonFormat.create();

  @Test
  void readsAnOrganisationWrittenInYaml() {
    JsonNode node = YAML.readTree(String.join("\n",
        "creditCode: 91420106MA4KTEXT1G",
        "name: 武汉某科技有限公司",
        "category: NON_PUBLIC_ENTERPRISE",
        "divisionCode: \"420106\"",
        "headCount: 120",
        "partyOrganisation:",
        "  form: STANDALONE",
        "  foundingDate: 2016-08-14",
        "finances:",
        "  annualWages: 186500.00",
        ""));
    Organisation o = JSON.readOrganisation(node);
    assertEquals(Optional.of(LocalDate.of(2016, 8, 14)), o.getPartyOrganisation().orElseThrow().getFoundingDate());
    assertEquals(Optional.of(new BigDecimal("186500.00")), o.getFinances().orElseThrow().getAnnualWages());
  }

  @Test
  void namesEveryWrongMemberOfAYamlEntry() {
    JsonNode node = YAML.readTree(String.join("\n",
        "creditCode: 91420106MA4KTEXT1G",
        "name: 甲",
        "category: NON_PUBLIC_ENTERPRISE",
        "divisionCode: 420106",
        "headCount: .nan",
        "partyOrganisation: {form: NONE, founded: 2016-08-14}",
        ""));
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.readOrganisation(node));
    assertEquals(List.of("/divisionCode", "/headCount", "/partyOrganisation/founded"),
        e.problems().stream().map(JsonProblem::pointer).collect(Collectors.toList()));
    assertEquals("Must be a string, not a whole number.", e.problems().get(0).messageEn());
  }
}
