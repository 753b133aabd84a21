/**
 * The command-line tool {@code partyorg-rules}: picocli commands over the library, the HTML
 * report with its inline SVG charts, and the progress bar. Nothing here is API.
 */
package org.partyorg.rules.cli;
