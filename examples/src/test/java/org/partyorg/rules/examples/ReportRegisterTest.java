package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.core.Evaluator;

/** The README's register example prints a report of every target and a what-if, the same on every run. */
class ReportRegisterTest {
  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportRegister.run(Evaluator.discover(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsEveryTargetInBothLanguagesAndTheWhatIf() {
    String out = run();
    assertTrue(out.contains("截至2017年1月1日，台账共读取记录300条：已评估300条"), out);
    assertTrue(out.contains("As of 1 January 2017, 300 records read from the register: 300 assessed"), out);
    assertTrue(out.contains("非公有制企业党组织覆盖率达到70%以上"), out);
    assertTrue(out.contains("全市“两新”组织党组织覆盖率提升到80%以上"), out);
    assertTrue(out.contains("“百日攻坚行动”前为10个，应达到20个"), out);
    assertTrue(out.contains("13 organisations' obligations change"), out);
    assertTrue(out.contains("target wuhan-2016/enterprisesWithOrganisation: base 28 → 41, covered 11 → 19"), out);
    assertEquals(out, run());
  }
}
