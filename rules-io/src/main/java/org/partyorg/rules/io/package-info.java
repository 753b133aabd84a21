/**
 * Registers in and out: rows from CSV and spreadsheets ({@link org.partyorg.rules.io.RowSource}),
 * read into organisations with every bad row reported; JSON of the model, assessments, traces and
 * reports in a documented, versioned format.
 */
package org.partyorg.rules.io;
