package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * B13 (附件2 1(3)): 7 or more formal members → a committee (支委); fewer → a secretary and one
 * person named as responsible for discipline inspection.
 *
 * <p>The count is the branch's formal members, as in {@link BranchLevelRule}. A committee is a
 * secretary with at least one other committee member ({@link BranchCommittee#hasCommittee()}).
 * Below 7, a committee is not required and not forbidden: the rule asks for the secretary and the
 * discipline-inspection person, who may be the same person as no sentence says otherwise.
 */
final class LeadershipRule implements Rule {
  static final Citation CITATION =
      BenchmarkPlan.cite("附件2 1（3）", "党组织有正式党员7人及以上的，要设立支委；不足7人的，设书记1名，并明确1名同志负责纪检工作");
  static final Parameter COMMITTEE_THRESHOLD = Parameter.of("committeeFormalMembers", 7, "formalMembers", CITATION);

  private static final MessageTemplate COMMITTEE_MET = BenchmarkPlan.message("B13.committee-met");
  private static final MessageTemplate NEEDS_COMMITTEE = BenchmarkPlan.message("B13.no-committee");
  private static final MessageTemplate SMALL_MET = BenchmarkPlan.message("B13.small-met");
  private static final MessageTemplate NO_SECRETARY = BenchmarkPlan.message("B13.no-secretary");
  private static final MessageTemplate NO_INSPECTOR = BenchmarkPlan.message("B13.no-inspector");
  private static final MessageTemplate NO_SECRETARY_OR_INSPECTOR = BenchmarkPlan.message("B13.no-secretary-or-inspector");

  /** The posts as the fact {@code missingRoles} names them. */
  private static final String SECRETARY = "secretary";
  private static final String DISCIPLINE_INSPECTOR = "disciplineInspector";

  private final FindingFactory findings;
  private final int threshold;

  LeadershipRule(ParameterValues values) {
    this.findings = BenchmarkPlan.findings("B13", CITATION).reads(values.get(COMMITTEE_THRESHOLD));
    this.threshold = values.intValue(COMMITTEE_THRESHOLD);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Optional<BranchStructure> structure = PartyFacts.structure(organisation, findings, out);
    if (structure.isEmpty()) {
      return;
    }
    PartyOrganisation party = organisation.getPartyOrganisation().orElseThrow();
    OptionalInt counted = PartyFacts.branchFormalMembers(organisation, party);
    if (counted.isEmpty()) {
      FactType fact = PartyFacts.branchFormalMembersFact(party);
      out.add(findings.undecided(List.of(fact), Fact.unknown(fact)));
      return;
    }
    int formal = counted.getAsInt();
    Fact members = Fact.of(ModelFacts.FORMAL_MEMBERS, formal, threshold);
    if (structure.get().getCommittee().isEmpty()) {
      out.add(findings.undecided(List.of(PartyFacts.COMMITTEE), members, Fact.unknown(PartyFacts.COMMITTEE)));
      return;
    }
    BranchCommittee committee = structure.get().getCommittee().get();
    Set<RequiredAction> adjust = Set.of(HunanVocabulary.ADJUST_ORGANISATION_STRUCTURE);
    if (formal >= threshold) {
      out.add(committee.hasCommittee()
          ? findings.satisfied(COMMITTEE_MET, members)
          : findings.violated(asOf, NEEDS_COMMITTEE, adjust, members));
      return;
    }
    List<String> missing = new ArrayList<>();
    if (committee.getSecretary().isEmpty()) {
      missing.add(SECRETARY);
    }
    if (committee.getDisciplineInspector().isEmpty()) {
      missing.add(DISCIPLINE_INSPECTOR);
    }
    Fact roles = Fact.of(PartyFacts.MISSING_ROLES, Labels.of(missing));
    if (missing.isEmpty()) {
      out.add(findings.satisfied(SMALL_MET, members, roles));
      return;
    }
    // each case its own text: a post is named by the document's words, not by the fact's code
    MessageTemplate text = missing.size() == 2 ? NO_SECRETARY_OR_INSPECTOR
        : missing.contains(SECRETARY) ? NO_SECRETARY : NO_INSPECTOR;
    out.add(findings.violated(asOf, text, adjust, members, roles));
  }
}
