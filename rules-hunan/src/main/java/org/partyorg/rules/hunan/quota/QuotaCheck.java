package org.partyorg.rules.hunan.quota;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.Parameter;

/**
 * Checks a list of candidates (recommendations, selections) against a count quota that a policy
 * set declares as a cited {@link Parameter}: a quota speaks of a list, not of one organisation,
 * so it is not a rule of {@link org.partyorg.rules.api.PolicySet#assess}. The quotas are those of
 * {@code hunan-benchmark-2020} (三（二） one recommendation per city, 三（三） 10 directly managed and
 * 14 city-level selections), the only set that declares any, so the check lives in its module.
 *
 * <pre>{@code
 * PolicySet hunan = evaluator.policySet("hunan-benchmark-2020");
 * QuotaCheck perCity = QuotaCheck.atMostPerGroup(hunan.parameter("recommendationsPerCity").orElseThrow());
 * List<QuotaCheck.Breach> breaches = perCity.check(List.of(
 *     new QuotaCheck.Candidate("91430100MA4L00000X", "4301"),   // grouped by city (4-digit division)
 *     new QuotaCheck.Candidate("91430100MA4L00001Y", "4301")));
 * // one breach: “4301”有候选单位2个，超过每组1个的名额，应调减至1个以内（《实施方案》三（二））。
 * }</pre>
 *
 * <p>Candidates are counted once per id, whatever the order or repetition of the list. A check
 * is immutable and safe to share between threads; reading the quota from the set's parameter
 * (rather than a literal) lets a what-if set with another value check a list the same way.
 */
public final class QuotaCheck {
  /** One entry of a list: who (an id such as a credit code) and which group it counts against. */
  public record Candidate(String id, String group) {
    public Candidate {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(group, "group");
    }
  }

  /** How a quota binds a group's count. */
  public enum Kind {
    /** Each group has at most the quota (one recommendation per city). */
    AT_MOST_PER_GROUP,
    /** The named group has exactly the quota (10 organisations selected directly). */
    EXACTLY
  }

  /**
   * A group whose count breaks the quota, with the quota's parameter and so its citation. Its
   * texts ({@code hunan-benchmark-2020-quotas_zh.properties} and {@code _en}, keys
   * {@code quota.at-most-per-group} and {@code quota.exactly}) give the group, its count, the
   * quota and what to do, with the plan's section.
   */
  public record Breach(Kind kind, String group, int count, Parameter quota) {
    /** “4303”组有候选单位2个，超过每组1个的名额，应调减至1个以内（《实施方案》三（二））。 */
    public String messageZh() {
      return text(Locale.CHINESE);
    }

    /** Group “4303” has 2 candidates, more than the 1 allowed per group: must reduce them to 1 or fewer (the plan, section 三（二）). */
    public String messageEn() {
      return text(Locale.ENGLISH);
    }

    private String text(Locale locale) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("group", group);
      values.put("count", count);
      values.put("quota", quota.intValue());
      values.put("section", quota.getCitation().sectionIn(locale));
      return Texts.template(kind).format(locale, values);
    }

    @Override
    public String toString() {
      return messageEn();
    }
  }

  /** The texts of a breach, read when first needed: a quota is not a finding, so they are not the set's. */
  private static final class Texts {
    private static final Messages MESSAGES = Messages.load(QuotaCheck.class, "hunan-benchmark-2020-quotas");
    private static final MessageTemplate AT_MOST = MESSAGES.template("quota.at-most-per-group");
    private static final MessageTemplate EXACTLY = MESSAGES.template("quota.exactly");

    static MessageTemplate template(Kind kind) {
      return kind == Kind.AT_MOST_PER_GROUP ? AT_MOST : EXACTLY;
    }
  }

  private final Kind kind;
  private final String group;
  private final Parameter quota;

  private QuotaCheck(Kind kind, String group, Parameter quota) {
    this.kind = kind;
    this.group = group;
    this.quota = Objects.requireNonNull(quota, "quota");
    if (quota.getValue().signum() < 0 || quota.getValue().stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          "quota " + quota.getKey() + " must be a whole number of zero or more, got " + quota.getValue());
    }
  }

  /** Every group has at most {@code limit} candidates. */
  public static QuotaCheck atMostPerGroup(Parameter limit) {
    return new QuotaCheck(Kind.AT_MOST_PER_GROUP, null, limit);
  }

  /** The group {@code group} has exactly {@code quota} candidates (none is a breach too). */
  public static QuotaCheck exactly(String group, Parameter quota) {
    return new QuotaCheck(Kind.EXACTLY, Objects.requireNonNull(group, "group"), quota);
  }

  public Parameter quota() {
    return quota;
  }

  /** The breaches, by group in the order the groups first appear; empty when the list keeps the quota. */
  public List<Breach> check(Collection<Candidate> candidates) {
    Map<String, Set<String>> byGroup = new LinkedHashMap<>();
    for (Candidate candidate : candidates) {
      byGroup.computeIfAbsent(candidate.group(), g -> new LinkedHashSet<>()).add(candidate.id());
    }
    int limit = quota.intValue();
    List<Breach> breaches = new ArrayList<>();
    if (kind == Kind.EXACTLY) {
      int count = byGroup.getOrDefault(group, Set.of()).size();
      if (count != limit) {
        breaches.add(new Breach(kind, group, count, quota));
      }
      return breaches;
    }
    byGroup.forEach((g, ids) -> {
      if (ids.size() > limit) {
        breaches.add(new Breach(kind, g, ids.size(), quota));
      }
    });
    return breaches;
  }
}
