package org.partyorg.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.internal.ModelNames;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.Facility;
import org.partyorg.rules.api.model.Institution;
import org.partyorg.rules.api.model.IndustrySection;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.MemberStatus;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.SanctionKind;
import org.partyorg.rules.api.model.Sector;

/**
 * The names the texts put in for codes and facts ({@code model_zh.properties}, {@link ModelFacts},
 * {@link RequiredAction}, {@link Obligation}): every enum constant that a fact can hold has both,
 * and every name is written as {@code docs/STYLE.md} asks: Chinese without ASCII letters, English
 * without Chinese, no ASCII apostrophe, no full stop at the end, the documents' 党组织 rather than
 * 党的组织.
 */
class NamesTest {
  /** Every enum of the model a fact or a finding can hold. */
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(OrganisationCategory.class, Sector.class,
      PartyOrganisationLevel.class, PartyOrganisationForm.class, ParkLevel.class, RegistrationLevel.class,
      JointScope.class, MemberStatus.class, Institution.class, Facility.class, MassOrganisation.class,
      SanctionKind.class, ActivityKind.class, Outcome.class, IndustrySection.class);
  private static final Pattern ASCII_LETTER = Pattern.compile("[A-Za-z]");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @Test
  void everyConstantOfTheModelHasAChineseAndAnEnglishNameAndTheFilesNameNothingElse() {
    Set<String> keys = new TreeSet<>();
    List<String> missing = new ArrayList<>();
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String key = ModelNames.key(constant);
        keys.add(key);
        if (ModelNames.of(constant).isEmpty()) {
          missing.add(key);
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(keys, new TreeSet<>(ModelNames.chinese().keySet()));
    assertEquals(keys, new TreeSet<>(ModelNames.english().keySet()));
  }

  @Test
  void everyNameIsWrittenToTheGuide() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : ModelNames.chinese().entrySet()) {
      chinese(problems, e.getKey(), e.getValue());
      english(problems, e.getKey(), ModelNames.english().get(e.getKey()));
    }
    for (FactType fact : ModelFacts.all()) {
      chinese(problems, fact.getName(), fact.getNameZh());
      english(problems, fact.getName(), fact.getNameEn());
    }
    for (RequiredAction action : constants(RequiredAction.class)) {
      chinese(problems, action.code(), action.chineseName());
      english(problems, action.code(), action.englishName());
    }
    for (Obligation obligation : constants(Obligation.class)) {
      chinese(problems, obligation.code(), obligation.chineseName());
      english(problems, obligation.code(), obligation.englishName());
    }
    assertEquals("", String.join("\n", problems));
  }

  @Test
  void theSharedActionsAndCountsReadAsTheDocumentsWriteThem() {
    assertEquals("单独组建党组织", RequiredAction.ESTABLISH_STANDALONE_ORGANISATION.chineseName());
    assertEquals("set up a party organisation of its own", RequiredAction.ESTABLISH_STANDALONE_ORGANISATION.englishName());
    assertEquals("建立党组织", RequiredAction.ESTABLISH_PARTY_ORGANISATION.chineseName());
    assertEquals("组建工会、共青团、妇联等群团组织", RequiredAction.SET_UP_MASS_ORGANISATIONS.chineseName());
    assertEquals("set up mass organisations (trade union, Youth League, women’s federation)",
        RequiredAction.SET_UP_MASS_ORGANISATIONS.englishName());
    assertEquals("补报所缺信息", RequiredAction.SUPPLY_MISSING_FACTS.chineseName());
    assertEquals("report the missing information", RequiredAction.SUPPLY_MISSING_FACTS.englishName());
    assertEquals("non-public economic organisations", ModelNames.english().get("Sector.NON_PUBLIC_ECONOMY"));
    assertEquals("rules for organisational-life and democratic-life meetings",
        ModelNames.english().get("Institution.ORGANISATIONAL_LIFE_MEETING"));
    assertEquals("number of party-building rules in place", ModelFacts.INSTITUTIONS.getNameEn());
    assertEquals("membership status (formal or probationary) of the party group members", ModelFacts.MEMBER_STATUS.getNameEn());
    assertEquals("正式党员人数", ModelFacts.FORMAL_MEMBERS.getNameZh());
    assertEquals("number of formal members", ModelFacts.FORMAL_MEMBERS.getNameEn());
    assertEquals("党建工作指导员选派情况", ModelFacts.INSTRUCTOR_ASSIGNED.getNameZh());
    assertEquals("information on whether a party-building instructor is assigned", ModelFacts.INSTRUCTOR_ASSIGNED.getNameEn());
    assertEquals("有3名以上正式党员的单独组建党组织", Obligation.STANDALONE_ORGANISATION.chineseName());
  }

  private static void chinese(List<String> problems, String what, String name) {
    String outside = name.replaceAll("“[^”]*”", "");
    if (ASCII_LETTER.matcher(outside).find() || name.contains("党的组织") || name.endsWith("。") || name.isBlank()
        || name.matches(".*[,;:()].*")) {
      problems.add(what + ": " + name);
    }
  }

  private static void english(List<String> problems, String what, String name) {
    if (name == null || name.isBlank() || HAN.matcher(name).find() || name.contains("'") || name.endsWith(".")
        || name.contains("(s)") || Character.isUpperCase(name.charAt(0)) && !name.startsWith("Youth")) {
      problems.add(what + ": " + name);
    }
  }

  private static <T> List<T> constants(Class<T> type) {
    List<T> all = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (field.getType() == type && Modifier.isStatic(field.getModifiers())) {
        try {
          all.add(type.cast(field.get(null)));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return all;
  }
}
