package org.partyorg.rules.api;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.partyorg.rules.api.internal.Codes;

/**
 * One entry of the fact vocabulary: a fact's name, its {@linkplain FactKind kind}, its
 * {@linkplain Unit unit}, and its Chinese and English names, declared once and used by every
 * finding and every text that shows the fact (职工人数 / head-count).
 *
 * <p>The name is the model's property path where the fact is a property of the organisation
 * ({@code headCount}, {@code partyOrganisation.coveredOrganisations}), and a name of its own for
 * a quantity a rule derives ({@code partyMembers}). One name has one definition across the
 * library: the shared model's facts are declared in {@link ModelFacts}; a policy set declares
 * the ones its document adds beside its rules.
 *
 * <p>The names are noun phrases, because texts put them into sentences: an undecided finding
 * reads "缺少{name}，无法判断" / "cannot decide without {name}", a violation "{name}须为……". Name
 * what is measured, not a statement about it: 党群服务站建立情况 / "party-and-mass service station
 * status", not 已建立党群服务站.
 *
 * <p>Immutable and thread-safe; two fact types are equal when all their parts are.
 */
public final class FactType {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*");

  private final String name;
  private final FactKind kind;
  private final Unit unit;
  private final String nameZh;
  private final String nameEn;

  private FactType(String name, FactKind kind, Unit unit, String nameZh, String nameEn) {
    this.name = Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("fact name " + org.partyorg.rules.api.internal.Texts.echo(name)
          + " is not a property path such as headCount or partyOrganisation.coveredOrganisations");
    }
    this.kind = Objects.requireNonNull(kind, "kind");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.nameZh = requireText(nameZh, "nameZh");
    this.nameEn = requireText(nameEn, "nameEn");
  }

  private static String requireText(String text, String what) {
    return Codes.name(text, what);
  }

  /**
   * A fact type.
   *
   * @param name a property path: letters and digits, parts joined by dots, each starting with a
   *     lower-case letter
   * @throws IllegalArgumentException if the name is not a property path or a name is blank
   */
  public static FactType of(String name, FactKind kind, Unit unit, String nameZh, String nameEn) {
    return new FactType(name, kind, unit, nameZh, nameEn);
  }

  /** A count of {@code unit} (persons, organisations, items, times, years). */
  public static FactType count(String name, Unit unit, String nameZh, String nameEn) {
    return new FactType(name, FactKind.COUNT, unit, nameZh, nameEn);
  }

  /** An amount in yuan. */
  public static FactType amount(String name, String nameZh, String nameEn) {
    return new FactType(name, FactKind.AMOUNT, Unit.YUAN, nameZh, nameEn);
  }

  /** A date. */
  public static FactType date(String name, String nameZh, String nameEn) {
    return new FactType(name, FactKind.DATE, Unit.NONE, nameZh, nameEn);
  }

  /** One code of a closed list. */
  public static FactType code(String name, String nameZh, String nameEn) {
    return new FactType(name, FactKind.CODE, Unit.NONE, nameZh, nameEn);
  }

  /** Several codes. */
  public static FactType codes(String name, String nameZh, String nameEn) {
    return new FactType(name, FactKind.CODE_LIST, Unit.NONE, nameZh, nameEn);
  }

  /** Yes or no. */
  /** Several periods ({@link FactKind#PERIOD_LIST}): 2021-Q3, 2021-Q4. */
  public static FactType periods(String name, String nameZh, String nameEn) {
    return new FactType(name, FactKind.PERIOD_LIST, Unit.NONE, nameZh, nameEn);
  }

  public static FactType flag(String name, String nameZh, String nameEn) {
    return new FactType(name, FactKind.FLAG, Unit.NONE, nameZh, nameEn);
  }

  /** The name of the fact, a property path such as {@code partyOrganisation.coveredOrganisations}. */
  public String getName() {
    return name;
  }

  public FactKind getKind() {
    return kind;
  }

  public Unit getUnit() {
    return unit;
  }

  /** The Chinese name, as a clerk reads it: 职工人数. */
  public String getNameZh() {
    return nameZh;
  }

  /** The English name: head-count. */
  public String getNameEn() {
    return nameEn;
  }

  /** The name for a {@code zh} locale's texts, the English one otherwise. */
  public String displayName(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FactType that && name.equals(that.name) && kind == that.kind && unit == that.unit
        && nameZh.equals(that.nameZh) && nameEn.equals(that.nameEn);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name, e.g. {@code headCount}. */
  @Override
  public String toString() {
    return name;
  }
}
