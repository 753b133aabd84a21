/** The rules B1–B22 of the Hunan benchmark plan (file 001); not exported. */
package org.partyorg.rules.hunan;
