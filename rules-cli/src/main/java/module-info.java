/** The command-line tool {@code partyorg-rules}; exports nothing. */
module org.partyorg.rules.cli {
  requires org.partyorg.rules.io;
  requires org.partyorg.rules.io.excel;
  requires com.google.common;
  requires tools.jackson.databind;
  requires java.logging;
  requires info.picocli;
  requires me.tongfei.progressbar;

  opens org.partyorg.rules.cli to info.picocli;
}
