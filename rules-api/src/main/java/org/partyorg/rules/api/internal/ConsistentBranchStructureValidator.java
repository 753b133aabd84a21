package org.partyorg.rules.api.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.ConsistentBranchStructure;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.PartyMember;

/**
 * Checks {@link ConsistentBranchStructure}: a name missing from the roster is reported under
 * the element that names it ({@code partyGroups[1].members[2]}, {@code committee.secretary}).
 */
public final class ConsistentBranchStructureValidator
    implements ConstraintValidator<ConsistentBranchStructure, BranchStructure> {
  private static final String NOT_ON_ROSTER = "{org.partyorg.rules.structure.notOnRoster}";
  private static final String TWICE_IN_GROUP = "{org.partyorg.rules.structure.twiceInGroup}";

  /**
   * Also the check itself, without reporting, when {@code context} is null: a faster path that
   * must agree with validation exactly calls it so.
   */
  @Override
  public boolean isValid(BranchStructure structure, ConstraintValidatorContext context) {
    if (structure == null) {
      return true;
    }
    if (context != null) {
      context.disableDefaultConstraintViolation();
    }
    Set<String> roster = new HashSet<>();
    structure.getMembers().forEach(m -> roster.add(m.getName()));
    boolean checkRoster = !roster.isEmpty();
    boolean valid = true;
    Budget budget = new Budget(context, "partyGroups");
    List<PartyGroup> groups = structure.getPartyGroups();
    for (int g = 0; g < groups.size(); g++) {
      Set<String> seen = new HashSet<>();
      List<PartyMember> members = groups.get(g).getMembers();
      for (int m = 0; m < members.size(); m++) {
        String name = members.get(m).getName();
        if (!seen.add(name)) {
          ConstraintValidatorContext report = budget.next();
          if (report != null) {
            report.buildConstraintViolationWithTemplate(TWICE_IN_GROUP)
                .addPropertyNode("partyGroups").addPropertyNode("members").inIterable().atIndex(g)
                .addPropertyNode("name").inIterable().atIndex(m)
                .addConstraintViolation();
          }
          valid = false;
        } else if (checkRoster && !roster.contains(name)) {
          ConstraintValidatorContext report = budget.next();
          if (report != null) {
            report.buildConstraintViolationWithTemplate(NOT_ON_ROSTER)
                .addPropertyNode("partyGroups").addPropertyNode("members").inIterable().atIndex(g)
                .addPropertyNode("name").inIterable().atIndex(m)
                .addConstraintViolation();
          }
          valid = false;
        }
      }
    }
    if (checkRoster && structure.getCommittee().isPresent()) {
      BranchCommittee committee = structure.getCommittee().get();
      valid &= onRoster(committee.getSecretary(), "secretary", roster, context);
      valid &= onRoster(committee.getDisciplineInspector(), "disciplineInspector", roster, context);
      List<String> members = committee.getMembers();
      Budget committeeBudget = new Budget(context, "committee", "members");
      for (int i = 0; i < members.size(); i++) {
        if (!roster.contains(members.get(i))) {
          ConstraintValidatorContext report = committeeBudget.next();
          if (report != null) {
            report.buildConstraintViolationWithTemplate(NOT_ON_ROSTER)
                .addPropertyNode("committee").addPropertyNode("members")
                .addBeanNode().inIterable().atIndex(i)
                .addConstraintViolation();
          }
          valid = false;
        }
      }
    }
    return valid;
  }

  private static boolean onRoster(
      Optional<String> name, String property, Set<String> roster, ConstraintValidatorContext context) {
    if (name.isEmpty() || roster.contains(name.get())) {
      return true;
    }
    if (context != null) {
      context.buildConstraintViolationWithTemplate(NOT_ON_ROSTER)
          .addPropertyNode("committee").addPropertyNode(property).addConstraintViolation();
    }
    return false;
  }
}
