package org.partyorg.rules.hunan.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.partyorg.rules.hunan.selection.Forms.SELECTION;
import static org.partyorg.rules.hunan.selection.Forms.complete;
import static org.partyorg.rules.hunan.selection.Forms.direct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionKind;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.hunan.quota.QuotaCheck;

/** A batch against the quotas: one recommendation per city, 10 direct and 14 city-level places. */
class BatchReviewTest {
  /** A city-level application of practice {@code n}, recommended by the city with this code. */
  private static Application city(int n, String code) {
    return complete(n).city(code).build();
  }

  private static Application late(Application application) {
    return Application.builder().from(application).submitted(LocalDate.of(2020, 8, 16)).build();
  }

  @Test
  void aCityThatRecommendsTwoIsNamedAndBothApplicationsAreStillReviewed() {
    BatchReview batch = SELECTION.review(List.of(city(1, "430100"), city(2, "430100"), city(3, "430200")));
    assertEquals(1, batch.cityBreaches().size());
    QuotaCheck.Breach breach = batch.cityBreaches().get(0);
    assertEquals("4301", breach.group());
    assertEquals(2, breach.count());
    assertEquals("recommendationsPerCity", breach.quota().getKey());
    assertEquals("“4301”组有候选单位2个，超过每组1个的名额，应调减至1个以内（《实施方案》三（二））。", breach.messageZh());
    assertEquals(List.of(1, 2), batch.recommendationsOf("4301").stream().map(Review::position).toList());
    BatchReview.OverQuota changsha = batch.overQuota().get(0);
    assertEquals("430100", changsha.cityCode());
    assertEquals(List.of(1, 2), changsha.positions());
    assertEquals("长沙市推荐了2个创建单位（第1、2份申请），超过每个市州1个的名额，应调减至1个以内（《实施方案》三（二））。",
        changsha.messageZh());
    assertEquals("Changsha recommended 2 organisations (applications 1 and 2), more than the 1 allowed for each city or"
        + " prefecture: must reduce them to 1 or fewer (the plan, section 3(2)).", changsha.messageEn());
    assertEquals(3, batch.reviews(Verdict.ELIGIBLE).size());
    // 4301 counts once against its one place: 2 of the 14
    assertEquals(2, batch.cityLevel().eligible());
    assertEquals(12, batch.cityLevel().shortfall());
  }

  @Test
  void oneRecommendationPerCityKeepsTheQuotaAndTheSamePracticeTwiceCountsOnce() {
    assertEquals(List.of(), SELECTION.review(List.of(city(1, "430100"), city(2, "430200"))).cityBreaches());
    assertEquals(List.of(), SELECTION.review(List.of(city(1, "430100"), city(1, "430100"))).cityBreaches());
  }

  @Test
  void everyRecommendationCountsAgainstTheCityEligibleOrNot() {
    BatchReview batch = SELECTION.review(List.of(city(1, "430100"), late(city(2, "430100"))));
    assertEquals(1, batch.cityBreaches().size());
    assertEquals(List.of(Verdict.ELIGIBLE, Verdict.INELIGIBLE), batch.reviews().stream().map(Review::verdict).toList());
    assertEquals(1, batch.cityLevel().eligible());
  }

  @Test
  void fourteenCitiesWithOneEligibleRecommendationEachFillTheCityLevelPlaces() {
    List<Application> applications = new ArrayList<>();
    int n = 0;
    for (String code : Selection.CITIES.stream().sorted().toList()) {
      applications.add(city(++n, code));
    }
    BatchReview batch = SELECTION.review(applications);
    assertEquals(List.of(), batch.cityBreaches());
    assertEquals(14, batch.cityLevel().eligible());
    assertEquals(List.of(), batch.overQuota());
    BatchReview.OverQuota xiangxi = SELECTION.review(List.of(city(1, "433100"), city(2, "433100"))).overQuota().get(0);
    assertEquals("湘西土家族苗族自治州", xiangxi.cityNameZh());
    assertEquals("Xiangxi Tujia and Miao Autonomous Prefecture", xiangxi.cityNameEn());
    assertEquals(0, batch.cityLevel().shortfall());
    assertEquals("各市州推荐且符合申报条件的有14个（每个市州至多计1个），可从中遴选确定14个市州执业机构党组织（《实施方案》三（三））。",
        batch.cityLevel().messageZh());
    applications.set(13, late(applications.get(13)));
    BatchReview short1 = SELECTION.review(applications);
    assertEquals(13, short1.cityLevel().eligible());
    assertEquals(1, short1.cityLevel().shortfall());
    assertEquals("Recommended by the cities and prefectures, 13 organisations meet the conditions (at most 1 counted for"
        + " each), fewer than the 14 to be selected: 1 short (the plan, section 3(3)).", short1.cityLevel().messageEn());
  }

