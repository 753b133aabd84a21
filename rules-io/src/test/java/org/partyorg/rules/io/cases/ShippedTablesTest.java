package org.partyorg.rules.io.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partyorg.rules.core.Evaluator;

/** The shipped tables run as one dynamic test per case, named by the case. */
class ShippedTablesTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final List<String> TABLES = List.of("wuhan-2016", "hunan-benchmark-2020");

  private static CaseTable table(String set) throws IOException {
    String resource = "META-INF/partyorg-rules/cases/" + set + ".yaml";
    try (InputStream in = CaseTable.class.getClassLoader().getResourceAsStream(resource)) {
      return CaseTable.read(resource, in);
    }
  }

  @TestFactory
  Stream<DynamicTest> shippedTables() throws IOException {
    Stream<DynamicTest> all = Stream.empty();
    for (String set : TABLES) {
      List<CaseResult> results = table(set).run(EVALUATOR);
      all = Stream.concat(all, results.stream().map(r -> DynamicTest.dynamicTest(set + ": " + r.name(),
          () -> assertTrue(r.passed(), r::diff))));
    }
    return all;
  }

  private static CaseTable yaml(String text) throws IOException {
    return CaseTable.read("test.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String FIRM = """
      format: partyorg-rules/cases
      version: 1
      cases:
        - name: wrong on purpose
          asOf: 2016-12-01
          sets: wuhan-2016
          organisation:
            creditCode: "91420106MA4KTEXT1G"
            name: 武汉示例科技有限公司
            category: NON_PUBLIC_ENTERPRISE
            divisionCode: "420102"
            headCount: 120
            formalMembers: 2
            probationaryMembers: 0
            partyOrganisation: {form: NONE}
          expect:
            W3: %s
      """;

  @Test
  void aWrongExpectationFailsWithADiff() throws IOException {
    CaseResult result = yaml(FIRM.formatted("SATISFIED")).run(EVALUATOR).get(0);
    assertFalse(result.passed());
    assertTrue(result.diff().contains("W3: expected SATISFIED, got VIOLATED"), result::diff);
    assertTrue(yaml(FIRM.formatted("{outcome: VIOLATED, overdue: true}")).run(EVALUATOR).get(0).passed());
  }

  @Test
  void aBadTableNamesFileCaseAndField() {
    CaseTableException e = assertThrows(CaseTableException.class, () -> yaml(FIRM.formatted("VIOLTED")));
    assertTrue(e.getMessage().contains("test.yaml: case wrong on purpose: expect.W3"), e::getMessage);
    assertTrue(e.getMessage().contains("VIOLTED"), e::getMessage);
    assertTrue(e.getMessage().contains("不是"), e::getMessage);
  }
}
