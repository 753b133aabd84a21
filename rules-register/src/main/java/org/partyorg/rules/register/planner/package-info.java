/**
 * The joint-organisation planner: {@link org.partyorg.rules.register.planner.JointPlanner} groups
 * the organisations that cannot set up a party organisation of their own (1 or 2 formal members)
 * into proposed joint party organisations of 3 formal members or more, within the cap of the
 * set's document (Liaoning L5, Hunan B11) or the caller's, nearest and same industry first, and
 * says for every organisation it leaves out why.
 */
package org.partyorg.rules.register.planner;
