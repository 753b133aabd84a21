package org.partyorg.rules.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.FactKind;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.InvalidOrganisationGen;
import org.partyorg.rules.testkit.OrganisationGen;
import org.partyorg.rules.testkit.Property;
import org.partyorg.rules.testkit.Shrinkable;

class OrganisationJsonTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final JsonFormat JSON = JsonFormat.forPolicySets(EVALUATOR.policySets());

  static final String FIRM = "{\"creditCode\":\"91420106MA4KTEXT1G\",\"name\":\"武汉某科技有限公司\","
      + "\"category\":\"NON_PUBLIC_ENTERPRISE\",\"divisionCode\":\"420106\"";

  @Test
  void everyGeneratedOrganisationOfEverySetReadsBackEqual() {
    int sets = 0;
    for (PolicySet set : EVALUATOR.policySets()) {
      Property.forAll(OrganisationGen.forPolicySet(set).build()).tries(1_000).check(o -> {
        String json = JSON.writeOrganisation(o);
        assertEquals(o, JSON.readOrganisation(json), json);
        // and written again, the same text: the order of members is fixed
        assertEquals(json, JSON.writeOrganisation(JSON.readOrganisation(json)));
      });
      sets++;
    }
    assertTrue(sets >= 4, "sets discovered: " + sets);
    Property.forAll(OrganisationGen.builder().build()).tries(1_000)
        .check(o -> assertEquals(o, JSON.readOrganisation(JSON.writeOrganisation(o))));
  }

  @Test
  void invalidOrganisationsReadBackEqualTooForTheEvaluatorToReject() {
    // shape and types only: a record the validator rejects (a date in year -999999999, an amount
    // of 1E+999999999 yuan, a blank name) still reads back as written
    Property.forAll(InvalidOrganisationGen.oneFieldBroken(OrganisationGen.builder().build())).tries(1_000)
        .check(bad -> assertEquals(bad.organisation(), JSON.readOrganisation(JSON.writeOrganisation(bad.organisation())),
            bad.toString()));
  }

  @Test
  void writesTheEnvelopeFirstThenTheModelsMembersAndLeavesTheUnknownOut() {
    Organisation firm = Organisation.builder().creditCode("91420106MA4KTEXT1G").name("武汉某科技有限公司")
        .category(OrganisationCategory.NON_PUBLIC_ENTERPRISE).divisionCode("420106").headCount(120)
        .formalMembers(0).traits(List.of(Trait.of("SHELL"), Trait.of("INTERNET")))
        .finances(Finances.builder().annualWages(new BigDecimal("10000000.00")).build())
        .partyOrganisation(PartyOrganisation.none()).build();
    assertEquals("{\"format\":\"partyorg-rules/organisation\",\"version\":1,"
        + "\"creditCode\":\"91420106MA4KTEXT1G\",\"name\":\"武汉某科技有限公司\",\"category\":\"NON_PUBLIC_ENTERPRISE\","
        + "\"traits\":[\"INTERNET\",\"SHELL\"],\"divisionCode\":\"420106\",\"headCount\":120,\"formalMembers\":0,"
        + "\"partyOrganisation\":{\"form\":\"NONE\"},\"finances\":{\"annualWages\":10000000.00}}",
        JSON.writeOrganisation(firm));
  }

  @Test
  void absentAndNullAreUnknownAndZeroIsZero() {
    Organisation o = JSON.readOrganisation(FIRM + ",\"headCount\":null,\"formalMembers\":0}");
    assertEquals(OptionalInt.empty(), o.getHeadCount());
    assertEquals(OptionalInt.of(0), o.getFormalMembers());
    assertEquals(OptionalInt.empty(), o.getProbationaryMembers());
    assertEquals(Optional.empty(), o.getPartyOrganisation());
  }

  @Test
  void readsTheEnvelopeOrNoneButNotAnotherKindOrANewerVersion() {
    assertEquals("420106", JSON.readOrganisation(
        "{\"format\":\"partyorg-rules/organisation\",\"version\":1," + FIRM.substring(1) + "}").getDivisionCode());
    JsonFormatException other = assertThrows(JsonFormatException.class, () -> JSON.readOrganisation(
        "{\"format\":\"partyorg-rules/assessment\",\"version\":2," + FIRM.substring(1) + "}"));
    assertEquals(List.of("/format", "/version"), pointers(other));
    assertTrue(other.problems().get(1).messageEn().contains("newer version"), other.getMessage());
  }

  @Test
  void reportsEveryWrongMemberOfTheRecordAtOnceWithPointerValueAndReason() {
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.readOrganisation(
        "{\"creditCode\":91420106,\"category\":\"ENTERPRISE\",\"divisionCode\":\"420106\","
            + "\"headCount\":\"many\",\"formalMembers\":2.5,"
            + "\"partyOrganisation\":{\"form\":\"STANDALONE\",\"foundingDate\":\"2016-02-30\",\"founded\":\"2016-08-14\"},"
            + "\"finances\":{\"annualWages\":\"1000\"},\"traits\":[\"SHELL\",null,\"SHELL\"]}"));
    assertEquals(List.of("/creditCode", "/name", "/category", "/traits/1", "/headCount", "/formalMembers",
        "/partyOrganisation/foundingDate", "/partyOrganisation/founded", "/finances/annualWages"), pointers(e));
    JsonProblem headCount = e.problems().get(4);
    assertEquals(Optional.of("\"many\""), headCount.value());
    assertEquals("应为整数，而不是字符串。", headCount.messageZh());
    assertEquals("Must be a whole number, not a string.", headCount.messageEn());
    assertEquals(Optional.empty(), e.problems().get(1).value(), "missing: no value");
    assertTrue(e.problems().get(2).messageEn().contains("NON_PUBLIC_ENTERPRISE"), e.getMessage());
    assertTrue(e.problems().get(6).messageEn().startsWith("Not a valid date"), e.getMessage());
    assertEquals("格式中没有此项；是否应为“foundingDate”？", e.problems().get(7).messageZh());
  }

  @Test
  void aTraitListedTwiceIsReportedWhereTheSecondIs() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> JSON.readOrganisation(FIRM + ",\"traits\":[\"SHELL\",\"INTERNET\",\"SHELL\"]}"));
    assertEquals(List.of("/traits/2"), pointers(e));
    assertEquals(2, JSON.readOrganisation(FIRM + ",\"traits\":[\"SHELL\",\"INTERNET\"]}").getTraits().size());
  }

  @Test
  void anUnknownMemberIsAnErrorAndAFarOneListsTheMembers() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> JSON.readOrganisation(FIRM + ",\"headcount\":5,\"xyzzy\":1}"));
    assertEquals(List.of("/headcount", "/xyzzy"), pointers(e));
    assertEquals("Not a member of this record; did you mean \"headCount\"?", e.problems().get(0).messageEn());
    assertTrue(e.problems().get(1).messageEn().contains("the members are: creditCode, name"), e.getMessage());
  }

  @Test
  void aValueIsShownCutTo64CharactersWithControlCharactersEscaped() {
    String name = "甲\u001B[2J\n" + "乙".repeat(100);
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> JSON.readOrganisation(FIRM + ",\"building\":7,\"street\":{\"x\":\"" + name.replace("\u001B", "\\u001B")
            .replace("\n", "\\n") + "\"}}"));
    String shown = e.problems().get(1).value().orElseThrow();
    assertFalse(shown.contains("\u001B") || shown.contains("\n"), shown);
    assertTrue(shown.contains("\\u001B") && shown.endsWith("…(" + ("{\"x\":\"" + "甲\\u001B[2J\\n" + "乙".repeat(100) + "\"}").length() + " chars)"), shown);
    assertEquals(64, shown.substring(0, shown.indexOf('…')).length());
    assertEquals("7", e.problems().get(0).value().orElseThrow());
  }

  @Test
  void textThatIsNotJsonOrNotAnObjectIsOneProblemAtTheDocument() {
    JsonFormatException broken = assertThrows(JsonFormatException.class, () -> JSON.readOrganisation("{\"name\":"));
    assertEquals(List.of(""), pointers(broken));
    assertTrue(broken.problems().get(0).messageEn().startsWith("Not valid JSON (line 1"), broken.getMessage());
    JsonFormatException array = assertThrows(JsonFormatException.class, () -> JSON.readOrganisation("[1]"));
    assertEquals("Must be an object, not an array.", array.problems().get(0).messageEn());
    JsonFormatException twice = assertThrows(JsonFormatException.class,
        () -> JSON.readOrganisation(FIRM + ",\"name\":\"乙\"}"));
    assertTrue(twice.problems().get(0).messageEn().contains("name"), twice.getMessage());
    JsonFormatException trailing = assertThrows(JsonFormatException.class, () -> JSON.readOrganisation(FIRM + "} {}"));
    assertEquals(List.of(""), pointers(trailing));
  }

  @Test
  void nestedRecordsAreReadToTheModelAndCheckedForTheirRequiredMembers() {
    Organisation o = JSON.readOrganisation(FIRM + ",\"partyOrganisation\":{\"form\":\"JOINT\",\"level\":\"BRANCH\","
        + "\"foundingDate\":\"2016-08-14\",\"coveredOrganisationCount\":3,"
        + "\"activityRecord\":{\"periodFrom\":\"2020-01-01\",\"periodTo\":\"2020-12-31\",\"events\":[],\"institutions\":[]}}}");
    PartyOrganisation party = o.getPartyOrganisation().orElseThrow();
    assertEquals(PartyOrganisationForm.JOINT, party.getForm());
    assertEquals(Optional.of(PartyOrganisationLevel.BRANCH), party.getLevel());
    assertEquals(Optional.of(LocalDate.of(2016, 8, 14)), party.getFoundingDate());
    assertEquals(Optional.of(java.util.Set.of()), party.getActivityRecord().orElseThrow().getInstitutions(), "known none");
    assertEquals(Optional.empty(), party.getActivityRecord().orElseThrow().getFacilities(), "unknown");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.readOrganisation(FIRM
        + ",\"partyOrganisation\":{\"activityRecord\":{\"periodTo\":\"2020-12-31\",\"events\":[{\"kind\":\"TALK\"}]}},"
        + "\"workCoverage\":{},\"sanctionRecord\":{}}"));
    assertEquals(List.of("/partyOrganisation/form", "/partyOrganisation/activityRecord/periodFrom",
        "/partyOrganisation/activityRecord/events/0/date", "/workCoverage/instructorAssigned",
        "/sanctionRecord/sanctions"), pointers(e));
  }

  static final List<FactType> EXTRA = List.of(
      FactType.count("stations", Unit.ITEMS, "服务站数", "service stations"),
      FactType.amount("grant", "补助", "grant"),
      FactType.of("share", FactKind.RATE, Unit.SHARE, "比例", "share"),
      FactType.date("eligibleFrom", "起算日", "eligible from"),
      FactType.flag("hasStation", "有服务站", "has a station"),
      FactType.code("ledgerClass", "台账类别", "ledger class"),
      FactType.codes("roles", "职务", "roles"),
      FactType.periods("periods", "期间", "periods"));

  /** Any subset of the extra facts above, each with a value of its kind. */
  static Gen<Map<String, Object>> extraFacts() {
    return random -> {
      Map<String, Object> facts = new java.util.LinkedHashMap<>();
      for (FactType type : EXTRA) {
        if (random.nextBoolean()) {
          facts.put(type.getName(), switch (type.getKind()) {
            case COUNT -> random.nextInt(0, 1_000);
            case AMOUNT -> BigDecimal.valueOf(random.nextLong(0, 100_000_000_000L), random.nextInt(0, 3));
            case RATE -> BigDecimal.valueOf(random.nextInt(0, 101), 2);
            case DATE -> LocalDate.of(2016, 1, 1).plusDays(random.nextInt(0, 3_000));
            case FLAG -> random.nextBoolean();
            case CODE_LIST -> List.of("SECRETARY", "DEPUTY").subList(0, random.nextInt(0, 3));
            case PERIOD_LIST -> List.of("2020-H1", "2021-Q3", "2022").subList(0, random.nextInt(0, 4));
            default -> "CLASS_" + random.nextInt(0, 5);
          });
        }
      }
      return Shrinkable.unshrinkable(facts);
    };
  }

  @Test
  void extraFactsOfEveryKindReadBackEqualByTheirDeclaredKinds() {
    JsonFormat typed = JsonFormat.forFacts(EXTRA);
    Gen<Organisation> firms = OrganisationGen.builder().build();
    Gen<Map<String, Object>> facts = extraFacts();
    Gen<Organisation> withFacts = random -> Shrinkable.unshrinkable(
        firms.generate(random).value().withExtraFacts(facts.generate(random).value()));
    Property.forAll(withFacts).tries(1_000).check(o -> assertEquals(o, typed.readOrganisation(typed.writeOrganisation(o))));
  }

  @Test
  void extraFactsAreReadByTheKindTheirSetDeclaresAndOtherwiseByTheirShape() {
    JsonFormat typed = JsonFormat.forFacts(EXTRA);
    String json = FIRM + ",\"extraFacts\":{\"eligibleFrom\":\"2020-03-01\",\"grant\":12,\"other\":12.50}}";
    assertEquals(Map.of("eligibleFrom", LocalDate.of(2020, 3, 1), "grant", new BigDecimal("12"), "other", new BigDecimal("12.50")),
        typed.readOrganisation(json).getExtraFacts());
    assertEquals(Map.of("eligibleFrom", "2020-03-01", "grant", 12, "other", new BigDecimal("12.50")),
        JsonFormat.create().readOrganisation(json).getExtraFacts());
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> typed.readOrganisation(
        FIRM + ",\"extraFacts\":{\"eligibleFrom\":20200301,\"stations\":1.5,\"roles\":[\"A\",2],\"hasStation\":\"yes\"}}"));
    assertEquals(List.of("/extraFacts/eligibleFrom", "/extraFacts/stations", "/extraFacts/roles/1", "/extraFacts/hasStation"),
        pointers(e));
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocaleOrTimeZone() {
    Organisation o = OrganisationGen.builder().build().generate(new java.util.SplittableRandom(7)).value();
    String expected = JSON.writeOrganisation(o);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertEquals(expected, JSON.writeOrganisation(o));
      assertEquals(o, JSON.readOrganisation(expected));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void amountsArePlainNumbersWithoutExponentAndChineseIsNotEscaped() {
    Organisation o = JSON.readOrganisation(FIRM + ",\"finances\":{\"annualWages\":1E+7,\"partyBuildingBudget\":0.10}}");
    String json = JSON.writeOrganisation(o);
    assertTrue(json.contains("\"annualWages\":10000000,") && json.contains("\"partyBuildingBudget\":0.10}"), json);
    assertTrue(json.contains("武汉某科技有限公司"), json);
  }

  static List<String> pointers(JsonFormatException e) {
    return e.problems().stream().map(JsonProblem::pointer).collect(Collectors.toList());
  }

  /** A document reports its first 100 problems (ModelLimits.MAX_REPORTED), then one that says there are more. */
  @Test
  void aDocumentReportsAHundredProblemsThenSaysThereAreMore() {
    List<JsonProblem> hundred = problems(org.partyorg.rules.api.model.ModelLimits.MAX_REPORTED);
    assertEquals(100, hundred.size());
    assertTrue(hundred.stream().allMatch(p -> p.pointer().startsWith("/unknown")), hundred.toString());
    List<JsonProblem> more = problems(101);
    assertEquals(101, more.size());
    assertEquals(hundred, more.subList(0, 100));
    assertEquals("", more.get(100).pointer());
    assertEquals("问题过多，其余从略。", more.get(100).messageZh());
    assertEquals("Too many problems; the rest are left out.", more.get(100).messageEn());
  }

  /** The problems of a valid firm given {@code unknownMembers} members the format does not have. */
  private static List<JsonProblem> problems(int unknownMembers) {
    StringBuilder json = new StringBuilder(FIRM);
    for (int i = 0; i < unknownMembers; i++) {
      json.append(",\"unknown").append(i).append("\":1");
    }
    String text = json.append('}').toString();
    return assertThrows(JsonFormatException.class, () -> JSON.readOrganisation(text)).problems();
  }
}
