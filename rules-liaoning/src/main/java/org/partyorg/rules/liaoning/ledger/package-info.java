/**
 * The ledger class of L13 ({@link org.partyorg.rules.liaoning.ledger.LedgerClass}) and how to
 * read it from an assessment: the one package of {@code rules-liaoning} that callers see, since
 * only Liaoning files organisations in such a ledger.
 */
package org.partyorg.rules.liaoning.ledger;
