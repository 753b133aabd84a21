package org.partyorg.rules.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.io.CellValues.BadCell;

/**
 * One register's header, resolved to columns, and the mapping of its rows to organisations. An
 * empty cell is an unknown fact. Immutable after construction; {@link #map} is thread-safe.
 */
final class RowMapper {
  private static final Column[] COLUMNS = Column.values();

  private final String source;
  private final int[] index = new int[COLUMNS.length];
  private final String[] headerText = new String[COLUMNS.length];
  private final int width;
  private final Optional<MemberCount> memberCount;
  private final Optional<OrganisationCategory> defaultCategory;
  final List<String> unknownHeaders = new ArrayList<>();

  RowMapper(String source, List<String> header, Optional<MemberCount> memberCount,
      Optional<OrganisationCategory> defaultCategory) throws RegisterFormatException {
    this.source = source;
    this.width = header.size();
    this.memberCount = memberCount;
    this.defaultCategory = defaultCategory;
    java.util.Arrays.fill(index, -1);
    List<String> twiceZh = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String text = header.get(i) == null ? "" : header.get(i).strip();
      Optional<Column> column = Column.forHeader(text);
      if (column.isEmpty()) {
        if (!text.isEmpty()) {
          unknownHeaders.add(Texts.quote(text));
        }
        continue;
      }
      int c = column.get().ordinal();
      if (index[c] >= 0) {
        twiceZh.add("“" + Texts.quote(headerText[c]) + "”与“" + Texts.quote(text) + "”");
        continue;
      }
      index[c] = i;
      headerText[c] = Texts.quote(text);
    }
    if (!twiceZh.isEmpty()) {
      String list = String.join("、", twiceZh);
      throw new RegisterFormatException(source, 1, source + " 的表头中，" + list + "是同一列，无法确定以哪一列为准；请删去其中一列。",
          source + ": the header names one column twice (" + list.replace("、", "; ").replace("与", " and ")
              + "); delete one of them.");
    }
    List<Column> missing = new ArrayList<>();
    for (Column required : new Column[] {Column.CREDIT_CODE, Column.NAME, Column.DIVISION_CODE, Column.CATEGORY}) {
      if (index[required.ordinal()] < 0 && !(required == Column.CATEGORY && defaultCategory.isPresent())) {
        missing.add(required);
      }
    }
    if (!missing.isEmpty()) {
      String zh = String.join("、", missing.stream().map(c -> "“" + c.canonicalName() + "”").toList());
      String en = String.join(", ", missing.stream().map(c -> c.canonicalName() + " (" + c.englishName() + ")").toList());
      throw new RegisterFormatException(source, 1, source + " 的表头缺少" + zh + "列，无法读取"
          + (missing.contains(Column.CATEGORY) ? "；全表同一类别的，可指定默认单位类别" : "") + "。表头为："
          + Texts.quote(String.join(",", header)) + "。",
          source + ": the header lacks the column" + (missing.size() > 1 ? "s " : " ") + en
          + (missing.contains(Column.CATEGORY) ? "; for a register of one category, give a default category" : "")
          + ". The header is: " + Texts.quote(String.join(",", header)) + ".");
    }
  }

  boolean has(Column column) {
    return index[column.ordinal()] >= 0;
  }

  /** The header as the file writes it for this column, or where the value came from, or the canonical name. */
  String headerOf(Column column) {
    if (has(column)) {
      return headerText[column.ordinal()];
    }
    if ((column == Column.FORMAL_MEMBERS || column == Column.PROBATIONARY_MEMBERS) && has(Column.MEMBERS)) {
      return headerText[Column.MEMBERS.ordinal()];
    }
    return column.canonicalName();
  }

  /** The row's organisation, or the problems that reject it. */
  Object map(RowSource.Row row) {
    Cells cells = new Cells(row);
    if (cells.extra != null) {
      cells.problem(null, cells.extra, "比表头多出单元格（可能是未加引号的逗号）。",
          "more cells than the header has (perhaps a comma without quotes).");
    }
    Organisation.Builder b = Organisation.builder();
    String code = cells.required(Column.CREDIT_CODE);
    if (code != null) {
      b.creditCode(CellValues.creditCode(code));
    }
    String name = cells.required(Column.NAME);
    if (name != null) {
      b.name(name.strip());
    }
    cells.parse(Column.DIVISION_CODE, cells.required(Column.DIVISION_CODE), CellValues::divisionCode)
        .ifPresent(b::divisionCode);
    String category = cells.text(Column.CATEGORY);
    if (category == null) {
      if (defaultCategory.isPresent()) {
        b.category(defaultCategory.get());
      } else {
        cells.problem(Column.CATEGORY, null, "为空；单位类别必须填写。", "is empty; the category is required.");
      }
    } else {
      cells.parse(Column.CATEGORY, category, CellValues::category).ifPresent(b::category);
    }
    cells.parse(Column.REGISTRATION_LEVEL, CellValues::registrationLevel).ifPresent(b::registrationLevel);
    cells.parse(Column.INDUSTRY, CellValues::industry).ifPresent(b::industry);
    park(cells, b);
    String building = cells.text(Column.BUILDING);
    if (building != null) {
      b.building(building.strip());
    }
    String street = cells.text(Column.STREET);
    if (street != null) {
      b.street(street.strip());
    }
    OptionalInt headCount = cells.count(Column.HEAD_COUNT);
    headCount.ifPresent(b::headCount);
    cells.count(Column.FULL_TIME_STAFF).ifPresent(b::fullTimeStaff);
    members(cells, b);
    partyOrganisation(cells, b);
    workCoverage(cells, b);
    if (!cells.problems.isEmpty()) {
      return cells.problems;
    }
    try {
      return b.build();
    } catch (RuntimeException e) { // a required attribute the checks above let through; never expected
      cells.problem(null, null, "无法组成记录：" + Texts.quote(String.valueOf(e.getMessage())) + "。",
          "cannot make a record: " + Texts.quote(String.valueOf(e.getMessage())) + ".");
      return cells.problems;
    }
  }

  private void park(Cells cells, Organisation.Builder b) {
    String name = cells.text(Column.PARK);
    String levelText = cells.text(Column.PARK_LEVEL);
    Optional<ParkLevel> level = cells.parse(Column.PARK_LEVEL, levelText, CellValues::parkLevel);
    if (levelText != null && level.isEmpty()) {
      return; // a bad level, reported
    }
    boolean nameSaysNone = name != null && (CellValues.isNoneWord(name) || CellValues.key(name).equals("不在园区"));
    if (level.orElse(null) == ParkLevel.NONE || (nameSaysNone && level.isEmpty())) {
      if (name != null && !nameSaysNone) {
        cells.problem(Column.PARK, name, "填写了园区，但园区级别为“不在园区”。", "names a park, but the park level says it is in none.");
        return;
      }
      b.park(Park.none());
    } else if (level.isPresent()) {
      if (nameSaysNone) {
        cells.problem(Column.PARK, name, "写明不在园区，但填写了园区级别。", "says it is in no park, but a park level is given.");
        return;
      }
      b.park(name == null ? Park.builder().level(level.get()).build() : Park.of(name.strip(), level.get()));
    }
    // a park's name without its level stays unknown: the model's park needs its level
  }

  private void members(Cells cells, Organisation.Builder b) {
    OptionalInt total = cells.count(Column.MEMBERS);
    OptionalInt formal = cells.count(Column.FORMAL_MEMBERS);
    OptionalInt probationary = cells.count(Column.PROBATIONARY_MEMBERS);
    if (total.isPresent()) {
      int n = total.getAsInt();
      MemberCount meaning = memberCount.orElse(null);
      if (meaning == MemberCount.FORMAL_ONLY) {
        if (formal.isPresent() && formal.getAsInt() != n) {
          cells.problem(Column.MEMBERS, Integer.toString(n), "按“党员数即正式党员数”读取，但与正式党员数" + formal.getAsInt() + "不一致。",
              "read as formal members, but the formal members are " + formal.getAsInt() + ".");
          return;
        }
        formal = total;
      } else if (meaning == MemberCount.FORMAL_AND_PROBATIONARY) {
        if (formal.isPresent() && probationary.isPresent()) {
          if (formal.getAsInt() + probationary.getAsInt() != n) {
            cells.problem(Column.MEMBERS, Integer.toString(n), "按“党员数含预备党员”读取，但不等于正式党员数与预备党员数之和"
                + (formal.getAsInt() + probationary.getAsInt()) + "。", "read as formal and probationary members together, but "
                + "not the sum of formal and probationary members, " + (formal.getAsInt() + probationary.getAsInt()) + ".");
            return;
          }
        } else if (formal.isPresent() || probationary.isPresent()) {
          int part = formal.isPresent() ? formal.getAsInt() : probationary.getAsInt();
          if (part > n) {
            cells.problem(Column.MEMBERS, Integer.toString(n), "少于" + (formal.isPresent() ? "正式" : "预备") + "党员数" + part + "。",
                "fewer than the " + (formal.isPresent() ? "formal" : "probationary") + " members, " + part + ".");
            return;
          }
          if (formal.isPresent()) {
            probationary = OptionalInt.of(n - part);
          } else {
            formal = OptionalInt.of(n - part);
          }
        } else if (n == 0) {
          formal = OptionalInt.of(0);
          probationary = OptionalInt.of(0);
        }
      } else {
        // the meaning is not given: only what holds under both meanings is read
        if (formal.isPresent() && probationary.isPresent()) {
          int f = formal.getAsInt();
          int p = probationary.getAsInt();
          if (n != f && n != f + p) {
            cells.problem(Column.MEMBERS, Integer.toString(n), "既不等于正式党员数" + f + "，也不等于正式党员数与预备党员数之和" + (f + p) + "。",
                "neither the formal members, " + f + ", nor the formal and probationary members together, " + (f + p) + ".");
            return;
          }
        } else if (formal.isPresent() && formal.getAsInt() > n) {
          cells.problem(Column.MEMBERS, Integer.toString(n), "少于正式党员数" + formal.getAsInt() + "。",
              "fewer than the formal members, " + formal.getAsInt() + ".");
          return;
        } else if (n == 0) {
          formal = OptionalInt.of(0);
          if (probationary.isEmpty()) {
            probationary = OptionalInt.of(0);
          }
        }
      }
    }
    formal.ifPresent(b::formalMembers);
    probationary.ifPresent(b::probationaryMembers);
  }

  private void partyOrganisation(Cells cells, Organisation.Builder b) {
    Optional<Boolean> has = cells.yesNo(Column.HAS_PARTY_ORGANISATION);
    String formText = cells.text(Column.PARTY_ORGANISATION_FORM);
    Optional<PartyOrganisationForm> form = cells.parse(Column.PARTY_ORGANISATION_FORM, formText, CellValues::form);
    if (formText != null && form.isEmpty()) {
      return; // a bad form, reported
    }
    String levelText = cells.text(Column.PARTY_ORGANISATION_LEVEL);
    Optional<PartyOrganisationLevel> level = cells.parse(Column.PARTY_ORGANISATION_LEVEL, levelText, CellValues::level);
    String foundedText = cells.text(Column.FOUNDED);
    Optional<java.time.LocalDate> founded = cells.parse(Column.FOUNDED, foundedText, CellValues::date);
    OptionalInt covered = cells.count(Column.COVERED_ORGANISATIONS);
    boolean none = has.equals(Optional.of(false)) || form.orElse(null) == PartyOrganisationForm.NONE;
    if (none) {
      if (has.equals(Optional.of(true))) {
        cells.problem(Column.PARTY_ORGANISATION_FORM, formText, "为未建立，但“是否建立党组织”为是。",
            "says none, but the party organisation column says yes.");
      } else if (form.isPresent() && form.get() != PartyOrganisationForm.NONE) {
        cells.problem(Column.PARTY_ORGANISATION_FORM, formText, "填写了组织类型，但“是否建立党组织”为否。",
            "gives a form, but the party organisation column says no.");
      } else if (levelText != null || foundedText != null || covered.isPresent()) {
        Column column = levelText != null ? Column.PARTY_ORGANISATION_LEVEL : foundedText != null ? Column.FOUNDED
            : Column.COVERED_ORGANISATIONS;
        cells.problem(column, cells.text(column), "未建立党组织，此列应为空。", "no party organisation, so this column must be empty.");
      } else {
        b.partyOrganisation(PartyOrganisation.none());
      }
      return;
    }
    if (form.isEmpty()) {
      return; // "yes" without a form, or nothing: the model needs the form, so it stays unknown
    }
    if (covered.isPresent() && form.get() != PartyOrganisationForm.JOINT) {
      cells.problem(Column.COVERED_ORGANISATIONS, Integer.toString(covered.getAsInt()), "只有联合党组织才填写覆盖单位数。",
          "only a joint party organisation covers other organisations.");
      return;
    }
    PartyOrganisation.Builder party = PartyOrganisation.builder().form(form.get());
    level.ifPresent(party::level);
    founded.ifPresent(party::foundingDate);
    covered.ifPresent(party::coveredOrganisationCount);
    b.partyOrganisation(party.build());
  }

  private void workCoverage(Cells cells, Organisation.Builder b) {
    Optional<Boolean> instructor = cells.yesNo(Column.INSTRUCTOR);
    Optional<Set<MassOrganisation>> mass = cells.parse(Column.MASS_ORGANISATIONS, CellValues::massOrganisations);
    // work coverage has two halves; with one unknown the record stays unknown, never "none"
    if (instructor.isPresent() && mass.isPresent()) {
      b.workCoverage(WorkCoverage.builder().instructorAssigned(instructor.get()).massOrganisations(mass.get()).build());
    }
  }

  /** One of {@link CellValues}' parsers. */
  @FunctionalInterface
  private interface CellParser<T> {
    T parse(String cell) throws BadCell;
  }

  /** One row's cells by column, and the problems found in them. */
  private final class Cells {
    final RowSource.Row row;
    final List<RowProblem> problems = new ArrayList<>(0);
    final String extra;

    Cells(RowSource.Row row) {
      this.row = row;
      String firstExtra = null;
      List<String> all = row.cells();
      for (int i = width; i < all.size(); i++) {
        if (all.get(i) != null && !all.get(i).isBlank()) {
          firstExtra = all.get(i);
          break;
        }
      }
      this.extra = firstExtra;
    }

    /** The cell's text, or null when the column is absent or the cell blank. */
    String text(Column column) {
      int i = index[column.ordinal()];
      if (i < 0 || i >= row.cells().size()) {
        return null;
      }
      String cell = row.cells().get(i);
      if (cell == null) {
        return null;
      }
      String folded = cell.strip();
      return folded.isEmpty() ? null : folded;
    }

    String required(Column column) {
      String text = text(column);
      if (text == null) {
        problem(column, null, "为空；此列必须填写。", "is empty; this column is required.");
      }
      return text;
    }

    OptionalInt count(Column column) {
      return parse(column, CellValues::count).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    Optional<Boolean> yesNo(Column column) {
      return parse(column, CellValues::yesNo);
    }

    /** The column's cell parsed; empty when it is blank, or bad (then reported). */
    <T> Optional<T> parse(Column column, CellParser<T> parser) {
      return parse(column, text(column), parser);
    }

    /** {@code text}, the column's cell or null, parsed; empty when null, or bad (then reported). */
    <T> Optional<T> parse(Column column, String text, CellParser<T> parser) {
      if (text == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(parser.parse(text));
      } catch (BadCell e) {
        problem(column, text, e);
        return Optional.empty();
      }
    }

    void problem(Column column, String value, BadCell e) {
      problem(column, value, e.zh, e.en);
    }

    void problem(Column column, String value, String zh, String en) {
      problems.add(new RowProblem(source, row.sheet(), row.number(),
          Optional.ofNullable(column).map(RowMapper.this::headerOf), Optional.ofNullable(value), zh, en));
    }
  }
}
