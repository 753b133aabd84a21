package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.MemberStatus;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * B12 (附件2 1(2)): each party group (党小组) has at least 3 members, formal or probationary
 * ("党员人数"), at least 1 of them formal.
 *
 * <p>The rule judges the groups the structure lists; an organisation with no groups is outside it
 * (the indicator asks larger branches to form groups without saying from what size). A group
 * with no member known to be formal and some members of unknown status cannot be decided.
 */
final class PartyGroupRule implements Rule {
  static final Citation CITATION = BenchmarkPlan.cite("附件2 1（2）", "每个党小组党员人数不得少于3名（其中至少要有1名正式党员）");
  static final Parameter GROUP_MEMBERS = Parameter.of("partyGroupMinimumMembers", 3, Unit.PERSONS,
      PartyFacts.STRUCTURE + ".partyGroups.members", CITATION);
  static final Parameter GROUP_FORMAL = Parameter.of("partyGroupMinimumFormalMembers", 1, Unit.PERSONS,
      PartyFacts.STRUCTURE + ".partyGroups.members", CITATION);

  private static final MessageTemplate MET = BenchmarkPlan.message("B12.met");
  private static final MessageTemplate FAILING = BenchmarkPlan.message("B12.failing");

  private final FindingFactory findings;
  private final int minimumMembers;
  private final int minimumFormal;

  PartyGroupRule(ParameterValues values) {
    this.findings = BenchmarkPlan.findings("B12", CITATION).reads(values.get(GROUP_MEMBERS), values.get(GROUP_FORMAL));
    this.minimumMembers = values.intValue(GROUP_MEMBERS);
    this.minimumFormal = values.intValue(GROUP_FORMAL);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Optional<BranchStructure> structure = PartyFacts.structure(organisation, findings, out);
    if (structure.isEmpty() || structure.get().getPartyGroups().isEmpty()) {
      return;
    }
    List<PartyGroup> groups = structure.get().getPartyGroups();
    List<String> failing = new ArrayList<>();
    // the members and formal members of every group, by the group's name (#2 for the second if it has none)
    Map<String, Integer> memberCounts = new LinkedHashMap<>();
    Map<String, Integer> formalCounts = new LinkedHashMap<>();
    List<FactType> unknown = new ArrayList<>(1);
    for (int i = 0; i < groups.size(); i++) {
      PartyGroup group = groups.get(i);
      String name = PartyFacts.unique(group.getName().orElse("#" + (i + 1)), i, memberCounts);
      List<PartyMember> members = group.getMembers();
      int formal = (int) members.stream().filter(m -> m.getStatus().equals(Optional.of(MemberStatus.FORMAL))).count();
      long undisclosed = members.stream().filter(m -> m.getStatus().isEmpty()).count();
      memberCounts.put(name, members.size());
      formalCounts.put(name, formal);
      if (members.size() < minimumMembers || formal + undisclosed < minimumFormal) {
        failing.add(name);
      } else if (formal < minimumFormal) {
        if (unknown.isEmpty()) {
          unknown.add(ModelFacts.MEMBER_STATUS);
        }
      }
    }
    Fact count = Fact.of(ModelFacts.PARTY_GROUPS, groups.size());
    Fact failingGroups = Fact.of(PartyFacts.FAILING_GROUPS, Labels.of(failing), minimumMembers);
    Fact memberFact = Fact.of(PartyFacts.GROUP_MEMBERS, Collections.unmodifiableMap(memberCounts), minimumMembers);
    Fact formalFact = Fact.of(PartyFacts.GROUP_FORMAL_MEMBERS, Collections.unmodifiableMap(formalCounts), minimumFormal);
    if (!failing.isEmpty()) {
      out.add(findings.violated(asOf, FAILING, Set.of(HunanVocabulary.ADJUST_ORGANISATION_STRUCTURE),
          failingGroups, memberFact, formalFact, count));
    } else if (!unknown.isEmpty()) {
      out.add(findings.undecided(unknown, count));
    } else {
      out.add(findings.satisfied(MET, failingGroups, memberFact, formalFact, count));
    }
  }
}
