package org.partyorg.rules.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <p>A code fact ({@link FactKind#CODE}, {@link FactKind#CODE_LIST}) whose codes are not constants
 * of the model names them with {@link #naming}, so that texts show 联合建立党组织, not
 * {@code JOINT}; data keeps the code.
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
  private final Map<String, String[]> codeNames;

  private FactType(String name, FactKind kind, Unit unit, String nameZh, String nameEn) {
    this(name, kind, unit, nameZh, nameEn, Map.of());
  }

  private FactType(String name, FactKind kind, Unit unit, String nameZh, String nameEn, Map<String, String[]> codeNames) {
    this.name = Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("fact name " + org.partyorg.rules.api.internal.Texts.echo(name)
          + " is not a property path such as headCount or partyOrganisation.coveredOrganisations");
    }
    this.kind = Objects.requireNonNull(kind, "kind");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.nameZh = requireText(nameZh, "nameZh");
    this.nameEn = requireText(nameEn, "nameEn");
    this.codeNames = codeNames;
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

  /** Several periods ({@link FactKind#PERIOD_LIST}): 2021-Q3, 2021-Q4. */
  public static FactType periods(String name, String nameZh, String nameEn) {
    return new FactType(name, FactKind.PERIOD_LIST, Unit.NONE, nameZh, nameEn);
  }

  /** Yes or no. */
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

  /**
   * This fact type with one of its codes named, for texts: {@code naming("JOINT", "联合建立党组织",
   * "joint party organisation")}. Data keeps the code.
   *
   * @throws IllegalArgumentException if the fact is not a code fact, the code is blank or named
   *     already, or a name is blank
   */
  public FactType naming(String code, String nameZh, String nameEn) {
    if (kind != FactKind.CODE && kind != FactKind.CODE_LIST) {
      throw new IllegalArgumentException("fact " + name + " is a " + kind + ", not a code: it has no codes to name");
    }
    String checked = Codes.name(code, "code");
    if (codeNames.containsKey(checked)) {
      throw new IllegalArgumentException("fact " + name + ": code " + checked + " named twice");
    }
    Map<String, String[]> names = new LinkedHashMap<>(codeNames);
    names.put(checked, new String[] {requireText(nameZh, "nameZh"), requireText(nameEn, "nameEn")});
    return new FactType(name, kind, unit, this.nameZh, this.nameEn, Map.copyOf(names));
  }

  /** The name {@link #naming} gave a code, in a {@code zh} locale's texts or English; empty when it has none. */
  public Optional<String> codeName(String code, Locale locale) {
    String[] names = codeNames.get(code);
    return names == null ? Optional.empty() : Optional.of("zh".equals(locale.getLanguage()) ? names[0] : names[1]);
  }

  /** The name for a {@code zh} locale's texts, the English one otherwise. */
  public String displayName(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FactType that && name.equals(that.name) && kind == that.kind && unit == that.unit
        && nameZh.equals(that.nameZh) && nameEn.equals(that.nameEn) && sameCodeNames(that);
  }

  private boolean sameCodeNames(FactType that) {
    if (!codeNames.keySet().equals(that.codeNames.keySet())) {
      return false;
    }
    return codeNames.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), that.codeNames.get(e.getKey())));
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
