package org.partyorg.rules.register.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.model.IndustrySection;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.OrganisationGen;
import org.partyorg.rules.testkit.Property;
import org.partyorg.rules.testkit.Shrinkable;

/**
 * What must hold for every plan: a valid plan that accounts for every organisation, that places
 * exactly as many as the best plan brute force finds and in as many joint organisations, and an
 * upper bound equal to brute force's optimum.
 */
class JointPlannerPropertiesTest {
  static final Citation CLAUSE = Citation.of(SourceDocument.builder().file("test.txt").title("测试文件").issuer("测试")
      .date(java.time.LocalDate.of(2016, 1, 1)).build(), "一", "可联合组建党组织。");

  /** A small register: up to 10 organisations in up to 2 districts, a few buildings, streets, industries. */
  record Instance(int cap, Locality farthest, List<Organisation> organisations) {
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder("cap " + cap + " within " + farthest + ":");
      for (Organisation o : organisations) {
        out.append("\n  ").append(o.getFormalMembers()).append(' ').append(o.getDivisionCode()).append(' ')
            .append(o.getBuilding().orElse("-")).append(' ').append(o.getStreet().orElse("-")).append(' ')
            .append(o.getIndustry().map(Enum::name).orElse("-"));
      }
      return out.toString();
    }
  }

  static Gen<Instance> instances(int maxOrganisations, boolean oneLevel) {
    return random -> Shrinkable.unshrinkable(instance(random, maxOrganisations, oneLevel));
  }

  static Instance instance(SplittableRandom random, int maxOrganisations, boolean oneLevel) {
    int cap = random.nextInt(8) == 0 ? random.nextInt(3) : 2 + random.nextInt(5);
    Locality farthest = oneLevel ? Locality.DISTRICT : Locality.values()[random.nextInt(3)];
    int n = random.nextInt(maxOrganisations + 1);
    List<Organisation> organisations = new ArrayList<>();
    IndustrySection[] sections = {IndustrySection.C, IndustrySection.I, IndustrySection.L};
    for (int i = 0; i < n; i++) {
      String district = oneLevel || random.nextInt(4) > 0 ? "210102" : "210103";
      String building = oneLevel || random.nextInt(3) == 0 ? null : "大厦" + random.nextInt(2);
      String street = oneLevel || random.nextInt(3) == 0 ? null : "街道" + random.nextInt(2);
      IndustrySection industry = random.nextInt(4) == 0 ? null : sections[random.nextInt(sections.length)];
      organisations.add(Orgs.of(i, district, 1 + random.nextInt(2), building, street, industry));
    }
    return new Instance(cap, farthest, organisations);
  }

  static JointPlan plan(Instance instance) {
    return JointPlanner.withCap(instance.cap(), CLAUSE).within(instance.farthest()).plan(instance.organisations());
  }

  /** The pool an organisation falls in, null when it gives no such locality. */
  static String pool(Organisation o, Locality farthest) {
    String building = o.getBuilding().orElse(null);
    String street = o.getStreet().orElse(null);
    return switch (farthest) {
      case DISTRICT -> o.getDivisionCode();
      case STREET -> street == null ? null : o.getDivisionCode() + "/" + street;
      case BUILDING_OR_PARK -> building == null ? null : o.getDivisionCode() + "/" + building;
    };
  }

  @Test
  void everyPlanIsValidAndAccountsForEveryOrganisation() {
    Property.forAll(instances(10, false)).check(instance -> {
      JointPlan plan = plan(instance);
      Map<String, Organisation> byCode = new HashMap<>();
      instance.organisations().forEach(o -> byCode.put(o.getCreditCode(), o));
      Set<String> seen = new HashSet<>();
      for (ProposedJointOrganisation proposal : plan.proposals()) {
        assertTrue(proposal.organisations() <= instance.cap(), proposal::toString);
        int members = 0;
        Set<String> pools = new HashSet<>();
        for (String code : proposal.creditCodes()) {
          assertTrue(seen.add(code), "placed twice: " + code);
          Organisation o = byCode.get(code);
          members += o.getFormalMembers().getAsInt();
          pools.add(pool(o, instance.farthest()));
        }
        assertTrue(members >= 3, proposal::toString);
        assertEquals(members, proposal.formalMembers());
        assertEquals(1, pools.size(), () -> "spans " + pools + ": " + proposal);
      }
      for (UnplacedOrganisation unplaced : plan.unplaced()) {
        assertTrue(seen.add(unplaced.creditCode()), "placed and unplaced: " + unplaced);
      }
      assertEquals(byCode.keySet(), seen);
      assertEquals(plan.placed(), plan.proposals().stream().mapToInt(ProposedJointOrganisation::organisations).sum());
    });
  }

  /**
   * Over the testkit's organisations (every fact now and then unknown, buildings, streets and
   * industries among them), for both sets with a cap: every organisation is placed once or left
   * out for a reason that matches its record, and the plan reaches its bound.
   */
  @Test
  void overGeneratedRegistersEveryOrganisationIsAccountedForByItsRecord() {
    Evaluator evaluator = Evaluator.discover();
    for (String id : List.of("liaoning-2016", "hunan-benchmark-2020")) {
      JointPlanner planner = JointPlanner.forSet(evaluator.policySet(id));
      Gen<Organisation> organisations = OrganisationGen.forPolicySet(evaluator.policySet(id)).build();
      Gen<List<Organisation>> registers = random -> {
        List<Organisation> register = new ArrayList<>();
        for (int i = random.nextInt(60); i > 0; i--) {
          register.add(organisations.generate(random).value());
        }
        return Shrinkable.unshrinkable(register);
      };
      Property.forAll(registers).tries(200).check(register -> {
        JointPlan plan = planner.plan(register);
        assertEquals(plan.upperBound(), plan.placed());
        assertEquals(register.size(), plan.placed() + plan.unplaced().size());
        Map<String, Organisation> byCode = new HashMap<>();
        register.forEach(o -> byCode.putIfAbsent(o.getCreditCode(), o));
        for (ProposedJointOrganisation proposal : plan.proposals()) {
          for (String code : proposal.creditCodes()) {
            Organisation o = byCode.get(code);
            assertTrue(o.getPartyOrganisation().filter(p -> !p.exists()).isPresent(), o::toString);
            assertTrue(o.getFormalMembers().getAsInt() >= 1 && o.getFormalMembers().getAsInt() <= 2, o::toString);
          }
        }
        for (UnplacedOrganisation unplaced : plan.unplaced()) {
          Organisation o = byCode.get(unplaced.creditCode());
          switch (unplaced.reason()) {
            case FORMAL_MEMBERS_UNKNOWN -> assertTrue(o.getFormalMembers().isEmpty());
            case PARTY_ORGANISATION_UNKNOWN -> assertTrue(o.getPartyOrganisation().isEmpty());
            case LOCATION_UNKNOWN -> assertTrue(o.getBuilding().isEmpty()
                && o.getPark().flatMap(p -> p.getName()).isEmpty());
            default -> { }
          }
        }
      });
    }
  }

  @Test
  void placesAsManyAsBruteForceInAsManyJointOrganisationsAndTheBoundIsExact() {
    Property.forAll(instances(10, false)).tries(300).check(instance -> {
      JointPlan plan = plan(instance);
      Map<String, List<Integer>> pools = new LinkedHashMap<>();
      for (Organisation o : instance.organisations()) {
        String pool = pool(o, instance.farthest());
        if (pool != null) {
          pools.computeIfAbsent(pool, k -> new ArrayList<>()).add(o.getFormalMembers().getAsInt());
        }
      }
      int placed = 0;
      int groups = 0;
      for (List<Integer> weights : pools.values()) {
        BruteForce.Best best = BruteForce.best(weights, instance.cap());
        placed += best.placed();
        groups += best.groups();
      }
      assertEquals(placed, plan.upperBound(), "upper bound");
      assertEquals(groups, plan.maxJointOrganisations(), "most joint organisations");
      assertEquals(placed, plan.placed(), "placed");
      assertEquals(groups, plan.proposals().size(), "joint organisations");
    });
  }

  /**
   * Within one locality, industries are the only structure: the plan is still optimal in (1)
   * and (2), and it never claims more groups of one industry than brute force finds. It may
   * find fewer: (3) is greedy. For example, with a cap of 3, industry I {2,1,1,2}, industry C
   * {2,1} and two of L {1,1}, it forms I {2,1}, I {2,1}, C {2,1} and must then put each L into a
   * different group (2 same-industry groups at best would be I {2,1,1}, C {2,1} and
   * {2,1,1} mixed; it gets 1).
   */
  @Test
  void withinOneLocalityItIsOptimalAndClaimsNoIndustryItDoesNotHave() {
    Property.forAll(instances(9, true)).tries(300).check(instance -> {
      JointPlan plan = plan(instance);
      int[] weights = instance.organisations().stream().mapToInt(o -> o.getFormalMembers().getAsInt()).toArray();
      int[] industries = instance.organisations().stream()
          .mapToInt(o -> o.getIndustry().map(Enum::ordinal).orElse(-1)).toArray();
      BruteForce.Best best = BruteForce.best(weights, industries, instance.cap());
      assertEquals(best.placed(), plan.placed());
      assertEquals(best.groups(), plan.proposals().size());
      int sameIndustry = 0;
      Map<String, Organisation> byCode = new HashMap<>();
      instance.organisations().forEach(o -> byCode.put(o.getCreditCode(), o));
      for (ProposedJointOrganisation proposal : plan.proposals()) {
        Set<Object> sections = new HashSet<>();
        proposal.creditCodes().forEach(code -> sections.add(byCode.get(code).getIndustry()));
        assertEquals(sections.size() == 1 && !sections.contains(java.util.Optional.empty()), proposal.industry().isPresent(),
            proposal::toString);
        sameIndustry += proposal.industry().isPresent() ? 1 : 0;
      }
      assertTrue(sameIndustry <= best.sameIndustry());
    });
  }
}
