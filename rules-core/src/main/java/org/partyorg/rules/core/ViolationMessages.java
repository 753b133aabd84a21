package org.partyorg.rules.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.internal.Named;
import org.partyorg.rules.api.internal.Texts;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;

/**
 * The Chinese and English text of each constraint the model uses, and how a violation is turned
 * into text. The texts are in {@code validation_zh.properties} and {@code validation_en.properties}
 * ({@link Messages}), keyed by the constraint's message template, read here rather than through
 * {@code ValidationMessages} bundles, which a named module cannot reliably hand to Hibernate
 * Validator, and so that both languages are always produced whatever the default locale.
 *
 * <p>A text is filled in one pass ({@link MessageTemplate#format}): the value of the record is
 * inserted once, cut to a bounded length with its control characters escaped
 * ({@link org.partyorg.rules.api.internal.Texts#echo}), and never read again as part of the text.
 */
final class ViolationMessages {
  /** The texts, read with no vocabulary: a string put in is a record's value, shown as given. */
  static final Messages TEXTS = Messages.load(ViolationMessages.class, "validation");

  static final String NULL_RECORD = "{org.partyorg.rules.record.null}";
  static final String TOO_MANY_ENTRIES = "{org.partyorg.rules.list.tooManyEntries}";
  static final String MORE = "{org.partyorg.rules.more}";
  static final String FAILED = "{org.partyorg.rules.record.failed}";

  private static final String OWN_PREFIX = "{org.partyorg.rules.";
  private static final String NOT_NULL = "{jakarta.validation.constraints.NotNull.message}";
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private ViolationMessages() {}

  /** The key of a constraint's text: {@code persons.range} for {@code {org.partyorg.rules.persons.range}}; null for none. */
  static String key(String template) {
    String key = null;
    if (NOT_NULL.equals(template)) {
      key = "not-null";
    } else if (template.startsWith(OWN_PREFIX) && template.endsWith("}")) {
      key = template.substring(OWN_PREFIX.length(), template.length() - 1);
    }
    boolean constraint = key != null && !key.startsWith("field.") && !key.startsWith("kind.") && !key.startsWith("vocabulary.");
    return constraint && TEXTS.keys().contains(key) ? key : null;
  }

  /** A text of the file without parameters (a field's name, a kind of value), in both languages. */
  static Named name(String key) {
    MessageTemplate template = TEXTS.template(key);
    return new Named(template.getZh(), template.getEn());
  }

  /** The text {@code key} in both languages, filled with {@code values}; {@code field} is named in each language. */
  static String[] format(String key, Named field, Map<String, Object> values) {
    MessageTemplate template = TEXTS.template(key);
    Map<String, Object> all = new HashMap<>(values);
    if (field != null) {
      all.put("field", field);
    }
    return new String[] {template.format(ZH, all), template.format(EN, all)};
  }

  /**
   * A violation of the constraint with message {@code template} on {@code field}.
   *
   * @param rawValue the invalid value as the validator reports it (the whole record for a
   *     class-level constraint, which is narrowed to the field here)
   * @param fallbackEn the text to show in English for a template this class does not know
   * @param attributes the constraint's attributes ({@code maxLength} ...)
   */
  static Violation violation(
      String field, Object rawValue, String template, String fallbackEn, Map<String, Object> attributes,
      Organisation root, Map<String, Object> extra) {
    // "more of the same" speaks of no one value
    Object value = MORE.equals(template) ? null : fieldValue(field, rawValue, root);
    String key = key(template);
    if (key == null) {
      String[] texts = format("unknown-constraint", null, Map.of("detail", template));
      return of(field, value, texts[0], TEXTS.template("unknown-constraint").format(EN, Map.of("detail", fallbackEn)));
    }
    MessageTemplate text = TEXTS.template(key);
    Map<String, Object> values = new HashMap<>();
    for (String name : text.parameters()) {
      if (!name.equals("field")) {
        values.put(name, parameter(name, key, value, attributes, root, extra));
      }
    }
    String[] texts = format(key, FieldNames.of(field), values);
    return of(field, value, texts[0], texts[1]);
  }

  /** The value of a parameter of the text {@code key}; null, shown as unknown, when there is none. */
  private static Object parameter(
      String name, String key, Object value, Map<String, Object> attributes, Organisation root, Map<String, Object> extra) {
    switch (name) {
      case "value":
        return shown(value);
      case "length":
        return String.valueOf(value).length();
      case "expected":
        return expectedCheckCharacter(String.valueOf(value));
      case "province":
        return String.valueOf(value).substring(0, Math.min(2, String.valueOf(value).length()));
      case "max":
        return switch (key) {
          case "persons.range" -> ModelLimits.MAX_PERSONS;
          case "yuan.too_large" -> ModelLimits.MAX_AMOUNT.longValueExact();
          case "more" -> ModelLimits.MAX_REPORTED;
          default -> ModelLimits.MAX_ENTRIES;
        };
      case "earliest":
        return ModelLimits.EARLIEST_DATE;
      case "latest":
        return ModelLimits.LATEST_DATE;
      default:
        break;
    }
    if (attributes.containsKey(name)) {
      return shown(attributes.get(name));
    }
    if (extra.containsKey(name)) {
      return shown(extra.get(name));
    }
    return root == null ? null : fromRecord(name, root);
  }

