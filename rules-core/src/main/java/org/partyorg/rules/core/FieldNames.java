package org.partyorg.rules.core;

import java.util.regex.Pattern;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.internal.Named;

/**
 * The Chinese and English names of the model's fields, as a violation's text names them: the
 * property path ({@code partyOrganisation.structure.platforms[0].formalMembers}) stays in the
 * violation's data, the text says 资质平台正式党员人数 / number of formal members of the
 * qualification platform. Names are noun phrases without an article (the texts add one).
 *
 * <p>Names come from the fact vocabulary ({@link ModelFacts}) wherever it declares the path; the
 * texts file {@code validation_zh.properties} ({@code field.<path>}) holds only the fields the
 * vocabulary does not name, and the few whose name reads better in a validation sentence (党组织
 * rather than 党组织设置情况).
 */
final class FieldNames {
  private static final Pattern INDEX = Pattern.compile("\\[\\d+\\]");
  private static final String PREFIX = "field.";

  private static final Named UNKNOWN = named("unknown");
  private static final Named RECORD = named("record");

  private FieldNames() {}

  static String zh(String path) {
    return find(path).zh();
  }

  static String en(String path) {
    return find(path).en();
  }

  /** Both names of the field at {@code path}: 整条记录 / record for the record as a whole, 该项 / field when unknown. */
  static Named of(String path) {
    return find(path);
  }

  private static Named named(String key) {
    return ViolationMessages.TEXTS.keys().contains(PREFIX + key) ? ViolationMessages.name(PREFIX + key) : null;
  }

  /** The name the fact vocabulary declares for a path, the one source of names the file does not override. */
  private static Named vocabulary(String path) {
    return ModelFacts.named(path).map(type -> new Named(type.getNameZh(), type.getNameEn())).orElse(null);
  }

  private static Named find(String path) {
    if (path.isEmpty()) {
      return RECORD;
    }
    if (path.startsWith("extraFacts.")) {
      // a name a caller chose: it is no field of the model, whatever it ends with
      return UNKNOWN;
    }
    String plain = INDEX.matcher(path).replaceAll("");
    Named name = named(plain);
    if (name == null) {
      name = vocabulary(plain);
    }
    String[] parts = plain.split("\\.");
    if (name == null && parts.length >= 2) {
      name = named(parts[parts.length - 2] + "." + parts[parts.length - 1]);
    }
    if (name == null && parts.length >= 1) {
      name = named(parts[parts.length - 1]);
    }
    if (name == null && parts.length >= 1) {
      name = vocabulary(parts[parts.length - 1]);
    }
    return name == null ? UNKNOWN : name;
  }
}
