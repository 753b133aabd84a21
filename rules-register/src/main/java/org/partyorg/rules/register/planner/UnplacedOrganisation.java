package org.partyorg.rules.register.planner;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.core.Violation;

/**
 * An organisation the plan does not place in a joint party organisation, with the reason.
 * Immutable and safe to share.
 */
public final class UnplacedOrganisation {
  /** Why an organisation is not placed. */
  public enum Reason {
    /** The record breaks the model's constraints: see {@link UnplacedOrganisation#violations()}. */
    INVALID("invalid"),
    /** The number of formal members is not reported: unknown is not zero. */
    FORMAL_MEMBERS_UNKNOWN("formal-members-unknown"),
    /** No formal members (N3: party work coverage instead). */
    NO_FORMAL_MEMBERS("no-formal-members"),
    /** 3 formal members or more (N1: a party organisation of its own). */
    STANDALONE("standalone"),
    /**
     * Whether it has a party organisation is not reported: unknown is not "none", and a joint
     * organisation planned for one that has its own would count it twice.
     */
    PARTY_ORGANISATION_UNKNOWN("party-organisation-unknown"),
    /** It reports a party organisation already. */
    HAS_PARTY_ORGANISATION("has-party-organisation"),
    /** Its credit code was listed before: one organisation is planned once. */
    DUPLICATE("duplicate"),
    /**
     * The locality the plan groups within (the building for Hunan's co-located platforms) is not
     * reported.
     */
    LOCATION_UNKNOWN("location-unknown"),
    /** The only organisation that may join in its locality. */
    ALONE("alone"),
    /** The organisations that may join in its locality have fewer than 3 formal members together. */
    TOO_FEW_MEMBERS("too-few-members"),
    /**
     * Left out by the cap: without it every organisation of the locality would fit into one
     * joint organisation, but within it no plan places more of them.
     */
    CAP("cap");

    private final MessageTemplate template;

    Reason(String key) {
      this.template = PlannerTexts.MESSAGES.template("unplaced." + key);
    }
  }

  private final String creditCode;
  private final String name;
  private final OptionalInt formalMembers;
  private final Reason reason;
  private final Locality locality;
  private final int poolOrganisations;
  private final int poolFormalMembers;
  private final int cap;
  private final List<Violation> violations;

  UnplacedOrganisation(String creditCode, String name, OptionalInt formalMembers, Reason reason, Locality locality,
      int poolOrganisations, int poolFormalMembers, int cap, List<Violation> violations) {
    this.creditCode = creditCode;
    this.name = name;
    this.formalMembers = formalMembers;
    this.reason = reason;
    this.locality = locality;
    this.poolOrganisations = poolOrganisations;
    this.poolFormalMembers = poolFormalMembers;
    this.cap = cap;
    this.violations = List.copyOf(violations);
  }

  /** Its unified social credit code, as given. */
  public String creditCode() {
    return creditCode;
  }

  /** Its name, as given. */
  public String name() {
    return name;
  }

  /** Its formal members, in persons; empty when not reported. */
  public OptionalInt formalMembers() {
    return formalMembers;
  }

  /** Why the plan leaves it out. */
  public Reason reason() {
    return reason;
  }

  /**
   * For an {@link Reason#INVALID invalid} record, every violation (field, value, reason in
   * Chinese and English); empty otherwise.
   */
  public List<Violation> violations() {
    return violations;
  }

  /** The reason for a clerk, in Chinese ({@code zh}) or English (any other locale). */
  public String message(Locale locale) {
    boolean chinese = "zh".equals(locale.getLanguage());
    return reason.template.format(locale, Map.of(
        "formalMembers", formalMembers.isPresent() ? formalMembers.getAsInt() : -1,
        "level", locality.ordinal(),
        "organisations", poolOrganisations,
        "total", poolFormalMembers,
        "cap", cap,
        "fields", violations.stream().map(v -> chinese ? v.getFieldNameZh() : v.getFieldNameEn()).distinct().toList()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnplacedOrganisation that && creditCode.equals(that.creditCode) && name.equals(that.name)
        && formalMembers.equals(that.formalMembers) && reason == that.reason && locality == that.locality
        && poolOrganisations == that.poolOrganisations && poolFormalMembers == that.poolFormalMembers && cap == that.cap
        && violations.equals(that.violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(creditCode, reason);
  }

  /** The code and the reason, for logs and test failures. */
  @Override
  public String toString() {
    return creditCode + " " + reason;
  }
}
