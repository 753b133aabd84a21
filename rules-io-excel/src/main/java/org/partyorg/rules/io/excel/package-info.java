/** Registers read from Excel ({@code .xlsx}) workbooks, streamed row by row. */
package org.partyorg.rules.io.excel;
