package org.partyorg.rules.api;

import org.partyorg.rules.api.internal.Codes;

/**
 * What a finding holds an organisation to, named so that findings of different policy sets on
 * the same duty can be compared: where two sets apply to one organisation (a Wuhan accounting
 * firm under {@code wuhan-2016} and {@code hubei-cpa-2016}), their findings on one obligation
 * should agree, and the {@link Assessment} shows where they do not ({@link Conflict}).
 *
 * <p>The constants are the obligations the documents share; a policy set may declare its own.
 * Two obligations are equal when their codes are. Immutable and thread-safe.
 */
public final class Obligation {
  /** N1: 3 or more formal members, a party organisation of its own (单独组建). */
  public static final Obligation STANDALONE_ORGANISATION = of("N1", "有3名以上正式党员的单独组建党组织",
      "a party organisation of its own where there are 3 or more formal members");
  /** N2: party members, fewer than 3 formal ones, a joint party organisation (联合组建). */
  public static final Obligation JOINT_ORGANISATION = of("N2", "党员不足3人的建立联合党组织",
      "a joint party organisation where there are fewer than 3 formal members");
  /** N3: no party members, party work coverage. */
  public static final Obligation WORK_COVERAGE = of("N3", "没有党员的实现党的工作覆盖",
      "party work coverage where there are no party members");
  /** 建有党组织: a party organisation of a form the document accepts. */
  public static final Obligation PARTY_ORGANISATION = of("PARTY_ORGANISATION", "建有党组织", "a party organisation");
  /** 有党员: party members in the organisation. */
  public static final Obligation PARTY_MEMBERS = of("PARTY_MEMBERS", "有党员", "party members");

  private final String code;
  private final String nameZh;
  private final String nameEn;

  private Obligation(String code, String nameZh, String nameEn) {
    this.code = Codes.check(code, "obligation code");
    this.nameZh = Codes.name(nameZh, "nameZh");
    this.nameEn = Codes.name(nameEn, "nameEn");
  }

  /**
   * An obligation with its names.
   *
   * @throws IllegalArgumentException if the code is not upper-case words and digits joined by
   *     underscores or a name is blank
   */
  public static Obligation of(String code, String nameZh, String nameEn) {
    return new Obligation(code, nameZh, nameEn);
  }

  /** The stable code, e.g. {@code N2}. */
  public String code() {
    return code;
  }

  /** The Chinese name, as a clerk reads it. */
  public String chineseName() {
    return nameZh;
  }

  /** The English name. */
  public String englishName() {
    return nameEn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Obligation that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
