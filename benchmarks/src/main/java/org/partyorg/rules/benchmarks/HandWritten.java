package org.partyorg.rules.benchmarks;

import static org.partyorg.rules.benchmarks.Codes.ADVISORY;
import static org.partyorg.rules.benchmarks.Codes.LIAONING;
import static org.partyorg.rules.benchmarks.Codes.SATISFIED;
import static org.partyorg.rules.benchmarks.Codes.VIOLATED;
import static org.partyorg.rules.benchmarks.Codes.WUHAN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * The workload's rules written by hand, straight from the documents (the digest
 * {@code RULES.md} and the sentences the library cites), as a developer would write them for
 * one job: the yardstick the library's speed is measured against.
 *
 * <p>It answers what the library answers for the {@linkplain Workload workload's} records,
 * (policy set, rule id, outcome) as {@linkplain Codes codes} written into an array: no finding,
 * list or string is built. What it still allocates comes from reading the model: the
 * Immutables getters return a new {@code Optional} or {@code OptionalInt} on each call, which
 * C2 does not always scalar-replace (a JFR allocation profile of the benchmark shows them as
 * nearly all of its 60 bytes per record), and L11's exact 1% is a new {@code BigDecimal}.
 * It is not a second implementation of the library: it knows only
 * non-public enterprises in Wuhan and Liaoning that give every fact the workload gives, and
 * fails fast on anything else ({@link IllegalArgumentException} for a category, trait, park (any
 * but {@link Park#none()}, an unreported one included) or party-organisation form outside the workload; {@link java.util.NoSuchElementException} for a
 * fact not given), where the library would answer {@code UNDECIDED} or apply other rules.
 */
public final class HandWritten {
  /** 002: 中共武汉市委组织部, 2016-08-14. */
  static final LocalDate WUHAN_FROM = LocalDate.of(2016, 8, 14);
  /** 004: 辽组通字〔2016〕64号, 2016-08-03. */
  static final LocalDate LIAONING_FROM = LocalDate.of(2016, 8, 3);

  /** 职工50人以上的有党员 (W2); 50人至99人的要有党员 (L4). */
  static final int MEMBERS_STAFF = 50;
  /** 100人以上的建有党的组织 (W3); 100人以上的全部单独组建党组织 (L3). */
  static final int ORGANISATION_STAFF = 100;
  /** 3名及以上正式党员 (N1). */
  static final int STANDALONE_FORMAL = 3;
  /** 企业间建立联合党组织（最多3户企业） (L5). */
  static final int JOINT_ENTERPRISE_CAP = 3;

  private HandWritten() {}

  /**
   * Writes the codes of the findings for {@code organisation} on {@code asOf} into {@code out}
   * (at least {@link Codes#MAX_PER_RECORD} long) and returns how many it wrote.
   *
   * @throws IllegalArgumentException if the organisation is outside the workload
   */
  public static int assess(Organisation organisation, LocalDate asOf, int[] out) {
    if (organisation.getCategory() != OrganisationCategory.NON_PUBLIC_ENTERPRISE
        || !organisation.getTraits().isEmpty()
        || organisation.getPark().map(Park::exists).orElse(true)) {
      throw new IllegalArgumentException("outside the workload: " + organisation.getCreditCode());
    }
    String division = organisation.getDivisionCode();
    if (division.startsWith("4201")) {
      return asOf.isBefore(WUHAN_FROM) ? 0 : wuhan(organisation, out);
    }
    if (division.startsWith("21")) {
      return asOf.isBefore(LIAONING_FROM) ? 0 : liaoning(organisation, out);
    }
    return 0;
  }

  private static int wuhan(Organisation organisation, int[] out) {
    int staff = organisation.getHeadCount().getAsInt();
    int formal = organisation.getFormalMembers().getAsInt();
    int probationary = organisation.getProbationaryMembers().getAsInt();
    PartyOrganisationForm form = form(organisation.getPartyOrganisation().get());
    boolean hasMembers = formal > 0 || probationary > 0;
    int n = 0;
    // W2: 职工50人以上的有党员 (党员: formal or probationary)
    if (staff >= MEMBERS_STAFF) {
      out[n++] = Codes.code(WUHAN, Codes.W2, hasMembers ? SATISFIED : VIOLATED);
    }
    // W3: 100人以上的建有党的组织 (standalone or joint)
    if (staff >= ORGANISATION_STAFF) {
      out[n++] = Codes.code(WUHAN, Codes.W3, form != PartyOrganisationForm.NONE ? SATISFIED : VIOLATED);
    }
    n = baseline(WUHAN, organisation, formal, hasMembers, form, out, n);
    // W7: 3+ formal members still in a joint organisation are split out of it
    if (form == PartyOrganisationForm.JOINT && formal >= STANDALONE_FORMAL) {
      out[n++] = Codes.code(WUHAN, Codes.W7, VIOLATED);
    }
    // W8: in N2's band, how to form the joint organisation ("可按照"): advice without one, met with one
    if (formal < STANDALONE_FORMAL && hasMembers) {
      if (form == PartyOrganisationForm.JOINT) {
        out[n++] = Codes.code(WUHAN, Codes.W8, SATISFIED);
      } else if (form == PartyOrganisationForm.NONE) {
        out[n++] = Codes.code(WUHAN, Codes.W8, ADVISORY);
      }
    }
    // W12: an existing enterprise party organisation is affiliated territorially (advice)
    if (form != PartyOrganisationForm.NONE) {
      out[n++] = Codes.code(WUHAN, Codes.W12, ADVISORY);
    }
    return n;
  }

  private static int liaoning(Organisation organisation, int[] out) {
    int staff = organisation.getHeadCount().getAsInt();
    int formal = organisation.getFormalMembers().getAsInt();
    int probationary = organisation.getProbationaryMembers().getAsInt();
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    PartyOrganisationForm form = form(party);
    boolean hasMembers = formal > 0 || probationary > 0;
    int n = 0;
    // L3: 100人以上的全部单独组建党组织; its own organisation needs 3 formal members
    if (staff >= ORGANISATION_STAFF) {
      boolean met = form == PartyOrganisationForm.STANDALONE && formal >= STANDALONE_FORMAL;
      out[n++] = Codes.code(LIAONING, Codes.L3, met ? SATISFIED : VIOLATED);
    } else if (staff >= MEMBERS_STAFF) {
      // L4: 50人至99人的要有党员
      out[n++] = Codes.code(LIAONING, Codes.L4, hasMembers ? SATISFIED : VIOLATED);
    }
    // L5: a joint organisation between enterprises covers at most 3 of them, the reporting one included
    if (form == PartyOrganisationForm.JOINT && party.getJointScope().get() == JointScope.BETWEEN_ENTERPRISES) {
      int enterprises = enterprisesCovered(party.getCoveredOrganisations(), organisation.getCreditCode());
      out[n++] = Codes.code(LIAONING, Codes.L5, enterprises > JOINT_ENTERPRISE_CAP ? VIOLATED : SATISFIED);
    }
    n = baseline(LIAONING, organisation, formal, hasMembers, form, out, n);
    if (form != PartyOrganisationForm.NONE) {
      PartyOrganisationGovernance governance = party.getGovernance().get();
      // L10: 出资人（负责人）任党组织书记的，配备专职副书记，建立党群工作部
      if (governance.getSecretaryIsInvestorOrHead().get()) {
        boolean met = governance.getFullTimeDeputySecretary().get() && governance.getPartyAndMassWorkDepartment().get();
        out[n++] = Codes.code(LIAONING, Codes.L10, met ? SATISFIED : VIOLATED);
      }
      // L10: 党总支、党支部要配备专职党务干事 (a primary committee is not named)
      if (party.getLevel().get() != PartyOrganisationLevel.PRIMARY_COMMITTEE) {
        boolean met = governance.getFullTimePartyAffairsStaff().getAsInt() > 0;
        out[n++] = Codes.code(LIAONING, Codes.L10, met ? SATISFIED : VIOLATED);
      }
    }
    // L11: 非公有制企业……按照职工年度工资薪金总额1%标准落实 (budget >= wages / 100, exactly)
    Finances finances = organisation.getFinances().get();
    BigDecimal onePercent = finances.getAnnualWages().get().movePointLeft(2);
    boolean funded = finances.getPartyBuildingBudget().get().compareTo(onePercent) >= 0;
    out[n++] = Codes.code(LIAONING, Codes.L11, funded ? SATISFIED : VIOLATED);
    // L13: filed by class; without a party organisation, the "five clears" are to be recorded (advice)
    out[n++] = Codes.code(LIAONING, Codes.L13, form != PartyOrganisationForm.NONE ? SATISFIED : ADVISORY);
    return n;
  }

  /**
   * N1–N3 of the national notice, as both documents repeat them: 3+ formal members, an own
   * organisation; other members, a joint one (an own one is advice, not a breach); no member,
   * work coverage (an instructor and a mass organisation).
   */
  private static int baseline(
      int set, Organisation organisation, int formal, boolean hasMembers, PartyOrganisationForm form, int[] out, int n) {
    if (formal >= STANDALONE_FORMAL) {
      out[n++] = Codes.code(set, Codes.N1, form == PartyOrganisationForm.STANDALONE ? SATISFIED : VIOLATED);
    } else if (hasMembers) {
      int outcome = switch (form) {
        case JOINT -> SATISFIED;
        case STANDALONE -> ADVISORY;
        default -> VIOLATED;
      };
      out[n++] = Codes.code(set, Codes.N2, outcome);
    } else {
      WorkCoverage coverage = organisation.getWorkCoverage().get();
      boolean covered = coverage.isInstructorAssigned() && !coverage.getMassOrganisations().isEmpty();
      out[n++] = Codes.code(set, Codes.N3, covered ? SATISFIED : VIOLATED);
    }
    return n;
  }

  /** Distinct credit codes among the covered and the reporting enterprise's own, without allocating. */
  static int enterprisesCovered(List<String> covered, String own) {
    if (covered.isEmpty()) {
      throw new IllegalArgumentException("outside the workload: a joint organisation without its covered enterprises");
    }
    int count = 1;
    for (int j = 0; j < covered.size(); j++) {
      String code = covered.get(j);
      if (code.equals(own)) {
        continue;
      }
      boolean seen = false;
      for (int k = 0; k < j && !seen; k++) {
        seen = covered.get(k).equals(code);
      }
      if (!seen) {
        count++;
      }
    }
    return count;
  }

  private static PartyOrganisationForm form(PartyOrganisation party) {
    PartyOrganisationForm form = party.getForm();
    if (form != PartyOrganisationForm.NONE && form != PartyOrganisationForm.STANDALONE
        && form != PartyOrganisationForm.JOINT) {
      throw new IllegalArgumentException("outside the workload: party organisation form " + form);
    }
    return form;
  }
}
