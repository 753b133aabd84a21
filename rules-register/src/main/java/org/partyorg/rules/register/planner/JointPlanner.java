package org.partyorg.rules.register.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.IndustrySection;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.core.OrganisationValidator;
import org.partyorg.rules.core.Violation;

/**
 * Plans joint party organisations (联合党组织) for the organisations that cannot set up one of
 * their own: those with 1 or 2 formal members (N2; for Hunan's plan, B11: a qualification
 * platform with fewer than 3, each platform given as one organisation). Each proposal has 3
 * formal members or more (a branch needs 3, as N1 and B10 count them) and covers no more
 * organisations than the cap.
 *
 * <pre>{@code
 * JointPlan plan = JointPlanner.forSet(liaoning).plan(register);   // L5: at most 3 enterprises
 * JointPlan hunan = JointPlanner.forSet(hunanPlan).plan(platforms); // B11: 5 co-located platforms
 * JointPlan wuhan = JointPlanner.withCap(6, w8Clause).plan(firms);  // no cap in the document
 * plan.placed();      // == plan.upperBound(), the most any plan could place
 * plan.proposals().get(0).message(Locale.CHINESE);
 * }</pre>
 *
 * <p><b>What it optimises, in order.</b> (1) The most organisations placed. (2) Then the most
 * joint organisations, so the smallest on average. (3) Then nearness: organisations are grouped
 * within the same building or park first, then the same street, then the district, and within
 * each of these the same industry section first. (1) and (2) are exact: no plan places more
 * organisations, and none placing as many has more joint organisations ({@link JointPlan#upperBound()},
 * {@link JointPlan#maxJointOrganisations()}; the proof is in the notes of {@code Capacity}).
 * (3) is greedy, nearest first, never at the cost of (1) or (2): a near group is formed only if
 * the district can still reach its optimum afterwards.
 *
 * <p><b>Localities.</b> A joint organisation never spans two districts (six-digit division
 * codes): the district is the farthest locality by default. Hunan's B11 joins co-located
 * (合署办公) platforms only, so for a set whose cap is B11's the farthest is the building or park,
 * and a platform that reports neither is left out as of unknown location ({@link #within} narrows
 * any plan the same way). Buildings, parks and streets are matched by name within a district;
 * an organisation that gives no building is placed by its park, and one that gives no street is
 * grouped at district level.
 *
 * <p><b>Caps.</b> Read from the set's parameters by key: {@code jointEnterpriseCap} (Liaoning L5,
 * at most 3 enterprises) and {@code jointBranchMaxPlatforms} (Hunan B11, at most 5 platforms), so
 * a what-if variant with another value plans with that value. A document without a cap (Wuhan
 * W8: "a reasonable number") takes the caller's ({@link #withCap}).
 *
 * <p>The planner does not check jurisdictions or dates: give it the organisations the set speaks
 * to. Organisations are read one by one and only what the plan needs is kept (a few references
 * and numbers each), so a register of millions is planned in seconds; every step is linear or
 * sorts one pool. Immutable and safe to share between threads; {@link #plan} may run
 * concurrently.
 */
public final class JointPlanner {
  /** The formal members a joint organisation needs: a party branch's three (N1, B10). */
  static final int MINIMUM_MEMBERS = 3;

  private record CapKey(String key, Locality farthest) {}

  /** The model's validator, made on first use: making one is costly. */
  private static final class Validation {
    static final OrganisationValidator VALIDATOR = OrganisationValidator.create();
  }

  /** The parameters that cap a joint organisation, and how far its organisations may lie apart. */
  private static final List<CapKey> CAP_KEYS = List.of(
      new CapKey("jointEnterpriseCap", Locality.DISTRICT),
      new CapKey("jointBranchMaxPlatforms", Locality.BUILDING_OR_PARK));

  private final int cap;
  private final Citation clause;
  private final Locality farthest;

  private JointPlanner(int cap, Citation clause, Locality farthest) {
    this.cap = cap;
    this.clause = clause;
    this.farthest = farthest;
  }

