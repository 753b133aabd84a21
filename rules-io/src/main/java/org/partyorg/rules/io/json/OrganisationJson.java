package org.partyorg.rules.io.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.partyorg.rules.api.FactKind;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Facility;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.IndustrySection;
import org.partyorg.rules.api.model.Institution;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.MemberStatus;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkFacilities;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.QualificationPlatform;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionKind;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.io.json.Problems.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * The organisation in JSON, both ways, member by member in the model's order (docs/FORMAT.md):
 * written as a tree whose members come in a fixed order, read from a tree into the model's
 * builders with every problem of the record collected. Shape and types only: ranges, the credit
 * code's check character and the record's consistency are the evaluator's validation.
 *
 * <p>Thread-safe: holds only the immutable map of declared extra facts.
 */
final class OrganisationJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The declared extra facts by name, which say how a value is read; empty to read by JSON shape. */
  private final Map<String, FactType> facts;

  OrganisationJson(Map<String, FactType> facts) {
    this.facts = Map.copyOf(facts);
  }

  // ---------------------------------------------------------------- writing

  ObjectNode write(Organisation o, ObjectNode out) {
    out.put("creditCode", o.getCreditCode());
    out.put("name", o.getName());
    out.put("category", o.getCategory().name());
    if (!o.getTraits().isEmpty()) {
      ArrayNode traits = out.putArray("traits");
      o.getTraits().stream().map(Trait::code).sorted().forEach(traits::add);
    }
    o.getRegistrationLevel().ifPresent(v -> out.put("registrationLevel", v.name()));
    out.put("divisionCode", o.getDivisionCode());
    o.getPark().ifPresent(p -> writePark(p, out.putObject("park")));
    o.getBuilding().ifPresent(v -> out.put("building", v));
    o.getStreet().ifPresent(v -> out.put("street", v));
    o.getIndustry().ifPresent(v -> out.put("industry", v.name()));
    put(out, "headCount", o.getHeadCount());
    put(out, "fullTimeStaff", o.getFullTimeStaff());
    put(out, "formalMembers", o.getFormalMembers());
    put(out, "probationaryMembers", o.getProbationaryMembers());
    o.getPartyOrganisation().ifPresent(p -> writePartyOrganisation(p, out.putObject("partyOrganisation")));
    o.getWorkCoverage().ifPresent(w -> {
      ObjectNode node = out.putObject("workCoverage");
      node.put("instructorAssigned", w.isInstructorAssigned());
      putCodes(node, "massOrganisations", w.getMassOrganisations(), false);
    });
    o.getFinances().ifPresent(f -> {
      ObjectNode node = out.putObject("finances");
      f.getAnnualWages().ifPresent(v -> node.set("annualWages", number(v)));
      f.getCollectsDues().ifPresent(v -> node.put("collectsDues", v));
      f.getAnnualDuesIncome().ifPresent(v -> node.set("annualDuesIncome", number(v)));
      f.getPartyBuildingBudget().ifPresent(v -> node.set("partyBuildingBudget", number(v)));
    });
    o.getSanctionRecord().ifPresent(r -> {
      ArrayNode sanctions = out.putObject("sanctionRecord").putArray("sanctions");
      for (Sanction s : r.getSanctions()) {
        ObjectNode node = sanctions.addObject();
        node.put("kind", s.getKind().name());
        node.put("date", s.getDate().toString());
        s.getDescription().ifPresent(v -> node.put("description", v));
      }
    });
    if (!o.getExtraFacts().isEmpty()) {
      ObjectNode extra = out.putObject("extraFacts");
      new TreeMap<>(o.getExtraFacts()).forEach((name, value) -> extra.set(name, value(value)));
    }
    return out;
  }

  private static void writePark(Park p, ObjectNode node) {
    p.getName().ifPresent(v -> node.put("name", v));
    node.put("level", p.getLevel().name());
    p.getFacilities().ifPresent(f -> {
      ObjectNode facilities = node.putObject("facilities");
      f.getPartyAndMassServiceCentre().ifPresent(v -> facilities.put("partyAndMassServiceCentre", v));
    });
  }

  private static void writePartyOrganisation(PartyOrganisation p, ObjectNode node) {
    node.put("form", p.getForm().name());
    p.getLevel().ifPresent(v -> node.put("level", v.name()));
    p.getFoundingDate().ifPresent(v -> node.put("foundingDate", v.toString()));
    if (!p.getCoveredOrganisations().isEmpty()) {
      ArrayNode codes = node.putArray("coveredOrganisations");
      p.getCoveredOrganisations().forEach(codes::add);
    }
    put(node, "coveredOrganisationCount", p.getCoveredOrganisationCount());
    p.getJointScope().ifPresent(v -> node.put("jointScope", v.name()));
    p.getStructure().ifPresent(s -> writeStructure(s, node.putObject("structure")));
    p.getActivityRecord().ifPresent(r -> writeActivityRecord(r, node.putObject("activityRecord")));
    p.getGovernance().ifPresent(g -> {
      ObjectNode gov = node.putObject("governance");
      g.getSecretaryIsInvestorOrHead().ifPresent(v -> gov.put("secretaryIsInvestorOrHead", v));
      g.getFullTimeDeputySecretary().ifPresent(v -> gov.put("fullTimeDeputySecretary", v));
      g.getPartyAndMassWorkDepartment().ifPresent(v -> gov.put("partyAndMassWorkDepartment", v));
      put(gov, "fullTimePartyAffairsStaff", g.getFullTimePartyAffairsStaff());
      g.getAffiliationAdjusted().ifPresent(v -> gov.put("affiliationAdjusted", v));
    });
  }

  private static void writeStructure(BranchStructure s, ObjectNode node) {
    if (!s.getPlatforms().isEmpty()) {
      ArrayNode platforms = node.putArray("platforms");
      for (QualificationPlatform q : s.getPlatforms()) {
        ObjectNode platform = platforms.addObject();
        platform.put("name", q.getName());
        q.getCreditCode().ifPresent(v -> platform.put("creditCode", v));
        put(platform, "formalMembers", q.getFormalMembers());
      }
    }
    s.getCommittee().ifPresent(c -> {
      ObjectNode committee = node.putObject("committee");
      c.getSecretary().ifPresent(v -> committee.put("secretary", v));
      if (!c.getMembers().isEmpty()) {
        ArrayNode members = committee.putArray("members");
        c.getMembers().forEach(members::add);
      }
      c.getDisciplineInspector().ifPresent(v -> committee.put("disciplineInspector", v));
      c.getTermStart().ifPresent(v -> committee.put("termStart", v.toString()));
    });
    if (!s.getPartyGroups().isEmpty()) {
      ArrayNode groups = node.putArray("partyGroups");
      for (PartyGroup g : s.getPartyGroups()) {
        ObjectNode group = groups.addObject();
        g.getName().ifPresent(v -> group.put("name", v));
        writeMembers(g.getMembers(), group);
      }
    }
    writeMembers(s.getMembers(), node);
  }

  private static void writeMembers(List<PartyMember> members, ObjectNode node) {
    if (!members.isEmpty()) {
      ArrayNode array = node.putArray("members");
      for (PartyMember m : members) {
        ObjectNode member = array.addObject();
        member.put("name", m.getName());
        m.getStatus().ifPresent(v -> member.put("status", v.name()));
      }
    }
  }

  private static void writeActivityRecord(ActivityRecord r, ObjectNode node) {
    node.put("periodFrom", r.getPeriodFrom().toString());
    node.put("periodTo", r.getPeriodTo().toString());
    ArrayNode events = node.putArray("events");
    for (ActivityEvent e : r.getEvents()) {
      ObjectNode event = events.addObject();
      event.put("kind", e.getKind().name());
      event.put("date", e.getDate().toString());
      e.getLeader().ifPresent(v -> event.put("leader", v));
      e.getCounterpart().ifPresent(v -> event.put("counterpart", v));
    }
    r.getInstitutions().ifPresent(v -> putCodes(node, "institutions", v, true));
    r.getFacilities().ifPresent(v -> putCodes(node, "facilities", v, true));
    put(node, "themeEducationMembers", r.getThemeEducationMembers());
    put(node, "themeEducationParticipants", r.getThemeEducationParticipants());
  }

  /** A set of constants in declaration order; written even when empty if empty means "none". */
  private static void putCodes(ObjectNode node, String name, Set<? extends Enum<?>> codes, boolean evenEmpty) {
    if (codes.isEmpty() && !evenEmpty) {
      return;
    }
    ArrayNode array = node.putArray(name);
    codes.stream().sorted(Comparator.comparingInt(Enum::ordinal)).forEach(c -> array.add(c.name()));
  }

  private static void put(ObjectNode node, String name, OptionalInt value) {
    if (value.isPresent()) {
      node.put(name, value.getAsInt());
    }
  }

  /**
   * An amount as a plain JSON number ({@code 10000000.00}, never {@code 1.0E+7}). A number no
   * valid record holds, whose plain form would run to more than 9,999 digits (the validator
   * rejects anything over 10<sup>15</sup> yuan or finer than the fen), is written in exponent
   * form instead, so that even a rejected record is written whole and reads back equal.
   */
  static JsonNode number(BigDecimal amount) {
    if (Math.abs(amount.scale()) <= 9_999) {
      return NODES.numberNode(amount);
    }
    return NODES.rawValueNode(new RawValue(amount.toString()));
  }

  /** An extra fact's value: by its Java type, which the model fixes for each kind. */
  static JsonNode value(Object value) {
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof BigDecimal d) {
      return number(d);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof LocalDate d) {
      return NODES.stringNode(d.toString());
    }
    if (value instanceof Enum<?> e) {
      return NODES.stringNode(e.name());
    }
    if (value instanceof Collection<?> items) {
      ArrayNode array = NODES.arrayNode();
      items.forEach(item -> array.add(value(item)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      new TreeMap<>(map).forEach((k, v) -> object.set(String.valueOf(k), value(v)));
      return object;
    }
    if (value instanceof Number n) {
      return number(new BigDecimal(n.toString()));
    }
    return NODES.stringNode(String.valueOf(value));
  }

  // ---------------------------------------------------------------- reading

  /**
   * The organisation in {@code node}, or empty when it has problems (all of them added to
   * {@code problems}). {@code ignored} names the members the caller reads itself (the envelope).
   */
  Optional<Organisation> read(JsonNode node, String pointer, Problems problems, List<String> ignored) {
    Optional<Members> found = Members.of(node, pointer, problems);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Members m = found.get();
    Organisation.Builder b = Organisation.builder();
    set(m.requiredText("creditCode"), b::creditCode);
    set(m.requiredText("name"), b::name);
    set(m.requiredCode("category", OrganisationCategory.class), b::category);
    m.elements("traits", (item, at) -> trait(item, at, problems)).ifPresent(traits -> {
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < traits.size(); i++) {
        if (!seen.add(traits.get(i).code())) {
          m.duplicate(Problems.child(m.pointer("traits"), i), traits.get(i).code());
        }
      }
      b.traits(traits);
    });
    m.code("registrationLevel", RegistrationLevel.class).ifPresent(b::registrationLevel);
    set(m.requiredText("divisionCode"), b::divisionCode);
    m.object("park").flatMap(this::park).ifPresent(b::park);
    m.text("building").ifPresent(b::building);
    m.text("street").ifPresent(b::street);
    m.code("industry", IndustrySection.class).ifPresent(b::industry);
    m.count("headCount").ifPresent(b::headCount);
    m.count("fullTimeStaff").ifPresent(b::fullTimeStaff);
    m.count("formalMembers").ifPresent(b::formalMembers);
    m.count("probationaryMembers").ifPresent(b::probationaryMembers);
    m.object("partyOrganisation").flatMap(this::partyOrganisation).ifPresent(b::partyOrganisation);
    m.object("workCoverage").flatMap(this::workCoverage).ifPresent(b::workCoverage);
    m.object("finances").flatMap(this::finances).ifPresent(b::finances);
    m.object("sanctionRecord").flatMap(this::sanctionRecord).ifPresent(b::sanctionRecord);
    m.object("extraFacts").flatMap(this::extraFacts).ifPresent(b::extraFacts);
    ignored.forEach(m::raw);
    m.finish();
    return build(problems, m.pointer(), b::build);
  }

  private static Optional<Trait> trait(JsonNode item, String at, Problems problems) {
    if (!item.isString()) {
      problems.wrongType(at, item, Kind.CODE);
      return Optional.empty();
    }
    try {
      return Optional.of(Trait.of(item.stringValue()));
    } catch (IllegalArgumentException e) {
      problems.add(at, item, "不是有效的特征代码；代码由大写字母、数字和下划线组成（如SHELL）。",
          "Not a valid trait code; codes are upper-case letters, digits and underscores (such as SHELL).");
      return Optional.empty();
    }
  }

  private Optional<Park> park(Members m) {
    Park.Builder b = Park.builder();
    m.text("name").ifPresent(b::name);
    set(m.requiredCode("level", ParkLevel.class), b::level);
    m.object("facilities").flatMap(f -> {
      ParkFacilities.Builder fb = ParkFacilities.builder();
      f.flag("partyAndMassServiceCentre").ifPresent(fb::partyAndMassServiceCentre);
      f.finish();
      return build(f.problems(), f.pointer(), fb::build);
    }).ifPresent(b::facilities);
    m.finish();
    return build(m.problems(), m.pointer(), b::build);
  }

  private Optional<PartyOrganisation> partyOrganisation(Members m) {
    PartyOrganisation.Builder b = PartyOrganisation.builder();
    set(m.requiredCode("form", PartyOrganisationForm.class), b::form);
    m.code("level", PartyOrganisationLevel.class).ifPresent(b::level);
    m.date("foundingDate").ifPresent(b::foundingDate);
    m.texts("coveredOrganisations").ifPresent(b::coveredOrganisations);
    m.count("coveredOrganisationCount").ifPresent(b::coveredOrganisationCount);
    m.code("jointScope", JointScope.class).ifPresent(b::jointScope);
    m.object("structure").flatMap(this::structure).ifPresent(b::structure);
    m.object("activityRecord").flatMap(this::activityRecord).ifPresent(b::activityRecord);
    m.object("governance").flatMap(g -> {
      PartyOrganisationGovernance.Builder gb = PartyOrganisationGovernance.builder();
      g.flag("secretaryIsInvestorOrHead").ifPresent(gb::secretaryIsInvestorOrHead);
      g.flag("fullTimeDeputySecretary").ifPresent(gb::fullTimeDeputySecretary);
      g.flag("partyAndMassWorkDepartment").ifPresent(gb::partyAndMassWorkDepartment);
      g.count("fullTimePartyAffairsStaff").ifPresent(gb::fullTimePartyAffairsStaff);
      g.flag("affiliationAdjusted").ifPresent(gb::affiliationAdjusted);
      g.finish();
      return build(g.problems(), g.pointer(), gb::build);
    }).ifPresent(b::governance);
    m.finish();
    return build(m.problems(), m.pointer(), b::build);
  }

  private Optional<BranchStructure> structure(Members m) {
    BranchStructure.Builder b = BranchStructure.builder();
    m.elements("platforms", (item, at) -> Members.of(item, at, m.problems()).flatMap(p -> {
      QualificationPlatform.Builder pb = QualificationPlatform.builder();
      set(p.requiredText("name"), pb::name);
      p.text("creditCode").ifPresent(pb::creditCode);
      p.count("formalMembers").ifPresent(pb::formalMembers);
      p.finish();
      return build(p.problems(), p.pointer(), pb::build);
    })).ifPresent(b::platforms);
    m.object("committee").flatMap(c -> {
      BranchCommittee.Builder cb = BranchCommittee.builder();
      c.text("secretary").ifPresent(cb::secretary);
      c.texts("members").ifPresent(cb::members);
      c.text("disciplineInspector").ifPresent(cb::disciplineInspector);
      c.date("termStart").ifPresent(cb::termStart);
      c.finish();
      return build(c.problems(), c.pointer(), cb::build);
    }).ifPresent(b::committee);
    m.elements("partyGroups", (item, at) -> Members.of(item, at, m.problems()).flatMap(g -> {
      PartyGroup.Builder gb = PartyGroup.builder();
      g.text("name").ifPresent(gb::name);
      members(g).ifPresent(gb::members);
      g.finish();
      return build(g.problems(), g.pointer(), gb::build);
    })).ifPresent(b::partyGroups);
    members(m).ifPresent(b::members);
    m.finish();
    return build(m.problems(), m.pointer(), b::build);
  }

  private static Optional<List<PartyMember>> members(Members m) {
    return m.elements("members", (item, at) -> Members.of(item, at, m.problems()).flatMap(p -> {
      String name = p.requiredText("name");
      Optional<MemberStatus> status = p.code("status", MemberStatus.class);
      p.finish();
      return name == null ? Optional.empty()
          : build(p.problems(), p.pointer(), () -> PartyMember.of(name).withStatus(status));
    }));
  }

  private Optional<ActivityRecord> activityRecord(Members m) {
    ActivityRecord.Builder b = ActivityRecord.builder();
    set(m.requiredDate("periodFrom"), b::periodFrom);
    set(m.requiredDate("periodTo"), b::periodTo);
    m.elements("events", (item, at) -> Members.of(item, at, m.problems()).flatMap(e -> {
      ActivityKind kind = e.requiredCode("kind", ActivityKind.class);
      LocalDate date = e.requiredDate("date");
      Optional<String> leader = e.text("leader");
      Optional<String> counterpart = e.text("counterpart");
      e.finish();
      return kind == null || date == null ? Optional.empty() : build(e.problems(), e.pointer(),
          () -> ActivityEvent.of(kind, date).withLeader(leader).withCounterpart(counterpart));
    })).ifPresent(b::events);
    m.codeSet("institutions", Institution.class).ifPresent(b::institutions);
    m.codeSet("facilities", Facility.class).ifPresent(b::facilities);
    m.count("themeEducationMembers").ifPresent(b::themeEducationMembers);
    m.count("themeEducationParticipants").ifPresent(b::themeEducationParticipants);
    m.finish();
    return build(m.problems(), m.pointer(), b::build);
  }

  private Optional<WorkCoverage> workCoverage(Members m) {
    WorkCoverage.Builder b = WorkCoverage.builder();
    // required: a report of work coverage says whether an instructor is assigned
    if (!m.has("instructorAssigned")) {
      m.problems().missing(m.pointer("instructorAssigned"));
    }
    m.flag("instructorAssigned").ifPresent(b::instructorAssigned);
    m.codeSet("massOrganisations", MassOrganisation.class).ifPresent(b::massOrganisations);
    m.finish();
    return build(m.problems(), m.pointer(), b::build);
  }

  private Optional<Finances> finances(Members m) {
    Finances.Builder b = Finances.builder();
    m.amount("annualWages").ifPresent(b::annualWages);
    m.flag("collectsDues").ifPresent(b::collectsDues);
    m.amount("annualDuesIncome").ifPresent(b::annualDuesIncome);
    m.amount("partyBuildingBudget").ifPresent(b::partyBuildingBudget);
    m.finish();
    return build(m.problems(), m.pointer(), b::build);
  }

  private Optional<SanctionRecord> sanctionRecord(Members m) {
    if (!m.has("sanctions")) {
      m.problems().missing(m.pointer("sanctions"));
    }
    Optional<List<Sanction>> sanctions = m.elements("sanctions", (item, at) -> Members.of(item, at, m.problems()).flatMap(s -> {
      SanctionKind kind = s.requiredCode("kind", SanctionKind.class);
      LocalDate date = s.requiredDate("date");
      Optional<String> description = s.text("description");
      s.finish();
      return kind == null || date == null ? Optional.empty()
          : build(s.problems(), s.pointer(), () -> Sanction.of(kind, date).withDescription(description));
    }));
    m.finish();
    return sanctions.flatMap(list -> build(m.problems(), m.pointer(), () -> SanctionRecord.of(list.toArray(new Sanction[0]))));
  }

  private Optional<Map<String, Object>> extraFacts(Members m) {
    Map<String, Object> out = new LinkedHashMap<>();
    boolean complete = true;
    for (String name : m.names()) {
      JsonNode value = m.raw(name);
      String at = m.pointer(name);
      if (value == null) {
        continue; // unknown, as if absent
      }
      Optional<Object> read = extraFact(facts.get(name), value, at, m.problems());
      if (read.isPresent()) {
        out.put(name, read.get());
      } else {
        complete = false;
      }
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  /**
   * An extra fact's value, by the kind its declaring set gives it; a name no set given to the
   * reader declares is read by its JSON shape (whole number as a count, other numbers as amounts,
   * strings as text, arrays of strings as lists) and left to the evaluator, which rejects
   * undeclared names.
   */
  private static Optional<Object> extraFact(FactType type, JsonNode value, String at, Problems problems) {
    FactKind kind = type == null ? shapeKind(value) : type.getKind();
    switch (kind) {
      case COUNT:
        OptionalInt count = Members.count(value, at, problems);
        return count.isPresent() ? Optional.of(count.getAsInt()) : Optional.empty();
      case AMOUNT:
      case RATE:
        return Members.amount(value, at, problems).map(v -> v);
      case DATE:
        return Members.date(value, at, problems).map(v -> v);
      case FLAG:
        if (!value.isBoolean()) {
          problems.wrongType(at, value, Kind.FLAG);
          return Optional.empty();
        }
        return Optional.of(value.booleanValue());
      case CODE_LIST:
      case PERIOD_LIST:
        if (!value.isArray()) {
          problems.wrongType(at, value, Kind.ARRAY);
          return Optional.empty();
        }
        List<Object> items = new java.util.ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
          if (!value.get(i).isString()) {
            problems.wrongType(Problems.child(at, i), value.get(i), Kind.TEXT);
            return Optional.empty();
          }
          items.add(value.get(i).stringValue());
        }
        return Optional.of(List.copyOf(items));
      default:
        if (!value.isString()) {
          problems.wrongType(at, value, Kind.TEXT);
          return Optional.empty();
        }
        return Optional.of(value.stringValue());
    }
  }

  private static FactKind shapeKind(JsonNode value) {
    if (value.isIntegralNumber()) {
      return FactKind.COUNT;
    }
    if (value.isNumber()) {
      return FactKind.AMOUNT;
    }
    if (value.isBoolean()) {
      return FactKind.FLAG;
    }
    if (value.isArray()) {
      return FactKind.CODE_LIST;
    }
    return FactKind.TEXT;
  }

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /**
   * Builds a record once its members are read without problems. A builder that still refuses
   * (a mandatory member the reader did not catch) becomes a problem at the record's pointer, so
   * that nothing escapes from deep inside.
   */
  private static <T> Optional<T> build(Problems problems, String pointer, java.util.function.Supplier<T> builder) {
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      problems.add(pointer, (String) null, "记录不完整：" + Problems.echo(String.valueOf(e.getMessage())) + "。",
          "Incomplete record: " + Problems.echo(String.valueOf(e.getMessage())) + ".");
      return Optional.empty();
    }
  }
}
