package org.partyorg.rules.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * Organisations written as a register in CSV with the canonical Chinese headers of {@link Column}
 * (all but 党员数: formal and probationary members are written apart, so nothing is ambiguous),
 * codes by their Chinese names, dates ISO, yes/no as 是/否, an unknown fact as an empty cell.
 * {@link RegisterReader} reads it back into the same organisations, as far as the flat columns
 * carry the model (traits, finances, sanctions and structures are not written). Stateless.
 */
public final class RegisterCsv {
  /** The columns written, in order. */
  static final List<Column> COLUMNS = List.of(Column.CREDIT_CODE, Column.NAME, Column.CATEGORY, Column.DIVISION_CODE,
      Column.REGISTRATION_LEVEL, Column.INDUSTRY, Column.PARK, Column.PARK_LEVEL, Column.BUILDING, Column.STREET,
      Column.HEAD_COUNT, Column.FULL_TIME_STAFF, Column.FORMAL_MEMBERS, Column.PROBATIONARY_MEMBERS,
      Column.HAS_PARTY_ORGANISATION, Column.PARTY_ORGANISATION_FORM, Column.PARTY_ORGANISATION_LEVEL, Column.FOUNDED,
      Column.COVERED_ORGANISATIONS, Column.INSTRUCTOR, Column.MASS_ORGANISATIONS);

  private static final Map<PartyOrganisationForm, String> FORMS = new EnumMap<>(Map.of(
      PartyOrganisationForm.NONE, "未建立", PartyOrganisationForm.STANDALONE, "单独组建", PartyOrganisationForm.JOINT, "联合组建",
      PartyOrganisationForm.FUNCTIONAL, "功能型", PartyOrganisationForm.COUNCIL_WORK_GROUP, "理事会党建工作小组"));
  private static final Map<PartyOrganisationLevel, String> LEVELS = new EnumMap<>(Map.of(
      PartyOrganisationLevel.BRANCH, "党支部", PartyOrganisationLevel.GENERAL_BRANCH, "党总支",
      PartyOrganisationLevel.PRIMARY_COMMITTEE, "党委"));
  private static final Map<ParkLevel, String> PARK_LEVELS = new EnumMap<>(Map.of(
      ParkLevel.NONE, "不在园区", ParkLevel.NATIONAL, "国家级", ParkLevel.PROVINCIAL, "省级", ParkLevel.CITY, "市级",
      ParkLevel.DISTRICT, "区（县）级"));
  private static final Map<RegistrationLevel, String> REGISTRATION_LEVELS = new EnumMap<>(Map.of(
      RegistrationLevel.NATIONAL, "全国性", RegistrationLevel.PROVINCIAL, "省级", RegistrationLevel.CITY, "市级",
      RegistrationLevel.DISTRICT_OR_BELOW, "区（县）级及以下"));
  private static final Map<MassOrganisation, String> MASS = new EnumMap<>(Map.of(
      MassOrganisation.TRADE_UNION, "工会", MassOrganisation.YOUTH_LEAGUE, "共青团", MassOrganisation.WOMENS_FEDERATION, "妇联"));

  private RegisterCsv() {}

  /** The header written: the canonical Chinese names, in order. */
  public static List<String> header() {
    return COLUMNS.stream().map(Column::canonicalName).toList();
  }

  /**
   * Writes the header and one row per organisation, in stream order, to {@code out}, which stays
   * open (flushed).
   */
  public static void write(Stream<? extends Organisation> organisations, CsvOutput out) throws IOException {
    out.row(header());
    Iterator<? extends Organisation> it = organisations.iterator();
    while (it.hasNext()) {
      out.row(row(it.next()));
    }
    out.flush();
  }

  /** The cells of one organisation, in {@link #header()} order. */
  public static List<String> row(Organisation o) {
    List<String> cells = new ArrayList<>(COLUMNS.size());
    cells.add(o.getCreditCode());
    cells.add(o.getName());
    cells.add(o.getCategory().chineseName());
    cells.add(o.getDivisionCode());
    cells.add(o.getRegistrationLevel().map(REGISTRATION_LEVELS::get).orElse(""));
    cells.add(o.getIndustry().map(Enum::name).orElse(""));
    cells.add(o.getPark().flatMap(p -> p.getLevel() == ParkLevel.NONE ? java.util.Optional.of("") : p.getName()).orElse(""));
    cells.add(o.getPark().map(p -> PARK_LEVELS.get(p.getLevel())).orElse(""));
    cells.add(o.getBuilding().orElse(""));
    cells.add(o.getStreet().orElse(""));
    cells.add(count(o.getHeadCount()));
    cells.add(count(o.getFullTimeStaff()));
    cells.add(count(o.getFormalMembers()));
    cells.add(count(o.getProbationaryMembers()));
    PartyOrganisation party = o.getPartyOrganisation().orElse(null);
    cells.add(party == null ? "" : party.getForm() == PartyOrganisationForm.NONE ? "否" : "是");
    cells.add(party == null ? "" : FORMS.get(party.getForm()));
    cells.add(party == null ? "" : party.getLevel().map(LEVELS::get).orElse(""));
    cells.add(party == null ? "" : party.getFoundingDate().map(Object::toString).orElse(""));
    cells.add(party == null ? "" : count(party.getCoveredOrganisationCount()));
    WorkCoverage work = o.getWorkCoverage().orElse(null);
    cells.add(work == null ? "" : work.isInstructorAssigned() ? "是" : "否");
    cells.add(work == null ? "" : work.getMassOrganisations().isEmpty() ? "无"
        : work.getMassOrganisations().stream().sorted().map(MASS::get).collect(Collectors.joining("、")));
    return cells;
  }

  private static String count(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
  }
}
