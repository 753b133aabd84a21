package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.examples.StoreFindings.OverdueFirm;
import org.partyorg.rules.examples.StoreFindings.Summary;

/**
 * {@link StoreFindings} on a real embedded database (H2, in memory), the way a registry uses the
 * contract: a register of Wuhan firms around W3's threshold of 100 staff (职工100人以上的建有党的组织,
 * due 2016-11-30), read from a table, assessed, stored, and queried for the firms of Jiang'an
 * district (420102) overdue on W3. Only {@code java.sql} is used: the H2 driver is found by
 * {@link DriverManager}, on the module path run as on the classpath run.
 *
 * <p>{@link Isolated}: one test changes the default locale and time zone.
 */
@Isolated
class StoreFindingsTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  /** The day after W3's deadline: what is violated is overdue. */
  private static final LocalDate AS_OF = LocalDate.of(2016, 12, 1);
  /** W3's deadline: the day itself is in time. */
  private static final LocalDate DEADLINE = LocalDate.of(2016, 11, 30);
  private static final String JIANG_AN = "420102";
  private static final String NPE = "NON_PUBLIC_ENTERPRISE";

  /** A row of the organisations table; null stands for SQL NULL. */
  private record Firm(String code, String name, String category, String division, Integer headCount,
      Integer formalMembers, Integer probationaryMembers, String form) {}

  private static String code(String division, String serial) {
    return SampleOrganisations.code("91", division, "MA0DB00" + serial);
  }

  /** 101 staff, no party organisation: W3 violated, overdue. */
  private static final Firm A101 = new Firm(code(JIANG_AN, "01"), "江岸示例一百零一人科技有限公司", NPE, JIANG_AN, 101, 0, 0, "NONE");
  /** 100 staff exactly ("100人以上" includes 100), two members, no party organisation: overdue. */
  private static final Firm B100 = new Firm(code(JIANG_AN, "02"), "江岸示例一百人贸易有限公司", NPE, JIANG_AN, 100, 2, 0, "NONE");
  /** 99 staff: under W3, no W3 finding at all. */
  private static final Firm C99 = new Firm(code(JIANG_AN, "03"), "江岸示例九十九人物流有限公司", NPE, JIANG_AN, 99, 0, 0, "NONE");
  /** 150 staff with its own party organisation: W3 satisfied. */
  private static final Firm D150 = new Firm(code(JIANG_AN, "04"), "江岸示例一百五十人制造有限公司", NPE, JIANG_AN, 150, 5, 1, "STANDALONE");
  /** 110 staff in a joint party organisation, which W3 accepts: satisfied. */
  private static final Firm E110 = new Firm(code(JIANG_AN, "05"), "江岸示例联合组建软件有限公司", NPE, JIANG_AN, 110, 2, 0, "JOINT");
  /** 120 staff, party organisation not reported (NULL): W3 undecided, naming the party organisation. */
  private static final Firm F120 = new Firm(code(JIANG_AN, "06"), "江岸示例未报党组织咨询有限公司", NPE, JIANG_AN, 120, 1, 0, null);
  /** Head-count not reported (NULL), no party organisation: W3 undecided, naming the head-count, never violated. */
  private static final Firm G_UNKNOWN = new Firm(code(JIANG_AN, "07"), "江岸示例人数不详电子有限公司", NPE, JIANG_AN, null, 0, 0, "NONE");
  /** A social group of 150 staff: W3 is for non-public enterprises only. */
  private static final Firm H_SOCIAL = new Firm(code(JIANG_AN, "08"), "江岸示例行业促进会", "SOCIAL_GROUP", JIANG_AN, 150, 0, 0, "NONE");
  /** 200 staff, no party organisation, but in Jianghan district (420103): overdue, not in Jiang'an. */
  private static final Firm J_JIANGHAN = new Firm(code("420103", "09"), "江汉示例二百人百货有限公司", NPE, "420103", 200, 0, 0, "NONE");
  /** 300 staff in Shenyang: Liaoning's set applies, Wuhan's does not. */
  private static final Firm K_SHENYANG = new Firm(code("210102", "10"), "沈阳示例三百人机械有限公司", NPE, "210102", 300, 0, 0, "NONE");
  /** Cannot even be built: a category that is no {@code OrganisationCategory}. */
  private static final Firm L_BAD_CATEGORY = new Firm(code(JIANG_AN, "11"), "江岸示例类别有误有限公司", "BOGUS", JIANG_AN, 130, 0, 0, "NONE");
  /** Built, then rejected by the evaluator: its credit code's check character is wrong. */
  private static final Firm M_BAD_CODE = new Firm(wrongCheck(code(JIANG_AN, "12")), "江岸示例代码有误有限公司", NPE, JIANG_AN, 140, 0, 0, "NONE");

  private static final List<Firm> REGISTER =
      List.of(A101, B100, C99, D150, E110, F120, G_UNKNOWN, H_SOCIAL, J_JIANGHAN, K_SHENYANG, L_BAD_CATEGORY, M_BAD_CODE);

  private static String wrongCheck(String code) {
    char last = code.charAt(17);
    return code.substring(0, 17) + (last == '0' ? '1' : '0');
  }

  private Connection db;

  @BeforeEach
  void openDatabase() throws SQLException {
    db = newDatabase();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    drop(db);
  }

  /** A fresh in-memory database with the register and the tables of {@link StoreFindings}. */
  private static Connection newDatabase() throws SQLException {
    Connection connection = DriverManager.getConnection(
        "jdbc:h2:mem:store-findings-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (Statement statement = connection.createStatement()) {
      statement.execute("""
          CREATE TABLE organisations (
            credit_code             VARCHAR(18) PRIMARY KEY,
            name                    VARCHAR(200) NOT NULL,
            category                VARCHAR(40)  NOT NULL,
            division_code           VARCHAR(6)   NOT NULL,
            head_count              INTEGER,
            formal_members          INTEGER,
            probationary_members    INTEGER,
            party_organisation_form VARCHAR(20)
          )""");
    }
    StoreFindings.createTables(connection);
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO organisations VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Firm firm : REGISTER) {
        insert.setString(1, firm.code());
        insert.setString(2, firm.name());
        insert.setString(3, firm.category());
        insert.setString(4, firm.division());
        insert.setObject(5, firm.headCount(), java.sql.Types.INTEGER);
        insert.setObject(6, firm.formalMembers(), java.sql.Types.INTEGER);
        insert.setObject(7, firm.probationaryMembers(), java.sql.Types.INTEGER);
        insert.setString(8, firm.form());
        insert.executeUpdate();
      }
    }
    return connection;
  }

  private static void drop(Connection connection) throws SQLException {
    try (connection; Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN"); // an in-memory database ends with it
    }
  }

  private static List<List<String>> select(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      List<List<String>> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<String> row = new ArrayList<>(columns);
          for (int c = 1; c <= columns; c++) {
            row.add(result.getString(c));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /** A row of a result; unlike {@code List.of}, it holds NULL as null. */
  private static List<String> row(String... values) {
    return Arrays.asList(values);
  }

  private List<List<String>> select(String sql, Object... parameters) throws SQLException {
    return select(db, sql, parameters);
  }

  /** Every row of every table written, in key order, as text (dates as the database writes them, ISO). */
  private static List<List<String>> dump(Connection connection) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    for (String sql : List.of(
        "SELECT * FROM findings ORDER BY credit_code, policy_set_id, finding_key, as_of",
        "SELECT * FROM finding_facts ORDER BY credit_code, policy_set_id, finding_key, as_of, fact_no",
        "SELECT * FROM finding_fact_items ORDER BY credit_code, policy_set_id, finding_key, as_of, fact_no, item_no",
        "SELECT * FROM rejections ORDER BY credit_code, as_of, rejection_no")) {
      rows.add(List.of(sql));
      rows.addAll(select(connection, sql));
    }
    return rows;
  }

  private List<String> counts() throws SQLException {
    List<String> counts = new ArrayList<>();
    for (String table : List.of("findings", "finding_facts", "finding_fact_items", "rejections")) {
      counts.add(table + "=" + select("SELECT COUNT(*) FROM " + table).get(0).get(0));
    }
    return counts;
  }

  /** The W3 row of a firm on a date: outcome, overdue, deadline, missing facts; empty when there is none. */
  private List<List<String>> w3(Firm firm, LocalDate asOf) throws SQLException {
    return select("""
        SELECT outcome, overdue, deadline, missing_facts FROM findings
        WHERE credit_code = ? AND policy_set_id = 'wuhan-2016' AND finding_key = 'W3' AND as_of = ?""",
        firm.code(), asOf);
  }

  private List<String> overdueInJiangAn(LocalDate asOf) throws SQLException {
    return StoreFindings.overdue(db, JIANG_AN, "wuhan-2016", "W3", asOf).stream().map(OverdueFirm::creditCode).toList();
  }

  private static List<String> codes(Firm... firms) {
    return Arrays.stream(firms).map(Firm::code).sorted().toList();
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      assertEquals(1, statement.executeUpdate(), sql);
    }
  }

  @Test
  void theQueryNamesExactlyTheFirmsOfJiangAnOverdueOnW3() throws SQLException {
    assertEquals(new Summary(12, 10, 2), StoreFindings.run(db, EVALUATOR, AS_OF));

    List<OverdueFirm> overdue = StoreFindings.overdue(db, JIANG_AN, "wuhan-2016", "W3", AS_OF);
    // not the 99-staff firm, not those with a party organisation, not the unknowns, not the social
    // group, not Jianghan's or Shenyang's firm, not the rejected rows
    assertEquals(codes(A101, B100), overdue.stream().map(OverdueFirm::creditCode).toList());
    assertEquals(List.of(DEADLINE, DEADLINE), overdue.stream().map(OverdueFirm::deadline).toList());
    assertEquals(A101.name(), overdue.get(codes(A101, B100).indexOf(A101.code())).name());
    // the same query for Jianghan finds its firm: the division is what keeps it out of Jiang'an's list
    assertEquals(List.of(J_JIANGHAN.code()),
        StoreFindings.overdue(db, "420103", "wuhan-2016", "W3", AS_OF).stream().map(OverdueFirm::creditCode).toList());
  }

  @Test
  void eachFirmsW3IsWhatTheDocumentSays() throws SQLException {
    StoreFindings.run(db, EVALUATOR, AS_OF);
    assertEquals(List.of(row("VIOLATED", "TRUE", "2016-11-30", null)), w3(A101, AS_OF));
    assertEquals(List.of(row("VIOLATED", "TRUE", "2016-11-30", null)), w3(B100, AS_OF));
    assertEquals(List.of(), w3(C99, AS_OF));
    assertEquals(List.of(row("SATISFIED", "FALSE", "2016-11-30", null)), w3(D150, AS_OF));
    assertEquals(List.of(row("SATISFIED", "FALSE", "2016-11-30", null)), w3(E110, AS_OF));
    assertEquals(List.of(List.of("UNDECIDED", "FALSE", "2016-11-30", "partyOrganisation")), w3(F120, AS_OF));
    assertEquals(List.of(), w3(H_SOCIAL, AS_OF));
    assertEquals(List.of(), w3(K_SHENYANG, AS_OF));
    assertFalse(select("SELECT 1 FROM findings WHERE credit_code = ? AND policy_set_id = 'liaoning-2016'",
        K_SHENYANG.code()).isEmpty(), "Shenyang's firm is assessed under Liaoning's set");
  }

  @Test
  void anUnknownHeadCountIsUndecidedNotViolated() throws SQLException {
    StoreFindings.run(db, EVALUATOR, AS_OF);
    assertEquals(List.of(List.of("UNDECIDED", "FALSE", "2016-11-30", "headCount")), w3(G_UNKNOWN, AS_OF));
    assertEquals(List.of(row("0", "headCount", "COUNT", "PERSONS", "FALSE", null, "100")), select("""
        SELECT fact_no, fact_name, fact_kind, fact_unit, known, value_text, limit_text FROM finding_facts
        WHERE credit_code = ? AND policy_set_id = 'wuhan-2016' AND finding_key = 'W3' AND as_of = ?""",
        G_UNKNOWN.code(), AS_OF));
    assertEquals(List.of(List.of("SUPPLY_MISSING_FACTS")), select("""
        SELECT required_actions FROM findings
        WHERE credit_code = ? AND policy_set_id = 'wuhan-2016' AND finding_key = 'W3' AND as_of = ?""",
        G_UNKNOWN.code(), AS_OF));
  }

  @Test
  void aFindingIsStoredWithItsCitationMessagesAndTypedFacts() throws SQLException {
    StoreFindings.run(db, EVALUATOR, AS_OF);
    assertEquals(List.of(List.of("W3", "ESTABLISH_PARTY_ORGANISATION", "三（二）")), select("""
        SELECT rule_id, required_actions, citation_section FROM findings
        WHERE credit_code = ? AND policy_set_id = 'wuhan-2016' AND finding_key = 'W3' AND as_of = ?""",
        A101.code(), AS_OF));
    assertEquals(List.of(
            List.of("0", "headCount", "COUNT", "PERSONS", "TRUE", "101", "100"),
            row("1", "partyOrganisation", "CODE", "NONE", "TRUE", "NONE", null)),
        select("""
            SELECT fact_no, fact_name, fact_kind, fact_unit, known, value_text, limit_text FROM finding_facts
            WHERE credit_code = ? AND policy_set_id = 'wuhan-2016' AND finding_key = 'W3' AND as_of = ?
            ORDER BY fact_no""", A101.code(), AS_OF));
    List<String> texts = select("""
        SELECT citation_document, citation_quote, message_zh, message_en FROM findings
        WHERE credit_code = ? AND policy_set_id = 'wuhan-2016' AND finding_key = 'W3' AND as_of = ?""",
        A101.code(), AS_OF).get(0);
    assertTrue(texts.get(0).contains("百日攻坚行动"), texts::toString);
    assertTrue(texts.get(1).contains("100人以上的建有党的组织"), texts::toString);
    assertEquals("职工101人（100人以上），尚未建立党组织，应于2016年11月30日前建立党组织。", texts.get(2));
    assertEquals("101 staff (100 or more) and no party organisation: must set one up by 30 November 2016.", texts.get(3));
  }

  @Test
  void rejectedRowsAreKeptWithTheirReasonsAndNoFindings() throws SQLException {
    StoreFindings.run(db, EVALUATOR, AS_OF);
    List<List<String>> badCategory = select(
        "SELECT field_path, field_value, message_zh, message_en FROM rejections WHERE credit_code = ? AND as_of = ?",
        L_BAD_CATEGORY.code(), AS_OF);
    assertEquals(1, badCategory.size(), badCategory::toString);
    assertEquals(List.of("category", "BOGUS"), badCategory.get(0).subList(0, 2));
    assertTrue(badCategory.get(0).get(2).startsWith("组织类别应为以下代码之一：NON_PUBLIC_ENTERPRISE、"), badCategory::toString);
    assertTrue(badCategory.get(0).get(3).startsWith("The category must be one of NON_PUBLIC_ENTERPRISE, "), badCategory::toString);

    List<List<String>> badCode = select(
        "SELECT field_path, field_value FROM rejections WHERE credit_code = ? AND as_of = ?", M_BAD_CODE.code(), AS_OF);
    assertEquals(List.of(List.of("creditCode", M_BAD_CODE.code())), badCode);

    assertEquals(List.of(List.of("0")), select(
        "SELECT COUNT(*) FROM findings WHERE credit_code IN (?, ?)", L_BAD_CATEGORY.code(), M_BAD_CODE.code()));
    assertEquals(List.of(List.of("2")), select("SELECT COUNT(DISTINCT credit_code) FROM rejections"));
  }

  @Test
  void aRowIsRejectedForEverythingThatKeepsItFromBeingBuilt() throws SQLException {
    update("UPDATE organisations SET party_organisation_form = 'none' WHERE credit_code = ?", L_BAD_CATEGORY.code());
    StoreFindings.run(db, EVALUATOR, AS_OF);
    assertEquals(List.of(List.of("category", "BOGUS"), List.of("partyOrganisation.form", "none")), select(
        "SELECT field_path, field_value FROM rejections WHERE credit_code = ? AND as_of = ? ORDER BY rejection_no",
        L_BAD_CATEGORY.code(), AS_OF));
  }

  @Test
  void reassessingReplacesTheRowsInsteadOfAddingToThem() throws SQLException {
    StoreFindings.run(db, EVALUATOR, AS_OF);
    List<List<String>> first = dump(db);
    List<String> counts = counts();
    StoreFindings.run(db, EVALUATOR, AS_OF);
    assertEquals(counts, counts());
    assertEquals(first, dump(db));

    // B100 has set up a joint party organisation; Jianghan's firm is down to 80 staff; the bad
    // category is corrected; D150's category now cannot be read
    update("UPDATE organisations SET party_organisation_form = 'JOINT' WHERE credit_code = ?", B100.code());
    update("UPDATE organisations SET head_count = 80 WHERE credit_code = ?", J_JIANGHAN.code());
    update("UPDATE organisations SET category = ? WHERE credit_code = ?", NPE, L_BAD_CATEGORY.code());
    update("UPDATE organisations SET category = 'ENTERPRISE' WHERE credit_code = ?", D150.code());
    assertEquals(new Summary(12, 10, 2), StoreFindings.run(db, EVALUATOR, AS_OF));

    assertEquals(List.of(row("SATISFIED", "FALSE", "2016-11-30", null)), w3(B100, AS_OF));
    assertEquals(List.of("JOINT"), select("""
        SELECT value_text FROM finding_facts WHERE credit_code = ? AND policy_set_id = 'wuhan-2016'
          AND finding_key = 'W3' AND as_of = ? AND fact_name = 'partyOrganisation'""", B100.code(), AS_OF).get(0));
    // B100 has left the list; the corrected firm of 130 staff without a party organisation has joined it
    assertEquals(codes(A101, L_BAD_CATEGORY), overdueInJiangAn(AS_OF));
    // a key the new assessment no longer gives is gone, with its facts
    assertEquals(List.of(), w3(J_JIANGHAN, AS_OF));
    assertEquals(List.of(), select(
        "SELECT * FROM finding_facts WHERE credit_code = ? AND finding_key = 'W3'", J_JIANGHAN.code()));
    assertEquals(List.of(), StoreFindings.overdue(db, "420103", "wuhan-2016", "W3", AS_OF));
    // a corrected record loses its rejection and gets its findings
    assertEquals(List.of(), select("SELECT * FROM rejections WHERE credit_code = ?", L_BAD_CATEGORY.code()));
    assertEquals(List.of(row("VIOLATED", "TRUE", "2016-11-30", null)), w3(L_BAD_CATEGORY, AS_OF));
    // a record that can no longer be read loses the findings of its earlier state
    assertEquals(List.of(), select("SELECT * FROM findings WHERE credit_code = ?", D150.code()));
    assertEquals(List.of(List.of("category", "ENTERPRISE")),
        select("SELECT field_path, field_value FROM rejections WHERE credit_code = ?", D150.code()));
  }

  @Test
  void onTheDeadlineDayW3IsViolatedButNotOverdueAndEachDateKeepsItsRows() throws SQLException {
    StoreFindings.run(db, EVALUATOR, AS_OF);
    List<List<String>> dayAfter = select("SELECT * FROM findings WHERE as_of = ? ORDER BY credit_code, policy_set_id, finding_key", AS_OF);

    StoreFindings.run(db, EVALUATOR, DEADLINE);
    for (Firm firm : List.of(A101, B100, J_JIANGHAN)) {
      assertEquals(List.of(row("VIOLATED", "FALSE", "2016-11-30", null)), w3(firm, DEADLINE), firm::name);
    }
    assertEquals(List.of(), overdueInJiangAn(DEADLINE));
    assertEquals(codes(A101, B100), overdueInJiangAn(AS_OF));
    assertEquals(dayAfter,
        select("SELECT * FROM findings WHERE as_of = ? ORDER BY credit_code, policy_set_id, finding_key", AS_OF));
    assertEquals(List.of(List.of("2")), select("SELECT COUNT(DISTINCT as_of) FROM findings"));
    assertEquals(List.of(List.of("2")), select("SELECT COUNT(DISTINCT as_of) FROM rejections"));
  }

  @Test
  void pagesOfAnySizeStoreTheSameRows() throws SQLException {
    Summary summary = StoreFindings.run(db, EVALUATOR, AS_OF);
    List<List<String>> expected = dump(db);
    // one row a page, a page that ends inside the register, a page exactly as long as it
    for (int pageSize : List.of(1, 5, REGISTER.size())) {
      Connection other = newDatabase();
      try {
        assertEquals(summary, StoreFindings.run(other, EVALUATOR, AS_OF, pageSize), "page size " + pageSize);
        assertEquals(expected, dump(other), "page size " + pageSize);
      } finally {
        drop(other);
      }
    }
  }

  /**
   * {@link StoreFindings#store} keeps every finding of the samples of every set as the API gives
   * it: the key, outcome, deadline and texts, each fact with its kind, unit and values, and the
   * elements of lists and maps one row each.
   */
  @Test
  void everyFindingOfTheSamplesIsStoredAsTheApiGivesIt() throws SQLException {
    int facts = 0;
    int items = 0;
    for (Organisation sample : SampleOrganisations.all()) {
      Assessment assessment = EVALUATOR.assess(sample, SampleOrganisations.asOf(sample));
      StoreFindings.store(db, assessment);
      for (Finding finding : assessment.getFindings()) {
        Object[] key = {sample.getCreditCode(), finding.getPolicySetId(), finding.getKey(), assessment.getAsOf()};
        String where = " WHERE credit_code = ? AND policy_set_id = ? AND finding_key = ? AND as_of = ?";
        assertEquals(List.of(Arrays.asList(finding.getRuleId(), finding.getOutcome().name(),
                String.valueOf(finding.isOverdue()).toUpperCase(Locale.ROOT),
                finding.getDeadline().map(LocalDate::toString).orElse(null),
                finding.getCitation().getDocument().getTitle(),
                finding.getCitation().getDocument().getNumber().orElse(null),
                finding.getCitation().getSection(), finding.getCitation().getQuote(),
                finding.getMessageZh(), finding.getMessageEn())),
            select("SELECT rule_id, outcome, overdue, deadline, citation_document, citation_number, citation_section,"
                + " citation_quote, message_zh, message_en FROM findings" + where, key),
            finding::toString);
        List<List<String>> factRows = select(
            "SELECT fact_name, fact_kind, fact_unit, known, value_text, limit_text FROM finding_facts" + where
                + " ORDER BY fact_no", key);
        assertEquals(finding.getFacts().size(), factRows.size(), finding::toString);
        for (int n = 0; n < factRows.size(); n++) {
          Fact fact = finding.getFacts().get(n);
          Object value = fact.getValue().orElse(null);
          boolean split = value instanceof Collection<?> || value instanceof Map<?, ?>;
          assertEquals(Arrays.asList(fact.getName(), fact.getType().getKind().name(), fact.getType().getUnit().name(),
                  String.valueOf(fact.isKnown()).toUpperCase(Locale.ROOT), split ? null : StoreFindings.text(value),
                  StoreFindings.text(fact.getLimit().orElse(null))),
              factRows.get(n), fact::toString);
          List<List<String>> itemRows = select("SELECT item_label, item_value FROM finding_fact_items" + where
              + " AND fact_no = ? ORDER BY item_no", sample.getCreditCode(), finding.getPolicySetId(), finding.getKey(),
              assessment.getAsOf(), n);
          List<List<String>> expectedItems = new ArrayList<>();
          if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> expectedItems.add(Arrays.asList(StoreFindings.text(k), StoreFindings.text(v))));
          } else if (value instanceof Collection<?> list) {
            list.forEach(e -> expectedItems.add(Arrays.asList(null, StoreFindings.text(e))));
          }
          assertEquals(expectedItems, itemRows, fact::toString);
          facts++;
          items += itemRows.size();
        }
      }
    }
    int factCount = facts;
    int itemCount = items;
    assertTrue(facts > 50 && items > 20, () -> "too few to say much: " + factCount + " facts, " + itemCount + " items");
  }

  @Test
  void listsMapsAndAmountsAreWrittenAsPlainMachineReadableText() throws SQLException {
    Organisation hunan = SampleOrganisations.hunanAppraisalFirm();
    StoreFindings.store(db, EVALUATOR.assess(hunan, SampleOrganisations.HUNAN_AS_OF));
    String meeting = """
        SELECT f.fact_name, i.item_no, i.item_label, i.item_value
        FROM finding_facts f JOIN finding_fact_items i
          ON i.credit_code = f.credit_code AND i.policy_set_id = f.policy_set_id AND i.finding_key = f.finding_key
          AND i.as_of = f.as_of AND i.fact_no = f.fact_no
        WHERE f.credit_code = ? AND f.finding_key = 'B16.general-meeting' AND f.fact_name = ?
        ORDER BY i.item_no""";
    // a general meeting missed in the third quarter of 2020
    assertEquals(List.of(row("missingPeriods", "0", null, "2020-Q3")),
        select(meeting, hunan.getCreditCode(), "missingPeriods"));
    assertEquals(List.of(
            List.of("counts", "0", "2020-Q1", "1"), List.of("counts", "1", "2020-Q2", "1"),
            List.of("counts", "2", "2020-Q3", "0"), List.of("counts", "3", "2020-Q4", "1")),
        select(meeting, hunan.getCreditCode(), "counts"));
    // a known empty list is known, without items: not the same as unknown
    assertEquals(List.of(row("TRUE", null, "0")), select("""
        SELECT f.known, f.value_text, (SELECT COUNT(*) FROM finding_fact_items i WHERE i.credit_code = f.credit_code
          AND i.finding_key = f.finding_key AND i.fact_no = f.fact_no)
        FROM finding_facts f WHERE f.credit_code = ? AND f.finding_key = 'B16.committee-meeting'
          AND f.fact_name = 'missingPeriods'""", hunan.getCreditCode()));

    Organisation shenyang = SampleOrganisations.all().get(3);
    StoreFindings.store(db, EVALUATOR.assess(shenyang, AS_OF));
    assertEquals(List.of(
            row("finances.annualWages", "AMOUNT", "YUAN", "18650000.00", null),
            row("fundRate", "RATE", "PERCENT", "1", null),
            row("requiredFund", "AMOUNT", "YUAN", "186500.0000", null),
            row("finances.partyBuildingBudget", "AMOUNT", "YUAN", "150000", "186500.0000"),
            row("shortfall", "AMOUNT", "YUAN", "36500.00", null)),
        select("""
            SELECT fact_name, fact_kind, fact_unit, value_text, limit_text FROM finding_facts
            WHERE credit_code = ? AND finding_key = 'L11.wages' ORDER BY fact_no""", shenyang.getCreditCode()));
  }

  @Test
  void whatIsStoredIsTheSameUnderAnyDefaultLocaleAndTimeZone() throws SQLException {
    StoreFindings.run(db, EVALUATOR, AS_OF);
    List<List<String>> reference = dump(db);
    assertTrue(reference.stream().anyMatch(row -> row.contains("2016-12-01")), "the as-of date is stored as it is");
    Locale locale = Locale.getDefault();
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    TimeZone zone = TimeZone.getDefault();
    // digits of their own; a day ahead of and behind UTC
    Map<String, String> cases = Map.of("ar-EG", "Pacific/Kiritimati", "th-TH-u-nu-thai", "Etc/GMT+12");
    try {
      for (Map.Entry<String, String> c : cases.entrySet()) {
        Locale.setDefault(Locale.forLanguageTag(c.getKey()));
        TimeZone.setDefault(TimeZone.getTimeZone(c.getValue()));
        assertNotEquals(TimeZone.getTimeZone("UTC").getRawOffset(), TimeZone.getDefault().getRawOffset());
        Connection other = newDatabase();
        try {
          StoreFindings.run(other, EVALUATOR, AS_OF);
          assertEquals(reference, dump(other), c::toString);
        } finally {
          drop(other);
        }
      }
    } finally {
      Locale.setDefault(locale);
      Locale.setDefault(Locale.Category.FORMAT, format);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      TimeZone.setDefault(zone);
    }
  }
}
