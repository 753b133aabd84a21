/**
 * Registers in and out: rows read from CSV (and, through {@code RowSource}, from any spreadsheet),
 * JSON of the model, assessments, traces and reports, and tables of cases for analysts.
 */
module org.partyorg.rules.io {
  requires transitive org.partyorg.rules.register;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires de.siegmar.fastcsv;

  exports org.partyorg.rules.io;
  exports org.partyorg.rules.io.json;
  exports org.partyorg.rules.io.cases;
}
