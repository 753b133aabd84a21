package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.rule.ForwardingPolicySet;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.core.rule.Rule;

/** {@link Evaluator#assessAll} keeps its promise for any element of any stream. */
class BatchTest {
  private static final LocalDate AS_OF = LocalDate.of(2016, 12, 1);
  private static final PolicySet BASELINE = TestPolicySets.baseline("wuhan-test", "4201");

  /** A rule that fails on organisations with exactly 7 formal members. */
  private static final Rule FRAGILE = new Rule() {
    @Override
    public String id() {
      return "X1";
    }

    @Override
    public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
      if (organisation.getFormalMembers().orElse(0) == 7) {
        throw new ArithmeticException("boom on {expected}");
      }
    }
  };

  private static final PolicySet FRAGILE_SET = PolicySetBuilder.create("fragile-test")
      .source(TestPolicySets.WUHAN)
      .jurisdiction(Jurisdiction.of("42", EnumSet.allOf(OrganisationCategory.class)))
      .effectivePeriod(EffectivePeriod.from(TestPolicySets.WUHAN.getDate()))
      .rules(FRAGILE)
      .build();

  /** A set written by hand against the interface, which fails outside any rule. */
  private static final PolicySet BROKEN_SET = new ForwardingPolicySet(BASELINE) {
    @Override
    public String id() {
      return "broken-test";
    }

    @Override
    public Assessment assess(Organisation organisation, LocalDate asOf) {
      if (organisation.getFormalMembers().orElse(0) == 8) {
        throw new StackOverflowError();
      }
      return super.assess(organisation, asOf);
    }
  };

  private static final Evaluator EVALUATOR = Evaluator.of(BASELINE, FRAGILE_SET, BROKEN_SET);

  private static Organisation firm(int formal) {
    return TestOrganisations.enterprise().withHeadCount(20).withFormalMembers(formal).withProbationaryMembers(0)
        .withPartyOrganisation(PartyOrganisation.none());
  }

  @Test
  void aNullElementAnInvalidRecordAndRuleFailuresAreRejectedAndTheRestGoOn() {
    List<Organisation> register = new ArrayList<>();
    register.add(firm(1));
    register.add(null);
    register.add(TestOrganisations.enterprise().withHeadCount(10).withFormalMembers(50));
    register.add(firm(7));
    register.add(firm(8));
    register.add(firm(3));
    List<AssessmentResult> results = EVALUATOR.assessAll(register.stream(), AS_OF).toList();

    assertEquals(register.size(), results.size());
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), results.stream().map(AssessmentResult::getIndex).toList());
    assertEquals(List.of(true, false, false, false, false, true), results.stream().map(AssessmentResult::isAssessed).toList());

    AssessmentResult nothing = results.get(1);
    assertTrue(nothing.getOrganisation().isEmpty());
    assertEquals("", nothing.getRejections().get(0).getField());
    assertEquals("第2条记录为空，没有可评估的内容。", nothing.getRejections().get(0).getMessageZh());
    assertEquals("Record 2 is empty: there is nothing to assess.", nothing.getRejections().get(0).getMessageEn());

    assertEquals("formalMembers", results.get(2).getRejections().get(0).getField());

    AssessmentResult ruleFailed = results.get(3);
    assertEquals(TestOrganisations.CODE, ruleFailed.creditCode().orElseThrow());
    AssessmentFailedException failure = assertInstanceOf(AssessmentFailedException.class, ruleFailed.getFailure().orElseThrow());
    assertEquals("fragile-test", failure.getPolicySetId());
    assertEquals("X1", failure.getRuleId().orElseThrow());
    assertInstanceOf(ArithmeticException.class, failure.getCause());
    assertEquals("Assessing this record failed (fragile-test X1: ArithmeticException: boom on {expected}); the record was"
        + " not assessed: please report this to the system’s administrators.", ruleFailed.getRejections().get(0).getMessageEn());
    assertEquals("评估本记录时出错（“fragile-test X1：ArithmeticException: boom on {expected}”），本记录未评估；请将此情况报告系统管理员。",
        ruleFailed.getRejections().get(0).getMessageZh());

    AssessmentFailedException broken = assertInstanceOf(AssessmentFailedException.class, results.get(4).getFailure().orElseThrow());
    assertEquals("broken-test", broken.getPolicySetId());
    assertTrue(broken.getRuleId().isEmpty());
  }

  @Test
  void assessAtGivesTheResultOfTheBatchAtThatPosition() {
    List<Organisation> register = new ArrayList<>();
    register.add(firm(1));
    register.add(null);
    register.add(TestOrganisations.enterprise().withHeadCount(10).withFormalMembers(50));
    register.add(firm(7));
    List<AssessmentResult> batch = EVALUATOR.assessAll(register.stream(), AS_OF).toList();
    for (int i = 0; i < register.size(); i++) {
      AssessmentResult one = EVALUATOR.assessAt(i + 1_000L, register.get(i), AS_OF);
      assertEquals(i + 1_000L, one.getIndex());
      assertEquals(batch.get(i).isAssessed(), one.isAssessed());
      assertEquals(batch.get(i).getAssessment(), one.getAssessment());
      assertEquals(batch.get(i).getRejections().stream().map(Violation::getField).toList(),
          one.getRejections().stream().map(Violation::getField).toList());
    }
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> EVALUATOR.assessAt(-1, firm(1), AS_OF));
    assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EVALUATOR.assessAt(0, firm(1), LocalDate.of(1900, 1, 1)));
  }

  @Test
  void readAlwaysEqualsAssessedPlusRejectedAndAParallelStreamGivesTheSameResults() {
    List<Organisation> register = IntStream.range(0, 2_000)
        .mapToObj(i -> i % 97 == 0 ? null : i % 13 == 0 ? firm(-i) : firm(i % 10))
        .toList();
    List<AssessmentResult> sequential = EVALUATOR.assessAll(register.stream(), AS_OF).toList();
    List<AssessmentResult> parallel = EVALUATOR.assessAll(register.parallelStream(), AS_OF).toList();
    long assessed = sequential.stream().filter(AssessmentResult::isAssessed).count();
    long rejected = sequential.stream().filter(r -> !r.isAssessed()).count();
    assertEquals(register.size(), assessed + rejected);
    assertEquals(register.stream().filter(o -> o == null).count()
            + register.stream().filter(o -> o != null && o.getFormalMembers().getAsInt() < 0).count()
            + register.stream().filter(o -> o != null && (o.getFormalMembers().getAsInt() == 7 || o.getFormalMembers().getAsInt() == 8)).count(),
        rejected);
    assertEquals(sequential, parallel);
  }

  @Test
  void theSingleRecordPathThrowsOneExceptionNamingTheSetTheRuleAndTheRecord() {
    AssessmentFailedException e = assertThrows(AssessmentFailedException.class, () -> EVALUATOR.assess(firm(7), AS_OF));
    assertEquals("policy set fragile-test, rule X1, failed on organisation '" + TestOrganisations.CODE
        + "': ArithmeticException: boom on {expected}", e.getMessage());
  }

  @Test
  void anAsOfDateOutsideTheRangeIsRefusedAtOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EVALUATOR.assessAll(Stream.of(firm(1)), LocalDate.of(1900, 1, 1)));
    assertTrue(e.getMessage().startsWith("the as-of date 1900-01-01 lies outside the model's range 1921-07-01 to 2100-12-31"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EVALUATOR.assess(firm(1), LocalDate.MAX));
  }

  @Test
  void anIdFromConfigurationCannotForgeALineOfAnErrorMessage() {
    UnknownPolicySetException unknown =
        assertThrows(UnknownPolicySetException.class, () -> EVALUATOR.policySet("wuhan-2016\n[ERROR] forged"));
    assertTrue(unknown.getMessage().startsWith("no policy set with id 'wuhan-2016\\n[ERROR] forged'"), unknown.getMessage());
    IllegalArgumentException required = assertThrows(IllegalArgumentException.class,
        () -> Evaluator.discoverRequiring("wuhan-2016", "liaoning-2016\u001B[2J"));
    assertEquals("requiredIds[1] is not a policy set id: 'liaoning-2016\\u001B[2J'; an id such as wuhan-2016 has no "
        + "control characters and at most 64 characters", required.getMessage());
  }

  @Test
  void aFaultOfTheValidatorItselfComesOutNamedFromAssessAndRejectedFromAssessAll() {
    Evaluator broken = new DefaultEvaluator(List.of(BASELINE), organisation -> {
      throw new IllegalStateException("validator broke");
    });
    AssessmentFailedException e = assertThrows(AssessmentFailedException.class, () -> broken.assess(firm(1), AS_OF));
    assertEquals("(evaluator)", e.getPolicySetId());
    assertInstanceOf(IllegalStateException.class, e.getCause());
    AssessmentResult result = broken.assessAll(Stream.of(firm(1)), AS_OF).findFirst().orElseThrow();
    assertTrue(result.getFailure().isPresent());
    assertEquals("", result.getRejections().get(0).getField());
  }
}
