package org.partyorg.rules.io.excel;

/** Placeholder: the streaming .xlsx row source comes with issue 12. */
final class XlsxRows {
  private XlsxRows() {}
}
