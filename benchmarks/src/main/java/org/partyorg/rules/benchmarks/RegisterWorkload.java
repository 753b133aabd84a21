package org.partyorg.rules.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.partyorg.rules.api.model.IndustrySection;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * The register of issue 11's register benchmarks: a province-sized synthetic 台账 streamed record
 * by record, never held in memory, so that a coverage report over 10,000,000 records can run in a
 * 256 MB heap.
 *
 * <h2>Deterministic</h2>
 * Record {@code i} depends only on the seed and {@code i}, as in {@link Workload}; a stream of
 * {@code n} records can be consumed sequentially or in parallel and holds the same records.
 *
 * <h2>What a record is</h2>
 * Drawn so that every register-level target of the four 2016 sets has a base and a numerator:
 * <ul>
 *   <li>45% Wuhan (4201xx): non-public enterprises (head-counts around 50 and 100), city- and
 *       district-level social groups, private schools and hospitals (around 30 staff), law,
 *       accounting and tax firms; one enterprise in 40 a shell, zombie or shadow enterprise (left
 *       out of W1's base);
 *   <li>10% elsewhere in Hubei (Yichang 4205xx, Xiangyang 4206xx): accounting firms (H3) and
 *       academic societies (S1);
 *   <li>45% Liaoning (21xxxx): non-public enterprises and social organisations, a quarter of them
 *       in a park, national-level one time in four (L2's parks);
 *   <li>party organisation none, standalone, joint (between enterprises) or work coverage only;
 *       0–5 formal members; head-count unknown in one record of 50 (such a record is undecided
 *       for the targets with a head-count band, never counted as 0).
 * </ul>
 * One record in 1,000 is invalid (more formal members than staff), so the report's rejected
 * count is exercised at scale.
 */
public final class RegisterWorkload {
  /** The date the register is reported on: after every 2016 target's deadline. */
  public static final LocalDate AS_OF = LocalDate.of(2017, 1, 1);

  /** The seed of the published figures. */
  public static final long DEFAULT_SEED = 20170101L;

  /** The coverage benchmark's register. */
  public static final int PROVINCE_SIZE = 10_000_000;

  private static final List<String> WUHAN = Workload.WUHAN_DIVISIONS;
  private static final List<String> HUBEI_ELSEWHERE = List.of("420502", "420503", "420602", "420606");
  private static final List<String> LIAONING = Workload.LIAONING_DIVISIONS;
  private static final Trait[] OUTSIDE_BASE = {Trait.of("SHELL"), Trait.of("ZOMBIE"), Trait.of("SHADOW")};
  private static final OrganisationCategory[] WUHAN_SOCIAL = {
    OrganisationCategory.SOCIAL_GROUP, OrganisationCategory.PRIVATE_SCHOOL, OrganisationCategory.PRIVATE_HOSPITAL,
    OrganisationCategory.LAW_FIRM, OrganisationCategory.ACCOUNTING_FIRM, OrganisationCategory.TAX_FIRM
  };
  private static final OrganisationCategory[] LIAONING_SOCIAL = {
    OrganisationCategory.SOCIAL_GROUP, OrganisationCategory.PRIVATE_SCHOOL, OrganisationCategory.PRIVATE_HOSPITAL,
    OrganisationCategory.LAW_FIRM, OrganisationCategory.FOUNDATION, OrganisationCategory.OTHER_SOCIAL_SERVICE_INSTITUTION
  };
  private static final ParkLevel[] PARK_LEVELS = {ParkLevel.NATIONAL, ParkLevel.PROVINCIAL, ParkLevel.CITY, ParkLevel.DISTRICT};

  private RegisterWorkload() {}

  /** The planner benchmark's candidates. */
  public static final int PLANNER_SIZE = 1_000_000;

  private static final IndustrySection[] SECTIONS = IndustrySection.values();

  /**
   * Candidate {@code i} of the planner benchmark: a Liaoning enterprise with 1 or 2 formal members
   * and no party organisation, in one of 400 buildings and 20 streets of its district (the
   * building unreported one time in ten, the street one time in twenty), in one of the 20 industry
   * sections of GB/T 4754-2017.
   */
  public static Organisation candidate(long seed, int i) {
    SplittableRandom random = new SplittableRandom(Workload.mix(seed, i));
    String division = LIAONING.get(random.nextInt(LIAONING.size()));
    Organisation.Builder builder = Organisation.builder()
        .creditCode(Workload.creditCode(division, i, 0))
        .name("示例小微企业" + i)
        .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE)
        .divisionCode(division)
        .headCount(3 + random.nextInt(30))
        .formalMembers(1 + random.nextInt(2))
        .probationaryMembers(0)
        .partyOrganisation(PartyOrganisation.none())
        .industry(SECTIONS[random.nextInt(SECTIONS.length)]);
    if (random.nextInt(10) != 0) {
      builder.building("示例大厦" + random.nextInt(400));
    }
    if (random.nextInt(20) != 0) {
      builder.street("示例街道" + random.nextInt(20));
    }
    return builder.build();
  }

  /** Candidates {@code 0 .. n-1} for {@code seed}, as a list. */
  public static List<Organisation> candidates(long seed, int n) {
    return IntStream.range(0, n).mapToObj(i -> candidate(seed, i)).toList();
  }

  /** Records {@code 0 .. n-1} for {@code seed}, generated as they are consumed; sequential, may be made parallel. */
  public static Stream<Organisation> stream(long seed, int n) {
    return IntStream.range(0, n).mapToObj(i -> record(seed, i));
  }

  /** Record {@code i} for {@code seed}: the same on every call. */
  public static Organisation record(long seed, int i) {
    SplittableRandom random = new SplittableRandom(Workload.mix(seed, i));
    int region = random.nextInt(20);
    String division;
    OrganisationCategory category;
    if (region < 9) {
      division = WUHAN.get(random.nextInt(WUHAN.size()));
      category = random.nextInt(3) == 0 ? WUHAN_SOCIAL[random.nextInt(WUHAN_SOCIAL.length)]
          : OrganisationCategory.NON_PUBLIC_ENTERPRISE;
    } else if (region < 11) {
      division = HUBEI_ELSEWHERE.get(random.nextInt(HUBEI_ELSEWHERE.size()));
      category = random.nextBoolean() ? OrganisationCategory.ACCOUNTING_FIRM : OrganisationCategory.ACADEMIC_SOCIETY;
    } else {
      division = LIAONING.get(random.nextInt(LIAONING.size()));
      category = random.nextInt(3) == 0 ? LIAONING_SOCIAL[random.nextInt(LIAONING_SOCIAL.length)]
          : OrganisationCategory.NON_PUBLIC_ENTERPRISE;
    }
    String creditCode = Workload.creditCode(division, i, 0);

    int headCount = switch (random.nextInt(4)) {
      case 0 -> 28 + random.nextInt(5);
      case 1 -> 47 + random.nextInt(6);
      case 2 -> 97 + random.nextInt(6);
      default -> 1 + random.nextInt(250);
    };
    int formal = Math.min(random.nextInt(6), headCount);
    if (random.nextInt(1000) == 0) {
      formal = headCount + 1; // invalid: more formal members than staff
    }

    Organisation.Builder builder = Organisation.builder()
        .creditCode(creditCode)
        .name("示例组织" + i)
        .category(category)
        .divisionCode(division)
        .formalMembers(formal)
        .probationaryMembers(0);
    if (random.nextInt(50) != 0) {
      builder.headCount(headCount);
    }
    if (category != OrganisationCategory.NON_PUBLIC_ENTERPRISE) {
      builder.registrationLevel(switch (random.nextInt(3)) {
        case 0 -> RegistrationLevel.PROVINCIAL;
        case 1 -> RegistrationLevel.CITY;
        default -> RegistrationLevel.DISTRICT_OR_BELOW;
      });
    } else if (division.startsWith("4201") && random.nextInt(40) == 0) {
      builder.addTraits(OUTSIDE_BASE[random.nextInt(OUTSIDE_BASE.length)]);
    }
    if (division.startsWith("21")) {
      builder.park(random.nextInt(4) == 0 ? Park.of("示例园区" + division, PARK_LEVELS[random.nextInt(4)]) : Park.none());
    }

    int form = random.nextInt(10);
    if (form < 4 || formal == 0 && form < 7) {
      builder.partyOrganisation(PartyOrganisation.none());
      builder.workCoverage(form % 2 == 0
          ? WorkCoverage.builder().instructorAssigned(true).build()
          : WorkCoverage.none());
    } else if (form < 7) {
      builder.partyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE).build());
    } else {
      builder.partyOrganisation(PartyOrganisation.builder()
          .form(PartyOrganisationForm.JOINT)
          .jointScope(JointScope.BETWEEN_ENTERPRISES)
          .addCoveredOrganisations(creditCode, Workload.creditCode(division, i, 1))
          .build());
    }
    return builder.build();
  }
}
