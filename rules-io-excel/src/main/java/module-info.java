/** Registers read from Excel ({@code .xlsx}), streamed row by row, as a {@code RowSource} of rules-io. */
module org.partyorg.rules.io.excel {
  requires transitive org.partyorg.rules.io;
  requires org.dhatim.fastexcel.reader;

  exports org.partyorg.rules.io.excel;
}