  /** Both sides of the 10 direct places: 9 eligible are 1 short, 10 are enough. */
  @Test
  void tenEligibleDirectApplicationsFillTheDirectPlacesAndNineDoNot() {
    List<Application> applications = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      applications.add(direct(i).build());
    }
    BatchReview nine = SELECTION.review(applications);
    assertEquals(9, nine.directlyManaged().eligible());
    assertEquals(1, nine.directlyManaged().shortfall());
    assertEquals("行业党委直属基层党组织中符合申报条件的有9个，少于应遴选确定的10个，差1个（《实施方案》三（三））。",
        nine.directlyManaged().messageZh());
    applications.add(direct(10).build());
    BatchReview ten = SELECTION.review(applications);
    assertEquals(0, ten.directlyManaged().shortfall());
    assertEquals("Directly under the industry party committee, 10 organisations meet the conditions, enough for the 10"
        + " to be selected (the plan, section 3(3)).", ten.directlyManaged().messageEn());
    assertEquals(0, ten.cityLevel().eligible(), "direct applications take no city place");
    assertEquals(List.of(), ten.cityBreaches(), "direct applications count against no city");
  }

  @Test
  void undecidedApplicationsAreCountedApartNotAsEligible() {
    Application clean = direct(1).practice(
        Forms.practice(1, Forms.FOUNDED).withSanctionRecord(SanctionRecord.of())).build();
    Application unknownSanctions = Application.builder().from(direct(2).build())
        .practice(org.partyorg.rules.api.model.Organisation.builder().from(Forms.practice(2, Forms.FOUNDED))
            .sanctionRecord(Optional.empty()).build())
        .build();
    BatchReview batch = SELECTION.review(List.of(clean, unknownSanctions));
    assertEquals(List.of(Verdict.ELIGIBLE, Verdict.UNDECIDED), batch.reviews().stream().map(Review::verdict).toList());
    assertEquals(1, batch.directlyManaged().eligible());
    assertEquals(1, batch.directlyManaged().undecided());
  }

  @Test
  void aNullOrBrokenEntryIsReportedAndStopsNothing() {
    Application sanctioned = direct(3).practice(Forms.practice(3, Forms.FOUNDED).withSanctionRecord(
        SanctionRecord.of(Sanction.of(SanctionKind.INDUSTRY_DISCIPLINE, LocalDate.of(2019, 1, 1))))).build();
    BatchReview batch = SELECTION.review(Arrays.asList(direct(1).build(), null, Application.builder().build(), sanctioned));
    assertEquals(List.of(Verdict.ELIGIBLE, Verdict.INELIGIBLE, Verdict.INELIGIBLE, Verdict.INELIGIBLE),
        batch.reviews().stream().map(Review::verdict).toList());
    Review empty = batch.reviews().get(1);
    assertEquals(Optional.empty(), empty.application());
    assertEquals("#2", empty.id());
    assertEquals("第2份申请为空，无法审核。", empty.problems().get(0).messageZh());
    assertEquals("Application 2 is empty and cannot be reviewed.", empty.problems().get(0).messageEn());
    assertEquals(List.of("B2"), batch.reviews().get(3).reasons().stream().map(Result::key).toList());
    assertEquals(1, batch.directlyManaged().eligible());
    assertThrows(NullPointerException.class, () -> SELECTION.review((List<Application>) null));
  }

  /** A what-if of the set with 2 recommendations per city: 2 keep it, 3 break it. */
  @Test
  void aVariantSetWithAnotherQuotaReviewsTheBatchByIt() {
    Selection two = Selection.of(Forms.PLAN.withOverrides(Map.of("recommendationsPerCity", 2)));
    BatchReview batch = two.review(List.of(city(1, "430100"), city(2, "430100")));
    assertEquals(List.of(), batch.cityBreaches());
    assertEquals(2, batch.cityLevel().eligible());
    BatchReview three = two.review(List.of(city(1, "430100"), city(2, "430100"), city(3, "430100")));
    assertEquals(List.of(3), three.cityBreaches().stream().map(QuotaCheck.Breach::count).toList());
    assertEquals(2, three.cityBreaches().get(0).quota().intValue());
    assertEquals(2, three.cityLevel().eligible(), "each city counts at most its quota");
  }
}
