package org.partyorg.rules.api.model;

import org.partyorg.rules.api.internal.Codes;

/**
 * A fact about an organisation that some rule turns on and that its category does not say:
 * "internet enterprise", "shell enterprise", "judged to meet the conditions". A code that
 * systems store and compare ({@code SHELL}), with Chinese and English names for texts.
 *
 * <p>The vocabulary is open: each policy set declares the traits its document speaks of in its
 * {@link org.partyorg.rules.api.Vocabulary}, and the evaluator rejects an organisation that
 * carries a trait no discovered set declares. Two traits are equal when their codes are, so a
 * caller can write {@code Trait.of("SHELL")} without depending on the module that declares it.
 *
 * <p>An organisation has a trait only if the caller says so; the absence of a trait is not
 * evidence of anything else.
 *
 * <p>Immutable and thread-safe.
 */
public final class Trait {
  private final String code;
  private final String nameZh;
  private final String nameEn;

  private Trait(String code, String nameZh, String nameEn) {
    this.code = Codes.check(code, "trait code");
    this.nameZh = Codes.name(nameZh, "nameZh");
    this.nameEn = Codes.name(nameEn, "nameEn");
  }

  /**
   * A trait with its names, as a policy set declares it.
   *
   * @throws IllegalArgumentException if the code is not upper-case words joined by underscores
   *     or a name is blank
   */
  public static Trait of(String code, String nameZh, String nameEn) {
    return new Trait(code, nameZh, nameEn);
  }

  /** The trait with this code, as a caller reports it; its names are the code. */
  public static Trait of(String code) {
    return new Trait(code, code, code);
  }

  /** The stable code, e.g. {@code SHELL}: store this. */
  public String code() {
    return code;
  }

  /** The code, as an enum constant's name would be. */
  public String name() {
    return code;
  }

  /** The Chinese name, e.g. 空壳. */
  public String chineseName() {
    return nameZh;
  }

  /** The English name, e.g. shell enterprise. */
  public String englishName() {
    return nameEn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Trait that && code.equals(that.code);
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
