/** The rules of 辽组通字〔2016〕64号, one small class each; not exported. */
package org.partyorg.rules.liaoning;
