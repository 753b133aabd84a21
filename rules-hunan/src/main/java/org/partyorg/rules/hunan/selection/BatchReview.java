package org.partyorg.rules.hunan.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.hunan.quota.QuotaCheck;

/**
 * The review of a batch of applications: each one's {@link Review}, in the order given (a null
 * or wrong entry is reviewed like the others and stops nothing); the cities or prefectures that
 * recommended more than their quota ({@link QuotaCheck} on the set's
 * {@code recommendationsPerCity}, 三（二）), by name in {@link #overQuota()}; and whether the eligible applications can fill the 10
 * direct and 14 city-level places (三（三）). Immutable and safe to share between threads.
 */
public final class BatchReview {
  /**
   * How the eligible applications of one channel stand against its selection quota, in
   * organisations. For the city-level channel, each city counts at most its own quota of
   * eligible recommendations ({@code perCity}); for the direct channel {@code perCity} is 0 and
   * not used. Undecided applications are not counted as eligible; their number is given apart.
   */
  public record Total(Channel channel, Parameter quota, int eligible, int undecided, int perCity) {
    /** How many places the eligible applications leave unfilled; 0 when they are enough. */
    public int shortfall() {
      return Math.max(0, quota.intValue() - eligible);
    }

    /** 行业党委直属基层党组织中符合申报条件的有8个，少于应遴选确定的10个，差2个（《实施方案》三（三））。 */
    public String messageZh() {
      return text(Locale.CHINESE);
    }

    /** Directly under the industry party committee, 8 organisations meet the conditions, fewer than the 10 to be selected: 2 short (the plan, section 3(3)). */
    public String messageEn() {
      return text(Locale.ENGLISH);
    }

    private String text(Locale locale) {
      String key = "total." + (channel == Channel.DIRECT ? "direct" : "city") + (shortfall() > 0 ? ".short" : ".enough");
      return Texts.format(key, locale, Map.of(
          "eligible", eligible, "quota", quota.intValue(), "shortfall", shortfall(), "perCity", perCity));
    }

    @Override
    public String toString() {
      return messageEn();
    }
  }

  /**
   * A city or prefecture that recommended more than its quota, named as a clerk reads it, with
   * the places in the batch of its recommendations: the {@link QuotaCheck.Breach} it rests on
   * gives the count, the quota and its citation (三（二）).
   *
   * @param cityCode the city's GB/T 2260 code, {@code 430100}
   * @param positions the places in the batch (from 1) of the applications it recommended, in order
   */
  public record OverQuota(String cityCode, QuotaCheck.Breach breach, List<Integer> positions) {
    public OverQuota {
      positions = List.copyOf(positions);
    }

    /** 长沙市. */
    public String cityNameZh() {
      return Texts.template("city." + cityCode).getZh();
    }

    /** Changsha. */
    public String cityNameEn() {
      return Texts.template("city." + cityCode).getEn();
    }

    /** 长沙市推荐了2个创建单位（第1、2份申请），超过每个市州1个的名额，应调减至1个以内（《实施方案》三（二））。 */
    public String messageZh() {
      return text(Locale.CHINESE, cityNameZh());
    }

    /** Changsha recommended 2 organisations (applications 1 and 2), more than the 1 allowed for each city or prefecture: must reduce them to 1 or fewer (the plan, section 3(2)). */
    public String messageEn() {
      return text(Locale.ENGLISH, cityNameEn());
    }

    private String text(Locale locale, String city) {
      return Texts.format("over-quota", locale, Map.of(
          "city", city, "count", breach.count(), "positions", positions, "quota", breach.quota().intValue()));
    }

    @Override
    public String toString() {
      return messageEn();
    }
  }

  /** The two channels of 三（二）and their places of 三（三）. */
  public enum Channel {
    /** Organisations directly under the industry party committee, applying themselves: 10 places. */
    DIRECT,
    /** Organisations recommended by a city or prefecture: 14 places. */
    CITY
  }

  private final List<Review> reviews;
  private final List<QuotaCheck.Breach> cityBreaches;
  private final Total direct;
  private final Total city;

  BatchReview(List<Review> reviews, List<QuotaCheck.Breach> cityBreaches, Total direct, Total city) {
    this.reviews = List.copyOf(reviews);
    this.cityBreaches = List.copyOf(cityBreaches);
    this.direct = direct;
    this.city = city;
  }

  /** One review per entry of the batch, in its order. */
  public List<Review> reviews() {
    return reviews;
  }

  /** The reviews with this verdict, in the batch's order. */
  public List<Review> reviews(Verdict verdict) {
    return reviews.stream().filter(r -> r.verdict() == verdict).toList();
  }

  /**
   * The cities or prefectures that recommended more organisations than their quota, by group
   * (the city code's first four digits, {@code 4301}) in the order they first appear; each
   * recommendation counts, eligible or not, and a practice recommended twice counts once.
   */
  public List<QuotaCheck.Breach> cityBreaches() {
    return cityBreaches;
  }

  /**
   * {@link #cityBreaches()} with each city's name and the applications it recommended, in the
   * same order.
   */
  public List<OverQuota> overQuota() {
    List<OverQuota> named = new ArrayList<>(cityBreaches.size());
    for (QuotaCheck.Breach breach : cityBreaches) {
      named.add(new OverQuota(breach.group() + "00", breach,
          recommendationsOf(breach.group()).stream().map(Review::position).toList()));
    }
    return named;
  }

  /** The reviews of the recommendations of one city group ({@code 4301}), in the batch's order. */
  public List<Review> recommendationsOf(String cityGroup) {
    return reviews.stream().filter(r -> r.cityGroup().filter(cityGroup::equals).isPresent()).toList();
  }

  /** The direct channel against its 10 places. */
  public Total directlyManaged() {
    return direct;
  }

  /** The city-level channel against its 14 places. */
  public Total cityLevel() {
    return city;
  }
}
