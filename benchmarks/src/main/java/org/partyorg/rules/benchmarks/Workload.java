package org.partyorg.rules.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * The reference workload of issue 8: synthetic, valid non-public enterprises in Wuhan (division
 * codes 4201xx) and Liaoning (21xxxx), assessed on {@link #AS_OF} (2016-12-01).
 *
 * <h2>Deterministic</h2>
 * Record {@code i} depends only on the seed and {@code i} (each record draws from its own
 * {@link SplittableRandom} seeded from both), so the first 100,000 records of the 1,000,000 the
 * benchmarks measure are exactly the sample the agreement test checks.
 *
 * <h2>What a record gives</h2>
 * Every fact the exercised rules read is given, so no finding is {@code UNDECIDED}:
 * <ul>
 *   <li>category {@code NON_PUBLIC_ENTERPRISE}, no trait, no registration level, and reported
 *       as in no park ({@link Park#none()}: a park left unreported would make L12 undecided);
 *   <li>a valid unified social credit code ({@code 91} + division + 9 characters + the check
 *       character of GB 32100-2015);
 *   <li>head-count: half drawn from 47–52 and 97–102, around the 50 and 100 staff thresholds that
 *       Wuhan (W2, W3) and Liaoning (L4 "50人至99人", L3 "100人以上") share, half from 1–250;
 *   <li>formal members 0–5 and probationary members 0–3 (never more in all than the head-count),
 *       so N1's 3 formal members and the no-member case of N3 fall inside;
 *   <li>party organisation none, standalone or joint (drawn 8 : 7 : 5, about 41%, 33% and 26%
 *       once a member-less record that drew standalone is given none or joint instead: a
 *       standalone organisation is made of members, a joint one's may work elsewhere); a standalone or joint
 *       one has a level (branch or general branch) and its governance (secretary is or is not
 *       the investor, deputy secretary, party-and-mass department, 0–2 full-time party affairs
 *       staff); a joint one covers 2–5 enterprises (its list names the reporting enterprise in
 *       three cases out of four) and is built between enterprises, or in one case out of five
 *       around a commercial building;
 *   <li>work coverage: an instructor or not, and none, one or two mass organisations;
 *   <li>finances: the year's wages (head-count times 30,000–120,000 yuan, to the fen) and a
 *       party-building budget that is exactly 1% of them rounded up to the fen, one fen less,
 *       or 50%–150% of it.
 * </ul>
 *
 * <h2>Which rules it exercises</h2>
 * For these records the library's findings are exactly these, and the hand-written method and
 * the DRL reproduce them ({@code AgreementTest} checks both):
 * <ul>
 *   <li>{@code wuhan-2016}: <b>W2</b> (satisfied, violated), <b>W3</b> (satisfied, violated),
 *       <b>N1</b> (satisfied, violated), <b>N2</b> (satisfied, advisory, violated), <b>N3</b>
 *       (satisfied, violated), <b>W7</b> (violated: 3+ formal members in a joint organisation),
 *       <b>W8</b> (satisfied, advisory: how to form a joint organisation, in N2's band) and
 *       <b>W12</b> (advisory: territorial affiliation of every existing party organisation);
 *   <li>{@code liaoning-2016}: <b>L3</b> (satisfied, violated), <b>L4</b> (satisfied, violated),
 *       <b>N1</b>, <b>N2</b>, <b>N3</b> (with the same outcomes as in Wuhan: N2 is advisory for
 *       a standalone organisation with fewer than 3 formal members in both),
 *       <b>L5</b> (satisfied, violated: at most 3 enterprises in a joint organisation between
 *       enterprises), <b>L10</b> (two sentences, each satisfied or violated: full-time deputy
 *       secretary and department where the investor is secretary; full-time party affairs
 *       staff), <b>L11</b> (satisfied, violated: the 1% party-building fund) and <b>L13</b>
 *       (satisfied when filed as standalone or joint, advisory "five clears" otherwise).
 * </ul>
 * The rules of the two sets that stay silent for these records, by the choice of fields: W4 and
 * W10 (no trait), W5 and W9 (not a social organisation; no functional organisation), W6 (not a
 * rural entity), L7 and L8 (not a social organisation), L12 (in no park). No other set applies:
 * the Hubei CPA and societies sets take accounting firms and societies only, Hunan's is under 43.
 */
public final class Workload {
  /** The date every record is assessed on. */
  public static final LocalDate AS_OF = LocalDate.of(2016, 12, 1);

  /** The seed of the published figures. */
  public static final long DEFAULT_SEED = 20161201L;

  /** The benchmarks' register. */
  public static final int BENCHMARK_SIZE = 1_000_000;

  /** The agreement test's sample: the first records of the benchmarks' register. */
  public static final int SAMPLE_SIZE = 100_000;

  /** Wuhan's districts (GB/T 2260). */
  static final List<String> WUHAN_DIVISIONS = List.of(
      "420102", "420103", "420104", "420105", "420106", "420107", "420111", "420112", "420113",
      "420114", "420115", "420116", "420117");

  /** Districts of Shenyang, Dalian, Anshan, Fushun and Liaoyang (GB/T 2260). */
  static final List<String> LIAONING_DIVISIONS = List.of(
      "210102", "210103", "210104", "210105", "210202", "210203", "210204", "210211", "210302",
      "210402", "211002");

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final PartyOrganisationLevel[] LEVELS = {
    PartyOrganisationLevel.BRANCH, PartyOrganisationLevel.BRANCH, PartyOrganisationLevel.GENERAL_BRANCH
  };
  private static final List<Set<MassOrganisation>> MASS_ORGANISATIONS = List.of(
      Set.of(), Set.of(MassOrganisation.TRADE_UNION),
      Set.of(MassOrganisation.TRADE_UNION, MassOrganisation.YOUTH_LEAGUE));

  private Workload() {}

  /** Records {@code 0 .. n-1} for {@code seed}. */
  public static Organisation[] generate(long seed, int n) {
    Organisation[] records = new Organisation[n];
    for (int i = 0; i < n; i++) {
      records[i] = record(seed, i);
    }
    return records;
  }

  /** Record {@code i} for {@code seed}: the same on every call. */
  public static Organisation record(long seed, int i) {
    SplittableRandom random = new SplittableRandom(mix(seed, i));
    boolean wuhan = random.nextBoolean();
    String division = wuhan
        ? WUHAN_DIVISIONS.get(random.nextInt(WUHAN_DIVISIONS.size()))
        : LIAONING_DIVISIONS.get(random.nextInt(LIAONING_DIVISIONS.size()));
    String creditCode = creditCode(division, i, 0);
    int headCount = random.nextBoolean()
        ? (random.nextBoolean() ? 47 : 97) + random.nextInt(6)
        : 1 + random.nextInt(250);
    // members work there, so they are never more than the head-count
    int formal = Math.min(random.nextInt(6), headCount);
    int probationary = Math.min(random.nextInt(4), headCount - formal);

    int form = random.nextInt(20);
    if (form >= 8 && form < 15 && formal + probationary == 0) {
      form = random.nextBoolean() ? 0 : 15; // a standalone organisation is made of members: none or joint
    }
    PartyOrganisation party;
    if (form < 8) {
      party = PartyOrganisation.none();
    } else {
      PartyOrganisation.Builder builder = PartyOrganisation.builder()
          .form(form < 15 ? PartyOrganisationForm.STANDALONE : PartyOrganisationForm.JOINT)
          .level(LEVELS[random.nextInt(LEVELS.length)])
          .governance(governance(random));
      if (form >= 15) {
        builder.jointScope(random.nextInt(5) == 0 ? JointScope.COMMERCIAL_BUILDING : JointScope.BETWEEN_ENTERPRISES);
        int enterprises = 2 + random.nextInt(4);
        // the model asks callers to list the reporting enterprise too; one in four does not,
        // and L5 counts it all the same
        if (random.nextInt(4) != 0) {
          builder.addCoveredOrganisations(creditCode);
        }
        for (int k = 1; k < enterprises; k++) {
          builder.addCoveredOrganisations(creditCode(division, i, k));
        }
      }
      party = builder.build();
    }

    WorkCoverage coverage = WorkCoverage.builder()
        .instructorAssigned(random.nextBoolean())
        .massOrganisations(MASS_ORGANISATIONS.get(random.nextInt(MASS_ORGANISATIONS.size())))
        .build();

    long wagesFen = (long) headCount * (3_000_000L + random.nextLong(9_000_001L));
    long requiredFen = (wagesFen + 99) / 100; // 1% rounded up to the fen
    long budgetFen = switch (random.nextInt(3)) {
      case 0 -> requiredFen;
      case 1 -> requiredFen - 1;
      default -> requiredFen / 2 + random.nextLong(requiredFen + 1);
    };
    Finances finances = Finances.builder()
        .annualWages(BigDecimal.valueOf(wagesFen, 2))
        .partyBuildingBudget(BigDecimal.valueOf(Math.max(0, budgetFen), 2))
        .build();

    return Organisation.builder()
        .creditCode(creditCode)
        .name((wuhan ? "武汉" : "辽宁") + "示例企业" + i + "有限公司")
        .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .divisionCode(division)
        .park(Park.none())
        .headCount(headCount)
        .formalMembers(formal)
        .probationaryMembers(probationary)
        .partyOrganisation(party)
        .workCoverage(coverage)
        .finances(finances)
        .build();
  }

  private static PartyOrganisationGovernance governance(SplittableRandom random) {
    return PartyOrganisationGovernance.builder()
        .secretaryIsInvestorOrHead(random.nextBoolean())
        .fullTimeDeputySecretary(random.nextInt(3) != 0)
        .partyAndMassWorkDepartment(random.nextInt(3) != 0)
        .fullTimePartyAffairsStaff(random.nextInt(3))
        .build();
  }

  /**
   * A valid credit code: registration authority 9 (industry and commerce), type 1 (enterprise),
   * the division, nine characters from {@code i} and {@code k} (the k-th partner of record
   * {@code i}; 0 for the record itself), and the check character.
   */
  static String creditCode(String division, int i, int k) {
    StringBuilder code = new StringBuilder(18).append("91").append(division);
    long serial = (long) i * 8 + k;
    char[] body = new char[9];
    for (int p = 8; p >= 0; p--) {
      body[p] = ALPHABET.charAt((int) (serial % 31));
      serial /= 31;
    }
    code.append(body);
    return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
  }

  /** A well-spread seed for record {@code i} (the finaliser of SplitMix64). */
  static long mix(long seed, int i) {
    long z = seed + 0x9E3779B97F4A7C15L * (i + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Records as a list, for tests. */
  public static List<Organisation> list(long seed, int n) {
    List<Organisation> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      records.add(record(seed, i));
    }
    return records;
  }
}