  /** A violation with its texts written out; the value is echoed cut and escaped. */
  static Violation of(String field, Object value, String zh, String en) {
    return ImmutableViolation.builder()
        .field(field)
        .value(Optional.ofNullable(value).map(Texts::echo))
        .messageZh(zh)
        .messageEn(en)
        .build();
  }

  /** Both lists in one, ordered by field, then by the English text; {@code first} itself when {@code more} is empty. */
  static List<Violation> merged(List<Violation> first, List<Violation> more) {
    if (more.isEmpty()) {
      return first;
    }
    List<Violation> all = new ArrayList<>(first);
    all.addAll(more);
    all.sort(Comparator.comparing(Violation::getField).thenComparing(Violation::getMessageEn));
    return List.copyOf(all);
  }

  /** The rejection of a null record at position {@code index} of a stream. */
  static Violation nullRecord(long index) {
    return violation("", null, NULL_RECORD, NULL_RECORD, Map.of(), null, Map.of("position", index + 1));
  }

  /** The rejection of a record a policy set failed on. */
  static Violation failed(AssessmentFailedException failure, Organisation organisation) {
    String set = failure.getPolicySetId();
    String rule = failure.getRuleId().map(id -> set + " " + id).orElse(set);
    // both are escaped and bounded already: shown whole
    String error = AssessmentFailedException.describe(failure.getCause());
    return violation("", null, FAILED, FAILED, Map.of(), organisation,
        Map.of("rule", new Named(rule, rule), "error", new Named(error, error)));
  }

  /** The value of the field a class-level constraint reported on, rather than the whole record. */
  private static Object fieldValue(String field, Object value, Organisation root) {
    if (value instanceof Organisation organisation) {
      Optional<PartyOrganisation> party = organisation.getPartyOrganisation();
      switch (field) {
        case "fullTimeStaff":
          return boxed(organisation.getFullTimeStaff());
        case "formalMembers":
          return boxed(organisation.getFormalMembers());
        case "probationaryMembers":
          return boxed(organisation.getProbationaryMembers());
        case "partyOrganisation":
          return party.map(PartyOrganisation::getForm).orElse(null);
        case "park":
          return organisation.getPark().map(Park::getLevel).orElse(null);
        case "park.name":
          return organisation.getPark().flatMap(Park::getName).orElse(null);
        case "partyOrganisation.coveredOrganisationCount":
          return party.map(p -> boxed(p.getCoveredOrganisationCount())).orElse(null);
        default:
          break;
      }
      if (field.startsWith("partyOrganisation.coveredOrganisations[") && party.isPresent()) {
        int index = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
        return party.get().getCoveredOrganisations().get(index);
      }
    }
    return PartyLifeMessages.fieldValue(field, value);
  }

  /** Other figures of the record that a text quotes beside the value; null when not given. */
  private static Object fromRecord(String name, Organisation organisation) {
    Optional<PartyOrganisation> party = organisation.getPartyOrganisation();
    switch (name) {
      case "headCount":
        return boxed(organisation.getHeadCount());
      case "formalMembers":
        return boxed(organisation.getFormalMembers());
      case "probationaryMembers":
        return boxed(organisation.getProbationaryMembers());
      case "form":
        return party.map(PartyOrganisation::getForm).orElse(null);
      case "coveredListed":
        return party.map(p -> p.getCoveredOrganisations().size()).orElse(0);
      default:
        return PartyLifeMessages.fromRecord(name, organisation);
    }
  }

  /**
   * A value as a text shows it: a string, a number, a date, a yes/no or a code as such (the
   * string cut and escaped, the date as 2016年11月30日 / 30 November 2016); any other value by its
   * text, cut and escaped, so that a long list or map stays short.
   */
  static Object shown(Object value) {
    if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
        || value instanceof BigDecimal || value instanceof LocalDate || value instanceof Boolean
        || value instanceof Enum<?> || value instanceof Named) {
      return value;
    }
    return Texts.echo(value);
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static String expectedCheckCharacter(String code) {
    if (code.length() != UnifiedSocialCreditCode.LENGTH) {
      return "?";
    }
    try {
      return String.valueOf(UnifiedSocialCreditCode.checkCharacter(code.substring(0, UnifiedSocialCreditCode.LENGTH - 1)));
    } catch (IllegalArgumentException outsideTheAlphabet) {
      return "?";
    }
  }
}
