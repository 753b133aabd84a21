package org.partyorg.rules.register.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.IndustrySection;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.rule.ForwardingPolicySet;
import org.partyorg.rules.testkit.MessageChecks;

class JointPlannerTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final PolicySet LIAONING = EVALUATOR.policySet("liaoning-2016");
  private static final PolicySet HUNAN = EVALUATOR.policySet("hunan-benchmark-2020");
  private static final PolicySet WUHAN = EVALUATOR.policySet("wuhan-2016");
  private static final String SHENHE = "210103";

  private static List<Organisation> ones(int count, String district) {
    List<Organisation> organisations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      organisations.add(Orgs.of(i, district, 1));
    }
    return organisations;
  }

  private static Set<Set<String>> groups(JointPlan plan) {
    return plan.proposals().stream().map(p -> Set.copyOf(p.creditCodes())).collect(Collectors.toSet());
  }

  private static void assertTexts(String zh, String en) {
    assertEquals(List.of(), MessageChecks.chinese(zh), zh);
    assertEquals(List.of(), MessageChecks.english(en), en);
  }

  /** A set whose parameter {@code key} has another value, as a what-if variant would. */
  private static PolicySet overridden(PolicySet set, String key, int value) {
    return new ForwardingPolicySet(set) {
      @Override
      public List<Parameter> parameters() {
        return set.parameters().stream()
            .map(p -> p.getKey().equals(key) ? p.withOverride(BigDecimal.valueOf(value)) : p).toList();
      }
    };
  }

  @Test
  void liaoningCapsAJointOrganisationAtThreeEnterprisesAndCitesL5() {
    JointPlanner planner = JointPlanner.forSet(LIAONING);
    assertEquals(3, planner.cap());
    assertEquals(Locality.DISTRICT, planner.farthest());
    JointPlan plan = planner.plan(ones(7, SHENHE));
    // 7 enterprises of 1 member: 3 + 3 placed, the seventh cannot make a third group of 3
    assertEquals(6, plan.placed());
    assertEquals(6, plan.upperBound());
    assertEquals(2, plan.proposals().size());
    assertTrue(plan.proposals().stream().allMatch(p -> p.organisations() == 3));
    assertEquals(List.of(UnplacedOrganisation.Reason.CAP), plan.unplaced().stream().map(UnplacedOrganisation::reason).toList());
    ProposedJointOrganisation first = plan.proposals().get(0);
    assertEquals("二", first.clause().getSection());
    assertTrue(first.clause().getQuote().contains("最多3户企业"), first.clause().getQuote());
    assertEquals("3个单位同在一个区（县），正式党员合计3名，可联合组建党组织（辽组通字〔2016〕64号，二）。",
        first.message(Locale.CHINESE));
    assertEquals("3 organisations in the same district or county, with 3 formal members together, may form a joint party"
        + " organisation (辽组通字〔2016〕64号, 二).", first.message(Locale.ENGLISH));
    assertTexts(first.message(Locale.CHINESE), first.message(Locale.ENGLISH));
  }

  @Test
  void theCapIsReadFromTheSetsParameterSoAVariantPlansWithItsValue() {
    JointPlan four = JointPlanner.forSet(overridden(LIAONING, "jointEnterpriseCap", 4)).plan(ones(7, SHENHE));
    assertEquals(4, four.cap());
    assertEquals(7, four.placed());
    assertEquals(List.of(3, 4), four.proposals().stream().map(ProposedJointOrganisation::organisations).sorted().toList());
    JointPlan two = JointPlanner.forSet(overridden(LIAONING, "jointEnterpriseCap", 2)).plan(ones(7, SHENHE));
    // a pair of 1-member enterprises has 2 members: nobody can be placed
    assertEquals(0, two.placed());
    assertEquals(0, two.upperBound());
    assertTrue(two.unplaced().stream().allMatch(u -> u.reason() == UnplacedOrganisation.Reason.CAP));
  }

  @Test
  void hunanJoinsUpToFiveCoLocatedPlatformsAndCitesB11() {
    JointPlanner planner = JointPlanner.forSet(HUNAN);
    assertEquals(5, planner.cap());
    assertEquals(Locality.BUILDING_OR_PARK, planner.farthest());
    List<Organisation> platforms = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      platforms.add(Orgs.of(i, "430102", 1, "芙蓉大厦", null, IndustrySection.L));
    }
    // same district, no building or park: not co-located with anyone
    platforms.add(Orgs.of(6, "430102", 2, null, "五一街道", IndustrySection.L));
    platforms.add(Orgs.of(7, "430102", 1, null, "五一街道", IndustrySection.L));
    // in the same park: co-located
    platforms.add(Orgs.of(8, "430103", 2).withPark(Park.of("长沙经开区", ParkLevel.NATIONAL)));
    platforms.add(Orgs.of(9, "430103", 1).withPark(Park.of("长沙经开区", ParkLevel.NATIONAL)));
    JointPlan plan = planner.plan(platforms);
    assertEquals(Set.of(
        Set.of(Orgs.code("430102", 0), Orgs.code("430102", 1), Orgs.code("430102", 2)),
        Set.of(Orgs.code("430102", 3), Orgs.code("430102", 4), Orgs.code("430102", 5)),
        Set.of(Orgs.code("430103", 8), Orgs.code("430103", 9))), groups(plan));
    assertTrue(plan.proposals().stream().allMatch(p -> p.locality() == Locality.BUILDING_OR_PARK));
    assertEquals(List.of(UnplacedOrganisation.Reason.LOCATION_UNKNOWN, UnplacedOrganisation.Reason.LOCATION_UNKNOWN),
        plan.unplaced().stream().map(UnplacedOrganisation::reason).toList());
    assertEquals("附件2 1（1）", plan.clause().getSection());
    UnplacedOrganisation unknown = plan.unplaced().get(0);
    assertEquals("缺少所在楼宇或园区，无法判断与哪些单位联合；请补报所在楼宇或园区。", unknown.message(Locale.CHINESE));
    assertTexts(unknown.message(Locale.CHINESE), unknown.message(Locale.ENGLISH));
    assertTexts(plan.proposals().get(0).message(Locale.CHINESE), plan.proposals().get(0).message(Locale.ENGLISH));
  }

  @Test
  void hunansCapOfFiveTakesAFifthPlatformAndACapOfFourLeavesItOut() {
    List<Organisation> platforms = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      platforms.add(Orgs.of(i, "430102", 1, "芙蓉大厦", null, null));
    }
    // 5 platforms of 1 member make one core of 3: at the cap of 5 the other two join it
    JointPlan five = JointPlanner.forSet(HUNAN).plan(platforms);
    assertEquals(5, five.placed());
    assertEquals(List.of(5), five.proposals().stream().map(ProposedJointOrganisation::organisations).toList());
    assertEquals(List.of(), five.unplaced());
    // one below the cap: a single joint organisation holds 4, and 5 cannot make two of 3 members
    JointPlan four = JointPlanner.forSet(overridden(HUNAN, "jointBranchMaxPlatforms", 4)).plan(platforms);
    assertEquals(4, four.placed());
    assertEquals(4, four.upperBound());
    assertEquals(List.of(4), four.proposals().stream().map(ProposedJointOrganisation::organisations).toList());
    assertEquals(List.of(UnplacedOrganisation.Reason.CAP), four.unplaced().stream().map(UnplacedOrganisation::reason).toList());
  }

  @Test
  void elevenCoLocatedPlatformsOfOneMemberMakeThreeBranchesWithinTheCapOfFive() {
    List<Organisation> platforms = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      platforms.add(Orgs.of(i, "430102", 1, "芙蓉大厦", null, null));
    }
    JointPlan plan = JointPlanner.forSet(HUNAN).plan(platforms);
    // 11 ones: at most 3 groups of 3 (9 members), 11 needs ⌈11/5⌉ = 3 groups: all placed
    assertEquals(11, plan.placed());
    assertEquals(3, plan.proposals().size());
    assertTrue(plan.proposals().stream().allMatch(p -> p.organisations() <= 5));
    JointPlan three = JointPlanner.forSet(overridden(HUNAN, "jointBranchMaxPlatforms", 3)).plan(platforms);
    assertEquals(9, three.placed());
    assertEquals(3, three.proposals().size());
  }

  @Test
  void aSetWithoutACapNeedsTheCallersAndSaysSo() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> JointPlanner.forSet(WUHAN));
    assertTrue(error.getMessage().contains("wuhan-2016"), error.getMessage());
    assertTrue(error.getMessage().contains("jointEnterpriseCap"), error.getMessage());
    assertTrue(error.getMessage().contains(WUHAN.parameters().get(0).getKey()), error.getMessage());
    assertTrue(error.getMessage().contains("withCap"), error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JointPlanner.withCap(-1, JointPlannerPropertiesTest.CLAUSE));
  }

  @Test
  void theCallersCapWhereTheDocumentSetsNone() {
    JointPlan plan = JointPlanner.withCap(7, JointPlannerPropertiesTest.CLAUSE).plan(ones(7, "420106"));
    assertEquals(7, plan.placed());
    assertEquals(2, plan.proposals().size());
    assertEquals(JointPlannerPropertiesTest.CLAUSE, plan.proposals().get(0).clause());
    JointPlan pairs = JointPlanner.withCap(2, JointPlannerPropertiesTest.CLAUSE).plan(List.of(
        Orgs.of(0, "420106", 2), Orgs.of(1, "420106", 1), Orgs.of(2, "420106", 1), Orgs.of(3, "420106", 2),
        Orgs.of(4, "420106", 2)));
    // pairs need a 2 each: {2,1}, {2,1}; the last 2 has no partner left
    assertEquals(4, pairs.placed());
    assertEquals(2, pairs.proposals().size());
    assertEquals(List.of(UnplacedOrganisation.Reason.CAP), pairs.unplaced().stream().map(UnplacedOrganisation::reason).toList());
  }

  @Test
  void nearestFirstTheSameBuildingThenTheSameStreetThenTheDistrict() {
    List<Organisation> organisations = List.of(
        Orgs.of(0, SHENHE, 1, "华润大厦", "北市街道", null),
        Orgs.of(1, SHENHE, 2, "财富中心", "北市街道", null),
        Orgs.of(2, SHENHE, 2, "华润大厦", "北市街道", null),
        Orgs.of(3, SHENHE, 1, "财富中心", "北市街道", null),
        Orgs.of(4, SHENHE, 1, null, "大东街道", null),
        Orgs.of(5, SHENHE, 2, null, "北市街道", null),
        Orgs.of(6, SHENHE, 2, null, "大东街道", null),
        Orgs.of(7, SHENHE, 1, null, "北市街道", null),
        Orgs.of(8, SHENHE, 2, null, null, null),
        Orgs.of(9, SHENHE, 1, null, null, null));
    JointPlan plan = JointPlanner.forSet(LIAONING).plan(organisations);
    assertEquals(Set.of(Set.of(Orgs.code(SHENHE, 0), Orgs.code(SHENHE, 2)), Set.of(Orgs.code(SHENHE, 1), Orgs.code(SHENHE, 3)),
        Set.of(Orgs.code(SHENHE, 5), Orgs.code(SHENHE, 7)), Set.of(Orgs.code(SHENHE, 4), Orgs.code(SHENHE, 6)),
        Set.of(Orgs.code(SHENHE, 8), Orgs.code(SHENHE, 9))), groups(plan));
    assertEquals(List.of(Locality.BUILDING_OR_PARK, Locality.BUILDING_OR_PARK, Locality.STREET, Locality.STREET, Locality.DISTRICT),
        plan.proposals().stream().map(ProposedJointOrganisation::locality).sorted().toList());
  }

  @Test
  void theSameIndustryFirst() {
    List<Organisation> organisations = List.of(
        Orgs.of(0, SHENHE, 2, null, null, IndustrySection.C),
        Orgs.of(1, SHENHE, 1, null, null, IndustrySection.I),
        Orgs.of(2, SHENHE, 2, null, null, IndustrySection.I),
        Orgs.of(3, SHENHE, 1, null, null, IndustrySection.C));
    JointPlan plan = JointPlanner.forSet(LIAONING).plan(organisations);
    assertEquals(Set.of(Set.of(Orgs.code(SHENHE, 0), Orgs.code(SHENHE, 3)), Set.of(Orgs.code(SHENHE, 1), Orgs.code(SHENHE, 2))),
        groups(plan));
    assertEquals(Set.of(Optional.of(IndustrySection.C), Optional.of(IndustrySection.I)),
        plan.proposals().stream().map(ProposedJointOrganisation::industry).collect(Collectors.toSet()));
  }

  @Test
  void nearnessNeverCostsAPlacement() {
    // the building's {2,2,1} alone would be one group of 3; with the district's two loose ones
    // the optimum is {2,1}, {2,1,1}: all five placed
    List<Organisation> organisations = List.of(
        Orgs.of(0, SHENHE, 2, "华润大厦", null, null),
        Orgs.of(1, SHENHE, 2, "华润大厦", null, null),
        Orgs.of(2, SHENHE, 1, "华润大厦", null, null),
        Orgs.of(3, SHENHE, 1, "财富中心", null, null),
        Orgs.of(4, SHENHE, 1, null, null, null));
    JointPlan plan = JointPlanner.forSet(LIAONING).plan(organisations);
    assertEquals(5, plan.placed());
    assertEquals(2, plan.proposals().size());
  }

  @Test
  void unknownLocationsArePlacedAtTheNearestLevelTheyGive() {
    // no building and no street: the district still groups them (it is always known)
    JointPlan district = JointPlanner.forSet(LIAONING).plan(List.of(Orgs.of(0, SHENHE, 2), Orgs.of(1, SHENHE, 1)));
    assertEquals(1, district.proposals().size());
    assertEquals(Locality.DISTRICT, district.proposals().get(0).locality());
    // grouping within streets only: one without a street is of unknown location
    JointPlan streets = JointPlanner.forSet(LIAONING).within(Locality.STREET).plan(List.of(
        Orgs.of(0, SHENHE, 2, null, "北市街道", null), Orgs.of(1, SHENHE, 1, null, "北市街道", null),
        Orgs.of(2, SHENHE, 1, "华润大厦", null, null)));
    assertEquals(1, streets.proposals().size());
    assertEquals(List.of(UnplacedOrganisation.Reason.LOCATION_UNKNOWN),
        streets.unplaced().stream().map(UnplacedOrganisation::reason).toList());
    UnplacedOrganisation unknown = streets.unplaced().get(0);
    assertEquals("缺少所在街道（乡镇），无法判断与哪些单位联合；请补报所在街道（乡镇）。", unknown.message(Locale.CHINESE));
    assertEquals("Cannot tell which organisations it could join without its street or township; please report it.",
        unknown.message(Locale.ENGLISH));
    // the same building name in two districts is two buildings
    JointPlan twoDistricts = JointPlanner.forSet(HUNAN).plan(List.of(
        Orgs.of(0, "430102", 2, "中心大厦", null, null), Orgs.of(1, "430103", 1, "中心大厦", null, null)));
    assertEquals(0, twoDistricts.placed());
    assertEquals(List.of(UnplacedOrganisation.Reason.ALONE, UnplacedOrganisation.Reason.ALONE),
        twoDistricts.unplaced().stream().map(UnplacedOrganisation::reason).toList());
  }

  @Test
  void everyReasonHasItsTextInBothLanguages() {
    Organisation withParty = Orgs.of(4, SHENHE, 2).withPartyOrganisation(
        PartyOrganisation.builder().form(PartyOrganisationForm.JOINT).build());
    List<Organisation> organisations = List.of(
        Orgs.of(0, SHENHE, 1).withFormalMembers(java.util.OptionalInt.empty()),
        Orgs.of(1, SHENHE, 0),
        Orgs.of(2, SHENHE, 3),
        Orgs.of(2, SHENHE, 2),
        withParty,
        Orgs.of(5, "210104", 2),
        Orgs.of(6, "210105", 1), Orgs.of(7, "210105", 1),
        Orgs.of(8, "210106", 1), Orgs.of(9, "210106", 1), Orgs.of(10, "210106", 1), Orgs.of(11, "210106", 1),
        Orgs.of(12, "210106", 2).withBuilding("\u3000").withFormalMembers(-1),
        Orgs.of(13, "210106", 1).withPartyOrganisation(Optional.empty()));
    JointPlan plan = JointPlanner.forSet(LIAONING).plan(organisations);
    assertEquals(List.of(UnplacedOrganisation.Reason.FORMAL_MEMBERS_UNKNOWN, UnplacedOrganisation.Reason.NO_FORMAL_MEMBERS,
        UnplacedOrganisation.Reason.STANDALONE, UnplacedOrganisation.Reason.DUPLICATE,
        UnplacedOrganisation.Reason.HAS_PARTY_ORGANISATION, UnplacedOrganisation.Reason.ALONE,
        UnplacedOrganisation.Reason.TOO_FEW_MEMBERS, UnplacedOrganisation.Reason.TOO_FEW_MEMBERS,
        UnplacedOrganisation.Reason.CAP, UnplacedOrganisation.Reason.INVALID,
        UnplacedOrganisation.Reason.PARTY_ORGANISATION_UNKNOWN),
        plan.unplaced().stream().map(UnplacedOrganisation::reason).toList());
    assertEquals(1, plan.proposals().size());
    assertEquals(3, plan.placed());
    assertEquals(7, plan.candidates());
    Set<UnplacedOrganisation.Reason> seen = EnumSet.noneOf(UnplacedOrganisation.Reason.class);
    for (UnplacedOrganisation unplaced : plan.unplaced()) {
      seen.add(unplaced.reason());
      assertTexts(unplaced.message(Locale.CHINESE), unplaced.message(Locale.ENGLISH));
    }
    seen.add(UnplacedOrganisation.Reason.LOCATION_UNKNOWN); // its texts: in the tests above
    assertEquals(EnumSet.allOf(UnplacedOrganisation.Reason.class), seen);
    assertEquals("正式党员3名（3名以上），应单独建立党组织，不参加联合组建。", plan.unplaced().get(2).message(Locale.CHINESE));
    assertEquals("所在区（县）内正式党员不足3名的单位2个，正式党员合计2名，不足3名，暂无法联合组建党组织。",
        plan.unplaced().get(6).message(Locale.CHINESE));
    assertEquals("2 organisations with fewer than 3 formal members in its district or county, with 2 formal members together,"
        + " fewer than 3: it cannot form a joint party organisation for now.", plan.unplaced().get(6).message(Locale.ENGLISH));
    assertEquals("每个联合党组织最多覆盖3个单位，所在区（县）内其余单位编组后，本单位无法再编入一个正式党员达到3名的联合党组织。",
        plan.unplaced().get(8).message(Locale.CHINESE));
    assertEquals("所在区（县）内没有其他正式党员不足3名的单位，暂无法联合组建党组织。", plan.unplaced().get(5).message(Locale.CHINESE));
    UnplacedOrganisation invalid = plan.unplaced().get(9);
    assertEquals(List.of("building", "formalMembers"), invalid.violations().stream().map(v -> v.getField()).toList());
    assertEquals("记录中楼宇名称、正式党员人数有误，未参加规划；请更正后重报。", invalid.message(Locale.CHINESE));
    assertEquals("The record’s name of the building and number of formal members are wrong: not planned; please correct and"
        + " report it again.", invalid.message(Locale.ENGLISH));
    assertTrue(plan.unplaced().stream().filter(u -> u != invalid).allMatch(u -> u.violations().isEmpty()));
    assertEquals("缺少党组织设置情况，无法判断是否已建立党组织；请补报党组织设置情况。", plan.unplaced().get(10).message(Locale.CHINESE));
  }

  @Test
  void capacityIsTheExactOptimumOfEverySmallPool() {
    for (int cap = 0; cap <= 7; cap++) {
      for (int ones = 0; ones <= 8; ones++) {
        for (int twos = 0; ones + twos <= 9; twos++) {
          List<Integer> weights = new ArrayList<>();
          for (int i = 0; i < twos; i++) {
            weights.add(2);
          }
          for (int i = 0; i < ones; i++) {
            weights.add(1);
          }
          BruteForce.Best best = BruteForce.best(weights, cap);
          String at = ones + " ones, " + twos + " twos, cap " + cap;
          assertEquals(best.placed(), Capacity.maxPlaced(ones, twos, cap), at);
          assertEquals(best.groups(), Capacity.maxGroups(ones, twos, cap), at);
        }
      }
    }
  }

  @Test
  void aLargeRegisterIsPlannedToItsBound() {
    SplittableRandom random = new SplittableRandom(11);
    List<Organisation> organisations = new ArrayList<>();
    String[] districts = {"210102", "210103", "210104", "210105"};
    IndustrySection[] sections = IndustrySection.values();
    for (int i = 0; i < 100_000; i++) {
      organisations.add(Orgs.of(i, districts[random.nextInt(districts.length)], 1 + random.nextInt(2),
          random.nextInt(3) == 0 ? null : "大厦" + random.nextInt(3000), random.nextInt(4) == 0 ? null : "街道" + random.nextInt(40),
          random.nextInt(5) == 0 ? null : sections[random.nextInt(sections.length)]));
    }
    for (JointPlanner planner : List.of(JointPlanner.forSet(LIAONING), JointPlanner.forSet(HUNAN))) {
      JointPlan plan = planner.plan(organisations);
      assertEquals(plan.upperBound(), plan.placed());
      assertEquals(plan.maxJointOrganisations(), plan.proposals().size());
      assertEquals(organisations.size(), plan.placed() + plan.unplaced().size());
      assertTrue(plan.proposals().stream().allMatch(p -> p.formalMembers() >= 3 && p.organisations() <= planner.cap()));
    }
  }
}
