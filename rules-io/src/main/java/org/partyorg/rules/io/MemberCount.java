package org.partyorg.rules.io;

/**
 * What a register's one member count (党员数) means, when it gives no split into formal and
 * probationary members. Many registers do not say; give the reader the meaning your register's
 * instructions use ({@link RegisterReader.Builder#memberCount}).
 *
 * <p>Without it the reader warns once, in the read summary, and reads the count conservatively:
 * 0 is 0 formal and 0 probationary members (true under either meaning), and any other count
 * leaves both unknown unless the register's own 正式党员数 or 预备党员数 columns give them. Reading a
 * total as formal members would overstate them for a firm with probationary members, and invent
 * obligations that rest on formal members (three formal members call for a party organisation of
 * its own); reading it as a total decides nothing without the split. So no rule is answered on a
 * guess: the rules that need the formal members say they cannot decide and ask for them.
 */
public enum MemberCount {
  /** 党员数 counts formal members only: it is read as 正式党员数; probationary members from their own column or unknown. */
  FORMAL_ONLY,
  /**
   * 党员数 counts formal and probationary members together: with 正式党员数 or 预备党员数 beside it
   * the other is the difference; with neither, 0 is 0 and 0, any other count leaves both unknown.
   */
  FORMAL_AND_PROBATIONARY
}
