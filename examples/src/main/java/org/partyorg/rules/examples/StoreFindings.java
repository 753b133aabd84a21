package org.partyorg.rules.examples;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.Violation;

/**
 * The contract the way a registry uses it, in plain JDBC: organisations are read from a table,
 * assessed with {@link Evaluator#assessAll}, and what the evaluator says is stored in tables, so
 * that the registry's questions are answered in SQL ({@link #OVERDUE_QUERY}: which firms of a
 * district are overdue on a rule). Nothing here is specific to one database; the test runs it on
 * an in-memory H2 database. Copy it and adapt the table and column names.
 *
 * <p><b>The organisations table</b> ({@link #SELECT_FIRST_PAGE}) is the registry's own, one row
 * per organisation: {@code credit_code} (primary key), {@code name}, {@code category} (the name
 * of an {@link OrganisationCategory} constant), {@code division_code}, {@code head_count},
 * {@code formal_members}, {@code probationary_members} (integers) and {@code
 * party_organisation_form} (the name of a {@link PartyOrganisationForm} constant). A NULL count
 * or form was not reported and is left out of the {@link Organisation}, never read as 0: a rule
 * that needs it answers {@code UNDECIDED}. A known absence is a value: {@code 0} members, the
 * form {@code 'NONE'}.
 *
 * <p><b>The tables written</b> ({@link #CREATE_TABLES}):
 *
 * <ul>
 *   <li>{@code findings}: one row per finding, keyed by (credit code, policy set id, finding
 *       key, as-of date), the key of {@link Finding#getKey()} which is stable across versions
 *       (docs/CATALOGUE.md lists them); with the rule id, outcome, overdue flag, deadline, the
 *       required actions and missing facts (names of {@link RequiredAction} constants and fact
 *       names, comma-separated, NULL when none), the citation and the messages.
 *   <li>{@code finding_facts}: the facts each finding compared, in its order ({@code fact_no}
 *       from 0), with the name, {@linkplain org.partyorg.rules.api.FactKind kind} and
 *       {@linkplain org.partyorg.rules.api.Unit unit} of the fact's {@link FactType}, whether it
 *       was known, and its value and limit as machine-readable text (see {@link #text(Object)}).
 *   <li>{@code finding_fact_items}: the elements of a fact whose value is a list (a {@code
 *       CODE_LIST} such as the periods short of meetings) or a map (a {@code RECORD} such as the
 *       meetings per period), one row each, in order; such a fact's {@code value_text} is NULL.
 *   <li>{@code rejections}: why a record was not assessed, one row per reason: the field (a
 *       property path, empty for the record as a whole), the value and the reason in Chinese
 *       and English. A row that cannot even be built into an {@link Organisation} (an unknown
 *       category, a missing name) is kept here as well as one the evaluator rejects, so nothing
 *       read is lost.
 * </ul>
 *
 * <p><b>Re-assessing replaces.</b> An organisation is stored in one transaction of its own:
 * whatever was stored for it on the same as-of date (findings, facts, rejections) is deleted
 * and the new result inserted. So a run can be repeated without duplicating rows, a finding
 * whose key the new assessment no longer gives disappears, a record fixed since its rejection
 * loses its rejection rows, and a record rejected now loses the findings of its earlier state:
 * what is stored for a date is the last run's answer, findings or rejections. Results for other
 * dates are kept, and so are those of an organisation no longer in the table (delete them with
 * it). A database error stops the run (the organisation being stored is rolled back, those
 * before it stay committed); running it again completes it.
 *
 * <p>Dates go through JDBC as {@link LocalDate}, never {@link java.sql.Date}, so what is stored
 * does not depend on the default time zone; numbers and codes are written by {@link
 * #text(Object)}, which does not depend on the default locale.
 */
public final class StoreFindings {
  private StoreFindings() {}