  /**
   * The planner for a set whose document caps a joint organisation, with the set's cap and the
   * clause that sets it.
   *
   * @throws IllegalArgumentException naming the set and listing its parameters if it declares
   *     no cap (use {@link #withCap}), or if the cap is not a whole number from 0 up
   */
  public static JointPlanner forSet(PolicySet set) {
    Objects.requireNonNull(set, "set");
    for (CapKey capKey : CAP_KEYS) {
      Optional<Parameter> parameter = set.parameter(capKey.key());
      if (parameter.isPresent()) {
        int value;
        try {
          value = parameter.get().intValue();
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException("policy set " + set.id() + ": parameter " + capKey.key() + " is "
              + parameter.get().getValue().toPlainString() + ", not a whole number of organisations", e);
        }
        return new JointPlanner(requireCap(value), parameter.get().getCitation(), capKey.farthest());
      }
    }
    List<String> keys = new ArrayList<>();
    for (Parameter parameter : set.parameters()) {
      keys.add(parameter.getKey());
    }
    throw new IllegalArgumentException("policy set " + set.id() + " sets no cap on a joint organisation (none of "
        + CAP_KEYS.stream().map(CapKey::key).toList() + " among its parameters " + keys
        + "): give the caller's cap with JointPlanner.withCap");
  }

  /**
   * The planner with the caller's cap, for a document that sets none, citing {@code clause} (the
   * document's sentence that allows joint organisations, such as Wuhan's W8); the farthest
   * locality is the district.
   *
   * @param cap the most organisations one joint organisation covers, 0 or more
   * @throws IllegalArgumentException if {@code cap} is negative
   */
  public static JointPlanner withCap(int cap, Citation clause) {
    return new JointPlanner(requireCap(cap), Objects.requireNonNull(clause, "clause"), Locality.DISTRICT);
  }

  /** This planner with organisations of a joint organisation no farther apart than {@code locality}. */
  public JointPlanner within(Locality locality) {
    return new JointPlanner(cap, clause, Objects.requireNonNull(locality, "locality"));
  }

  /** The most organisations one joint organisation covers: the set's cap or the caller's. */
  public int cap() {
    return cap;
  }

  /** The widest locality a joint organisation may span: the district unless narrowed. */
  public Locality farthest() {
    return farthest;
  }

  private static int requireCap(int cap) {
    if (cap < 0) {
      throw new IllegalArgumentException("the cap on a joint organisation must be 0 or more organisations, got " + cap);
    }
    return cap;
  }

