/**
 * The library's JSON format (docs/FORMAT.md) with Jackson 3: organisations (one document, or a
 * register in JSON Lines), assessments, batch results and the register's reports, each in a
 * versioned envelope, with a JSON Schema per kind under {@code
 * META-INF/partyorg-rules/schema/}. Entry points: {@link org.partyorg.rules.io.json.JsonFormat}
 * and {@link org.partyorg.rules.io.json.JsonLines}.
 */
package org.partyorg.rules.io.json;