  /**
   * The tables this example writes. Run once; a registry would keep them in its migrations. The
   * credit code is as wide as the organisations table's.
   */
  public static final List<String> CREATE_TABLES = List.of(
      """
      CREATE TABLE findings (
        credit_code       VARCHAR(18)   NOT NULL,
        policy_set_id     VARCHAR(64)   NOT NULL,
        finding_key       VARCHAR(64)   NOT NULL,
        as_of             DATE          NOT NULL,
        rule_id           VARCHAR(16)   NOT NULL,
        outcome           VARCHAR(16)   NOT NULL,
        overdue           BOOLEAN       NOT NULL,
        deadline          DATE,
        required_actions  VARCHAR(1000),
        missing_facts     VARCHAR(1000),
        citation_document VARCHAR(500)  NOT NULL,
        citation_number   VARCHAR(100),
        citation_section  VARCHAR(100)  NOT NULL,
        citation_quote    VARCHAR(2000) NOT NULL,
        message_zh        VARCHAR(4000) NOT NULL,
        message_en        VARCHAR(4000) NOT NULL,
        PRIMARY KEY (credit_code, policy_set_id, finding_key, as_of)
      )""",
      """
      CREATE TABLE finding_facts (
        credit_code   VARCHAR(18)   NOT NULL,
        policy_set_id VARCHAR(64)   NOT NULL,
        finding_key   VARCHAR(64)   NOT NULL,
        as_of         DATE          NOT NULL,
        fact_no       INTEGER       NOT NULL,
        fact_name     VARCHAR(200)  NOT NULL,
        fact_kind     VARCHAR(16)   NOT NULL,
        fact_unit     VARCHAR(16)   NOT NULL,
        known         BOOLEAN       NOT NULL,
        value_text    VARCHAR(1000),
        limit_text    VARCHAR(1000),
        PRIMARY KEY (credit_code, policy_set_id, finding_key, as_of, fact_no),
        FOREIGN KEY (credit_code, policy_set_id, finding_key, as_of)
          REFERENCES findings (credit_code, policy_set_id, finding_key, as_of) ON DELETE CASCADE
      )""",
      """
      CREATE TABLE finding_fact_items (
        credit_code   VARCHAR(18)   NOT NULL,
        policy_set_id VARCHAR(64)   NOT NULL,
        finding_key   VARCHAR(64)   NOT NULL,
        as_of         DATE          NOT NULL,
        fact_no       INTEGER       NOT NULL,
        item_no       INTEGER       NOT NULL,
        item_label    VARCHAR(200),
        item_value    VARCHAR(1000),
        PRIMARY KEY (credit_code, policy_set_id, finding_key, as_of, fact_no, item_no),
        FOREIGN KEY (credit_code, policy_set_id, finding_key, as_of, fact_no)
          REFERENCES finding_facts (credit_code, policy_set_id, finding_key, as_of, fact_no) ON DELETE CASCADE
      )""",
      """
      CREATE TABLE rejections (
        credit_code   VARCHAR(18)   NOT NULL,
        as_of         DATE          NOT NULL,
        rejection_no  INTEGER       NOT NULL,
        field_path    VARCHAR(200)  NOT NULL,
        field_value   VARCHAR(200),
        message_zh    VARCHAR(4000) NOT NULL,
        message_en    VARCHAR(4000) NOT NULL,
        PRIMARY KEY (credit_code, as_of, rejection_no)
      )""");

  /** The first page of the organisations table, in the order of the credit code; the page size is the parameter. */
  public static final String SELECT_FIRST_PAGE = """
      SELECT credit_code, name, category, division_code, head_count, formal_members, probationary_members,
             party_organisation_form
      FROM organisations
      ORDER BY credit_code
      FETCH FIRST ? ROWS ONLY""";

  /** The page after the given credit code; the parameters are the last code of the page before and the page size. */
  public static final String SELECT_NEXT_PAGE = """
      SELECT credit_code, name, category, division_code, head_count, formal_members, probationary_members,
             party_organisation_form
      FROM organisations
      WHERE credit_code > ?
      ORDER BY credit_code
      FETCH FIRST ? ROWS ONLY""";

  /**
   * The firms of a division that are overdue on a finding key on an as-of date, by credit code.
   * The parameters: division code, policy set id, finding key, as-of date; e.g. {@code 420102},
   * {@code wuhan-2016}, {@code W3}, 2016-12-01 for the firms of Jiang'an district with 100 or more
   * staff and no party organisation after the deadline of 30 November 2016.
   */
  public static final String OVERDUE_QUERY = """
      SELECT o.credit_code, o.name, f.deadline
      FROM findings f
      JOIN organisations o ON o.credit_code = f.credit_code
      WHERE o.division_code = ? AND f.policy_set_id = ? AND f.finding_key = ? AND f.as_of = ?
        AND f.overdue = TRUE
      ORDER BY o.credit_code""";

