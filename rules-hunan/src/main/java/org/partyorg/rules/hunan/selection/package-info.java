/**
 * The selection of benchmark organisations of the Hunan plan: an {@link
 * org.partyorg.rules.hunan.selection.Application} (the form of 附件1), its {@link
 * org.partyorg.rules.hunan.selection.Review} by a {@link org.partyorg.rules.hunan.selection.Selection}
 * (the form, the 500-character basis, the due date 2020-08-15, B1 and B2, each result cited),
 * and the {@link org.partyorg.rules.hunan.selection.BatchReview} of many applications against
 * the quotas of 三（二）and 三（三）.
 */
package org.partyorg.rules.hunan.selection;
