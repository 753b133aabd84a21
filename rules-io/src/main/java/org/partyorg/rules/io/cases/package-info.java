/**
 * Tables of cases for analysts who do not write Java: YAML files of organisations, dates and
 * the findings the documents call for, read by {@link org.partyorg.rules.io.cases.CaseTable} and
 * run on an evaluator (docs/CASES.md).
 */
package org.partyorg.rules.io.cases;
