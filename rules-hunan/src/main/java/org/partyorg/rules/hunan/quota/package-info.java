/**
 * The check of a candidate list against the selection quotas of the Hunan benchmark plan
 * ({@link org.partyorg.rules.hunan.quota.QuotaCheck}): the one package of {@code rules-hunan}
 * that callers see, since only this set declares quotas.
 */
package org.partyorg.rules.hunan.quota;
