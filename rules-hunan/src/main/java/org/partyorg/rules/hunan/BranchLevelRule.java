package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.List;
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
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * B10 (附件2 1(1)): 3 to 49 formal members → a branch (党支部); 50 to 99 → a general branch
 * (党总支); fewer than 50 → a general branch only with the superior's approval, for a large
 * practice with many co-located institutions.
 *
 * <p>The count is the branch's formal members: the organisation's own for a standalone branch,
 * the sum over the platforms it covers for a joint one (see {@link PartyFacts#branchFormalMembers}).
 * 100 or more formal members is beyond what the indicator covers ("不足100名"): the finding is
 * advisory and says so, it does not guess a level. A general branch under 50 is advisory (allowed
 * with approval, which the model does not record); a primary committee is advisory too (the
 * indicator prescribes a branch or a general branch). Fewer than 3 formal members with a
 * party organisation is advisory: the indicator provides a branch from 3, and B11 a joint branch
 * below. An organisation reporting none with 3 or more formal members must set one up.
 */
final class BranchLevelRule implements Rule {
  static final Citation B10_BRANCH = BenchmarkPlan.cite("附件2 1（1）", "正式党员3名以上、不足50名的，应设立党支部");
  static final Citation B10_APPROVAL =
      BenchmarkPlan.cite("附件2 1（1）", "规模较大、合署办公机构较多且党员不足50名的，经上级党组织批准，可设立党总支");
  static final Citation B10_GENERAL = BenchmarkPlan.cite("附件2 1（1）", "正式党员50名以上、不足100名的，应设立党总支");

  static final Parameter BRANCH_MINIMUM = Parameter.of("branchFormalMembers", 3, "formalMembers", B10_BRANCH);
  static final Parameter GENERAL_BRANCH_MINIMUM = Parameter.of("generalBranchFormalMembers", 50, "formalMembers", B10_GENERAL);
  static final Parameter COVERED_BELOW = Parameter.of("coveredBelowFormalMembers", 100, "formalMembers", B10_GENERAL);

  // the texts take their numbers from the facts' limits, which are the parameters: a what-if shows its own
  private static final MessageTemplate BRANCH_MET = BenchmarkPlan.message("B10.branch.met");
  private static final MessageTemplate NONE_BRANCH = BenchmarkPlan.message("B10.branch.none");
  private static final MessageTemplate TOO_FEW = BenchmarkPlan.message("B10.branch.too-few");
  private static final MessageTemplate COMMITTEE_FOR_BRANCH = BenchmarkPlan.message("B10.branch.committee");
  private static final MessageTemplate GENERAL_WITH_APPROVAL = BenchmarkPlan.message("B10.general-with-approval.approval");
  private static final MessageTemplate GENERAL_MET = BenchmarkPlan.message("B10.general-branch.met");
  private static final MessageTemplate NONE_GENERAL = BenchmarkPlan.message("B10.general-branch.none");
  private static final MessageTemplate NEEDS_GENERAL = BenchmarkPlan.message("B10.general-branch.wrong-level");
  private static final MessageTemplate COMMITTEE_FOR_GENERAL = BenchmarkPlan.message("B10.general-branch.committee");
  private static final MessageTemplate OUTSIDE = BenchmarkPlan.message("B10.general-branch.outside");
  private static final Set<RequiredAction> ESTABLISH = Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION);
  private static final Set<RequiredAction> ADJUST = Set.of(HunanVocabulary.ADJUST_ORGANISATION_STRUCTURE);

  private final FindingFactory branch;
  private final FindingFactory withApproval;
  private final FindingFactory general;
  private final int branchMinimum;
  private final int generalMinimum;
  private final int covered;

  /** B10 as the plan has it: its three sentences, keyed {@code B10.branch}, {@code B10.general-with-approval} and {@code B10.general-branch}. */
  BranchLevelRule(ParameterValues values) {
    this(BenchmarkPlan.findings("B10", "branch", B10_BRANCH),
        BenchmarkPlan.findings("B10", "general-with-approval", B10_APPROVAL),
        BenchmarkPlan.findings("B10", "general-branch", B10_GENERAL),
        values.get(BRANCH_MINIMUM), values.get(GENERAL_BRANCH_MINIMUM), values.get(COVERED_BELOW));
  }

  /**
   * B10 with other findings or bands, for a what-if.
   *
   * @param branch cites the branch sentence, @param withApproval the approval sentence,
   *     @param general the general-branch sentence (and the upper bound of the indicator)
   */
  BranchLevelRule(FindingFactory branch, FindingFactory withApproval, FindingFactory general,
      Parameter branchMinimum, Parameter generalMinimum, Parameter coveredBelow) {
    // each band is bounded by the others: a finding reads the bounds of its own band and its neighbours'
    this.branch = branch.reads(branchMinimum, generalMinimum, coveredBelow);
    this.withApproval = withApproval.reads(branchMinimum, generalMinimum);
    this.general = general.reads(generalMinimum, coveredBelow);
    this.branchMinimum = branchMinimum.intValue();
    this.generalMinimum = generalMinimum.intValue();
    this.covered = coveredBelow.intValue();
  }

  @Override
  public String id() {
    return branch.ruleId();
  }

  @Override
  public List<String> keys() {
    return Rule.keysOf(branch, withApproval, general);
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(branch.undecided(List.of(PartyFacts.PARTY_ORGANISATION), Fact.unknown(PartyFacts.PARTY_ORGANISATION)));
      return;
    }
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    OptionalInt counted = PartyFacts.branchFormalMembers(organisation, party);
    if (counted.isEmpty()) {
      FactType fact = PartyFacts.branchFormalMembersFact(party);
      out.add(branch.undecided(List.of(fact), Fact.unknown(fact)));
      return;
    }
    int formal = counted.getAsInt();
    if (formal >= covered) {
      out.add(general.advisory(OUTSIDE, Set.of(), Fact.of(ModelFacts.FORMAL_MEMBERS, formal, covered)));
      return;
    }
    boolean large = formal >= generalMinimum;
    if (!party.exists()) {
      if (formal >= branchMinimum) {
        FindingFactory cited = large ? general : branch;
        out.add(cited.violated(asOf, large ? NONE_GENERAL : NONE_BRANCH, ESTABLISH,
            Fact.of(ModelFacts.FORMAL_MEMBERS, formal, large ? generalMinimum : branchMinimum), Fact.of(ModelFacts.PARTY_ORGANISATION, PartyOrganisationForm.NONE)));
      }
      return;
    }
    if (party.getLevel().isEmpty()) {
      FactType fact = ModelFacts.PARTY_ORGANISATION_LEVEL;
      out.add(branch.undecided(List.of(fact), Fact.of(ModelFacts.FORMAL_MEMBERS, formal), Fact.unknown(fact)));
      return;
    }
    PartyOrganisationLevel level = party.getLevel().get();
    Fact levelFact = Fact.of(ModelFacts.PARTY_ORGANISATION_LEVEL, level);
    if (level == PartyOrganisationLevel.PRIMARY_COMMITTEE) {
      out.add(large
          ? general.advisory(COMMITTEE_FOR_GENERAL, ADJUST, Fact.of(ModelFacts.FORMAL_MEMBERS, formal), levelFact)
          : branch.advisory(COMMITTEE_FOR_BRANCH, ADJUST, Fact.of(ModelFacts.FORMAL_MEMBERS, formal), levelFact));
    } else if (formal < branchMinimum) {
      out.add(branch.advisory(TOO_FEW, Set.of(), Fact.of(ModelFacts.FORMAL_MEMBERS, formal, branchMinimum), levelFact));
    } else if (large) {
      Fact members = Fact.of(ModelFacts.FORMAL_MEMBERS, formal, generalMinimum);
      out.add(level == PartyOrganisationLevel.GENERAL_BRANCH
          ? general.satisfied(GENERAL_MET, members, levelFact)
          : general.violated(asOf, NEEDS_GENERAL, ADJUST, members, levelFact));
    } else if (level == PartyOrganisationLevel.GENERAL_BRANCH) {
      out.add(withApproval.advisory(GENERAL_WITH_APPROVAL, Set.of(), Fact.of(ModelFacts.FORMAL_MEMBERS, formal, generalMinimum), levelFact));
    } else {
      out.add(branch.satisfied(BRANCH_MET, Fact.of(ModelFacts.FORMAL_MEMBERS, formal, branchMinimum), levelFact));
    }
  }
}
