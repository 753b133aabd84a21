package org.partyorg.rules.hubei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/** Valid organisations to start a test from, and small assertions on assessments. */
public final class TestOrganisations {
  /** Wuhan, Wuchang district. */
  public static final String WUHAN = "420106";
  /** Yichang, Hubei, outside Wuhan. */
  public static final String YICHANG = "420502";
  /** Changsha, Hunan. */
  public static final String CHANGSHA = "430102";

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private TestOrganisations() {}

  /** A valid credit code for the division, unique per call. */
  public static String code(String division) {
    String first17 = "91" + division + String.format("MA%07d", SERIAL.incrementAndGet());
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  /** Valid codes for {@code n} organisations, for a joint organisation's coverage. */
  public static List<String> codes(int n) {
    List<String> codes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      codes.add(code(WUHAN));
    }
    return codes;
  }

  /** An organisation with nothing but its identity known. */
  public static Organisation of(OrganisationCategory category, String division) {
    return Organisation.builder()
        .creditCode(code(division))
        .name("测试" + category.chineseName())
        .category(category)
        .divisionCode(division)
        .build();
  }

  public static Organisation enterprise() {
    return of(OrganisationCategory.NON_PUBLIC_ENTERPRISE, WUHAN);
  }

  /** The one finding of {@code ruleId}, failing if there is none or more than one. */
  public static Finding only(Assessment assessment, String ruleId) {
    List<Finding> findings = assessment.findings(ruleId);
    if (findings.size() != 1) {
      fail("expected one " + ruleId + " finding, got " + findings + " among " + assessment.getFindings());
    }
    return findings.get(0);
  }

  /** The one finding of {@code ruleId} from {@code policySetId}. */
  public static Finding only(Assessment assessment, String policySetId, String ruleId) {
    List<Finding> findings = assessment.findings(ruleId).stream()
        .filter(f -> f.getPolicySetId().equals(policySetId))
        .toList();
    assertEquals(1, findings.size(), () -> policySetId + "/" + ruleId + " in " + assessment.getFindings());
    return findings.get(0);
  }

  public static void assertNoFinding(Assessment assessment, String ruleId) {
    assertTrue(assessment.findings(ruleId).isEmpty(),
        () -> "expected no " + ruleId + " finding, got " + assessment.findings(ruleId));
  }

  /** The deadline's eve, the day itself and the day after. */
  public static LocalDate[] around(LocalDate deadline) {
    return new LocalDate[] {deadline.minusDays(1), deadline, deadline.plusDays(1)};
  }
}