  private static final String DELETE_FINDINGS = "DELETE FROM findings WHERE credit_code = ? AND as_of = ?";
  private static final String DELETE_REJECTIONS = "DELETE FROM rejections WHERE credit_code = ? AND as_of = ?";
  private static final String INSERT_FINDING = """
      INSERT INTO findings (credit_code, policy_set_id, finding_key, as_of, rule_id, outcome, overdue, deadline,
        required_actions, missing_facts, citation_document, citation_number, citation_section, citation_quote,
        message_zh, message_en)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String INSERT_FACT = """
      INSERT INTO finding_facts (credit_code, policy_set_id, finding_key, as_of, fact_no, fact_name, fact_kind,
        fact_unit, known, value_text, limit_text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String INSERT_ITEM = """
      INSERT INTO finding_fact_items (credit_code, policy_set_id, finding_key, as_of, fact_no, item_no,
        item_label, item_value)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String INSERT_REJECTION = """
      INSERT INTO rejections (credit_code, as_of, rejection_no, field_path, field_value, message_zh, message_en)
      VALUES (?, ?, ?, ?, ?, ?, ?)""";

  /** Organisations read per page: one page is held in memory and assessed at a time. */
  static final int PAGE_SIZE = 1000;

  /** A rejected value is stored cut to this many characters, as a {@link Violation} quotes it. */
  private static final int VALUE_LIMIT = 64;

  /**
   * What a run did: every row read was either assessed or rejected, {@code read == assessed +
   * rejected}. An assessed organisation to which no policy set applies has no findings.
   */
  public record Summary(int read, int assessed, int rejected) {}

  /** A firm {@link #overdue} returns, with the deadline it missed. */
  public record OverdueFirm(String creditCode, String name, LocalDate deadline) {}

  /** One reason a record was rejected, as the rejections table stores it. */
  private record Rejection(String field, String value, String messageZh, String messageEn) {
    static Rejection of(Violation violation) {
      return new Rejection(violation.getField(), violation.getValue().orElse(null),
          violation.getMessageZh(), violation.getMessageEn());
    }
  }

  /** A row of the organisations table: the organisation it was built into, or why it could not be. */
  private record Row(String creditCode, Organisation organisation, List<Rejection> problems) {}

  /** Creates the tables of {@link #CREATE_TABLES}. */
  public static void createTables(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String ddl : CREATE_TABLES) {
        statement.execute(ddl);
      }
    }
  }

  /**
   * Reads every row of the organisations table, assesses it on {@code asOf} with every policy
   * set of the evaluator, and stores the findings, or the reasons it was rejected, replacing
   * what was stored for the organisation on that date. Commits once per organisation.
   *
   * @throws SQLException from the database; the organisations stored before it stay committed
   */
  public static Summary run(Connection connection, Evaluator evaluator, LocalDate asOf) throws SQLException {
    return run(connection, evaluator, asOf, PAGE_SIZE);
  }

  static Summary run(Connection connection, Evaluator evaluator, LocalDate asOf, int pageSize) throws SQLException {
    int read = 0;
    int assessed = 0;
    int rejected = 0;
    String after = null;
    while (true) {
      List<Row> page = readPage(connection, after, pageSize);
      read += page.size();
      List<Organisation> built = new ArrayList<>(page.size());
      for (Row row : page) {
        if (row.organisation() != null) {
          built.add(row.organisation());
        } else {
          storeRejected(connection, row.creditCode(), asOf, row.problems());
          rejected++;
        }
      }
      // one result per organisation, in order: assessed, or rejected with the reasons; never a throw
      for (AssessmentResult result : evaluator.assessAll(built.stream(), asOf).toList()) {
        if (result.isAssessed()) {
          store(connection, result.getAssessment().orElseThrow());
          assessed++;
        } else {
          storeRejected(connection, result.creditCode().orElseThrow(), asOf,
              result.getRejections().stream().map(Rejection::of).toList());
          rejected++;
        }
      }
      if (page.size() < pageSize) {
        return new Summary(read, assessed, rejected);
      }
      after = page.get(page.size() - 1).creditCode();
    }
  }

  /**
   * Stores one assessment, in a transaction of its own: deletes what was stored for its
   * organisation on its as-of date, then inserts its findings with their facts.
   */
  public static void store(Connection connection, Assessment assessment) throws SQLException {
    String code = assessment.getOrganisation().getCreditCode();
    LocalDate asOf = assessment.getAsOf();
    inTransaction(connection, () -> {
      deleteStored(connection, code, asOf);
      try (PreparedStatement findings = connection.prepareStatement(INSERT_FINDING);
          PreparedStatement facts = connection.prepareStatement(INSERT_FACT);
          PreparedStatement items = connection.prepareStatement(INSERT_ITEM)) {
        for (Finding finding : assessment.getFindings()) {
          addFinding(findings, code, asOf, finding);
          List<Fact> compared = finding.getFacts();
          for (int n = 0; n < compared.size(); n++) {
            addFact(facts, items, code, asOf, finding, n, compared.get(n));
          }
        }
        // parents before children, for the foreign keys
        findings.executeBatch();
        facts.executeBatch();
        items.executeBatch();
      }
    });
  }

  /**
   * The firms of {@code divisionCode} whose finding {@code findingKey} of {@code policySetId} on
   * {@code asOf} is overdue, by credit code: {@link #OVERDUE_QUERY}.
   */
  public static List<OverdueFirm> overdue(
      Connection connection, String divisionCode, String policySetId, String findingKey, LocalDate asOf)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(OVERDUE_QUERY)) {
      query.setString(1, divisionCode);
      query.setString(2, policySetId);
      query.setString(3, findingKey);
      query.setObject(4, asOf);
      List<OverdueFirm> firms = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          firms.add(new OverdueFirm(rows.getString(1), rows.getString(2), rows.getObject(3, LocalDate.class)));
        }
      }
      return firms;
    }
  }

  /**
   * A fact's value, limit or item as machine-readable text, whatever the default locale: a count
   * in ASCII digits ({@code 120}), an amount or rate as a plain number without exponent ({@code
   * 10000000.00}, {@link BigDecimal#toPlainString()}), a date in ISO form ({@code 2016-11-30}), a
   * code as its enum constant's name ({@code NONE}), a flag as {@code true} or {@code false},
   * text and periods ({@code 2020-Q3}) as they are; null for null. No policy set of the library
   * gives a value of any other type as a value, limit or item (lists and maps are split into
   * items first); one would be written as {@link String#valueOf(Object)} gives it.
   */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return String.valueOf(value);
  }

  private static void addFinding(PreparedStatement insert, String code, LocalDate asOf, Finding finding)
      throws SQLException {
    key(insert, code, finding, asOf);
    insert.setString(5, finding.getRuleId());
    insert.setString(6, finding.getOutcome().name());
    insert.setBoolean(7, finding.isOverdue());
    insert.setObject(8, finding.getDeadline().orElse(null), Types.DATE);
    insert.setString(9, joined(finding.getRequiredActions().stream().map(RequiredAction::code).toList()));
    insert.setString(10, joined(finding.getMissingFacts()));
    insert.setString(11, finding.getCitation().getDocument().getTitle());
    insert.setString(12, finding.getCitation().getDocument().getNumber().orElse(null));
    insert.setString(13, finding.getCitation().getSection());
    insert.setString(14, finding.getCitation().getQuote());
    insert.setString(15, finding.getMessageZh());
    insert.setString(16, finding.getMessageEn());
    insert.addBatch();
  }

  private static void addFact(PreparedStatement facts, PreparedStatement items, String code, LocalDate asOf,
      Finding finding, int factNo, Fact fact) throws SQLException {
    Object value = fact.getValue().orElse(null);
    List<Map.Entry<Object, Object>> elements = elements(value);
    key(facts, code, finding, asOf);
    facts.setInt(5, factNo);
    facts.setString(6, fact.getType().getName());
    facts.setString(7, fact.getType().getKind().name());
    facts.setString(8, fact.getType().getUnit().name());
    facts.setBoolean(9, fact.isKnown());
    facts.setString(10, elements == null ? text(value) : null);
    facts.setString(11, text(fact.getLimit().orElse(null)));
    facts.addBatch();
    if (elements != null) {
      for (int n = 0; n < elements.size(); n++) {
        key(items, code, finding, asOf);
        items.setInt(5, factNo);
        items.setInt(6, n);
        items.setString(7, text(elements.get(n).getKey()));
        items.setString(8, text(elements.get(n).getValue()));
        items.addBatch();
      }
    }
  }

  /** The elements of a list (without labels) or a map (labelled by their keys); null for any other value. */
  private static List<Map.Entry<Object, Object>> elements(Object value) {
    List<Map.Entry<Object, Object>> elements = new ArrayList<>();
    if (value instanceof Map<?, ?> map) {
      // not Map.entry: a list's elements have no label, which is null
      map.forEach((k, v) -> elements.add(new SimpleImmutableEntry<>(k, v)));
      return elements;
    }
    if (value instanceof Collection<?> list) {
      list.forEach(e -> elements.add(new SimpleImmutableEntry<>(null, e)));
      return elements;
    }
    return null;
  }

  private static void key(PreparedStatement insert, String code, Finding finding, LocalDate asOf) throws SQLException {
    insert.setString(1, code);
    insert.setString(2, finding.getPolicySetId());
    insert.setString(3, finding.getKey());
    insert.setObject(4, asOf);
  }

  /** The parts comma-separated, or null when there are none. */
  private static String joined(Collection<String> parts) {
    return parts.isEmpty() ? null : String.join(",", parts);
  }

  private static void storeRejected(Connection connection, String code, LocalDate asOf, List<Rejection> reasons)
      throws SQLException {
    inTransaction(connection, () -> {
      deleteStored(connection, code, asOf);
      try (PreparedStatement insert = connection.prepareStatement(INSERT_REJECTION)) {
        for (int n = 0; n < reasons.size(); n++) {
          Rejection reason = reasons.get(n);
          insert.setString(1, code);
          insert.setObject(2, asOf);
          insert.setInt(3, n);
          insert.setString(4, reason.field());
          insert.setString(5, reason.value());
          insert.setString(6, reason.messageZh());
          insert.setString(7, reason.messageEn());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    });
  }

  /** Deletes the findings (with their facts, by cascade) and rejections of one organisation on one date. */
  private static void deleteStored(Connection connection, String code, LocalDate asOf) throws SQLException {
    for (String sql : List.of(DELETE_FINDINGS, DELETE_REJECTIONS)) {
      try (PreparedStatement delete = connection.prepareStatement(sql)) {
        delete.setString(1, code);
        delete.setObject(2, asOf);
        delete.executeUpdate();
      }
    }
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  /** Runs {@code work} in a transaction: committed if it completes, rolled back if it throws. */
  private static void inTransaction(Connection connection, SqlWork work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static List<Row> readPage(Connection connection, String after, int pageSize) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(after == null ? SELECT_FIRST_PAGE : SELECT_NEXT_PAGE)) {
      int n = 1;
      if (after != null) {
        select.setString(n++, after);
      }
      select.setInt(n, pageSize);
      List<Row> page = new ArrayList<>(Math.min(pageSize, PAGE_SIZE));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          page.add(row(rows));
        }
      }
      return page;
    }
  }

  /**
   * One row as an {@link Organisation}; a row whose text columns cannot be read (a missing name,
   * an unknown category or form) as the list of everything wrong with it. What the model checks
   * (the credit code's check character, the ranges of counts ...) is left to the evaluator.
   */
  private static Row row(ResultSet rows) throws SQLException {
    String code = rows.getString("credit_code");
    List<Rejection> problems = new ArrayList<>();
    String name = required(rows, "name", "name", "名称", "the name", problems);
    String divisionCode = required(rows, "division_code", "divisionCode", "行政区划代码", "the division code", problems);
    String categoryText = required(rows, "category", "category", "组织类别", "the category", problems);
    OrganisationCategory category = categoryText == null ? null
        : constant(OrganisationCategory.class, categoryText, "category", "组织类别", "the category", problems);
    String formText = rows.getString("party_organisation_form");
    PartyOrganisationForm form = formText == null ? null
        : constant(PartyOrganisationForm.class, formText, "partyOrganisation.form", "党组织设置方式",
            "the party organisation's form", problems);
    OptionalInt headCount = count(rows, "head_count");
    OptionalInt formalMembers = count(rows, "formal_members");
    OptionalInt probationaryMembers = count(rows, "probationary_members");
    if (!problems.isEmpty()) {
      return new Row(code, null, problems);
    }
    Organisation organisation = Organisation.builder()
        .creditCode(code)
        .name(name)
        .category(category)
        .divisionCode(divisionCode)
        .headCount(headCount)
        .formalMembers(formalMembers)
        .probationaryMembers(probationaryMembers)
        // NULL: not reported, left out; 'NONE': reported to have none
        .partyOrganisation(form == null ? Optional.empty() : Optional.of(PartyOrganisation.builder().form(form).build()))
        .build();
    return new Row(code, organisation, List.of());
  }

  /** An integer column; empty for NULL, which is not 0. */
  private static OptionalInt count(ResultSet rows, String column) throws SQLException {
    int value = rows.getInt(column);
    return rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
  }

  private static String required(ResultSet rows, String column, String field, String zh, String en,
      List<Rejection> problems) throws SQLException {
    String value = rows.getString(column);
    if (value == null) {
      problems.add(new Rejection(field, null, zh + "不能为空。", capitalised(en) + " must be given."));
    }
    return value;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String text, String field, String zh, String en,
      List<Rejection> problems) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      problems.add(new Rejection(field, cut(text),
          // the codes are what the column holds, so the text names them as they are written
          zh + "应为以下代码之一：" + String.join("、", names) + "。",
          capitalised(en) + " must be one of " + String.join(", ", names) + "."));
      return null;
    }
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The value, cut after {@link #VALUE_LIMIT} characters (code points), then marked with an ellipsis. */
  private static String cut(String value) {
    return value.codePointCount(0, value.length()) <= VALUE_LIMIT ? value
        : value.substring(0, value.offsetByCodePoints(0, VALUE_LIMIT)) + "…";
  }
}