  /**
   * Plans joint organisations for {@code organisations}, read once, in order. Each record is
   * validated as the evaluator does (a valid one costs a fraction of a full validation): a wrong
   * one is left out with its violations, and the rest are planned. An organisation listed twice
   * (by credit code) is planned once.
   *
   * @throws NullPointerException if the iterable or an element is null
   */
  public JointPlan plan(Iterable<Organisation> organisations) {
    Objects.requireNonNull(organisations, "organisations");
    Candidates candidates = new Candidates();
    List<UnplacedOrganisation> early = new ArrayList<>();
    List<Integer> earlyOrder = new ArrayList<>();
    CodeSet seen = new CodeSet();
    // names are matched within a district: a locality is (district, name), kept as one long
    Map<String, Integer> districts = new HashMap<>();
    Map<String, Integer> streetNames = new HashMap<>();
    Map<String, Integer> buildingNames = new HashMap<>();
    Map<String, Integer> parkNames = new HashMap<>();
    LongIds streets = new LongIds();
    LongIds buildings = new LongIds();
    LongIds pools = new LongIds();
    int read = 0;
    for (Organisation organisation : organisations) {
      Objects.requireNonNull(organisation, "organisation");
      int position = read++;
      UnplacedOrganisation.Reason reason = null;
      // a wrong record is left out with its violations; the rest of the list is planned
      List<Violation> violations = Validation.VALIDATOR.violations(organisation);
      OptionalInt formal = organisation.getFormalMembers();
      if (!violations.isEmpty()) {
        reason = UnplacedOrganisation.Reason.INVALID;
      } else if (!seen.add(organisation.getCreditCode())) {
        reason = UnplacedOrganisation.Reason.DUPLICATE;
      } else if (organisation.getPartyOrganisation().isEmpty()) {
        reason = UnplacedOrganisation.Reason.PARTY_ORGANISATION_UNKNOWN;
      } else if (organisation.getPartyOrganisation().get().exists()) {
        reason = UnplacedOrganisation.Reason.HAS_PARTY_ORGANISATION;
      } else if (formal.isEmpty()) {
        reason = UnplacedOrganisation.Reason.FORMAL_MEMBERS_UNKNOWN;
      } else if (formal.getAsInt() == 0) {
        reason = UnplacedOrganisation.Reason.NO_FORMAL_MEMBERS;
      } else if (formal.getAsInt() >= MINIMUM_MEMBERS) {
        reason = UnplacedOrganisation.Reason.STANDALONE;
      } else if (!locatedWithinFarthest(organisation)) {
        reason = UnplacedOrganisation.Reason.LOCATION_UNKNOWN;
      }
      if (reason != null) {
        early.add(new UnplacedOrganisation(organisation.getCreditCode(), organisation.getName(),
            reason == UnplacedOrganisation.Reason.INVALID ? OptionalInt.empty() : formal, reason, farthest, 0, 0, cap,
            violations));
        earlyOrder.add(position);
        continue;
      }
      // ids only for candidates: fewer than 2^26 of each even in a register of 67 million, as
      // the pools' sort keys need (an id times the 32 sections, in 31 bits)
      int districtId = districts.computeIfAbsent(organisation.getDivisionCode(), k -> districts.size());
      int buildingId = building(organisation, districtId, buildingNames, parkNames, buildings);
      String street = organisation.getStreet().orElse(null);
      int streetId = street == null ? -1
          : streets.idOf((long) districtId << 32 | streetNames.computeIfAbsent(street, k -> streetNames.size()));
      int pool = switch (farthest) {
        case DISTRICT -> pools.idOf(districtId);
        case STREET -> pools.idOf(streetId);
        case BUILDING_OR_PARK -> pools.idOf(buildingId);
      };
      int industry = organisation.getIndustry().map(IndustrySection::ordinal).orElse(-1);
      candidates.add(position, formal.getAsInt(), pool, streetId, buildingId, industry, organisation.getCreditCode(),
          organisation.getName());
    }
    return new PoolPlanner(candidates, pools.size(), cap, farthest, clause).plan(early, earlyOrder);
  }

  /** Whether it reports the locality this plan groups within (the district always is). */
  private boolean locatedWithinFarthest(Organisation organisation) {
    return switch (farthest) {
      case BUILDING_OR_PARK -> organisation.getBuilding().isPresent() || parkName(organisation) != null;
      case STREET -> organisation.getStreet().isPresent();
      case DISTRICT -> true;
    };
  }

  /**
   * The place organisations share an office in: the building, else the park, within the
   * district; -1 if it gives neither. A park's name and a building's never match each other.
   */
  private static int building(Organisation organisation, int districtId, Map<String, Integer> buildingNames,
      Map<String, Integer> parkNames, LongIds buildings) {
    if (organisation.getBuilding().isPresent()) {
      int name = buildingNames.computeIfAbsent(organisation.getBuilding().get(), k -> buildingNames.size());
      return buildings.idOf((long) districtId << 32 | (long) name << 1);
    }
    String park = parkName(organisation);
    if (park != null) {
      int name = parkNames.computeIfAbsent(park, k -> parkNames.size());
      return buildings.idOf((long) districtId << 32 | (long) name << 1 | 1);
    }
    return -1;
  }

  /** The name of the park it reports being in; null if it reports none or no park. */
  private static String parkName(Organisation organisation) {
    Optional<Park> park = organisation.getPark();
    return park.isPresent() && park.get().exists() ? park.get().getName().orElse(null) : null;
  }
}
