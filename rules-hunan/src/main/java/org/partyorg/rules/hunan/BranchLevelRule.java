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
import org.partyorg.rules.api.model.PartyOrganisationLevel;
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

  // the band texts take their numbers from the parameters, so that a what-if shows its own
  private final MessageTemplate branchMet;
  private final MessageTemplate generalMet;
  private final MessageTemplate needsGeneral;
  private final MessageTemplate noneBranch;
  private final MessageTemplate noneGeneral;
  private final MessageTemplate tooFew;
  private static final MessageTemplate GENERAL_WITH_APPROVAL = MessageTemplate.of(
      "正式党员{formalMembers}名，不足{formalMembers.limit}名而设立党总支，须为规模较大、合署办公机构较多并经上级党组织批准。",
      "{formalMembers} formal members, fewer than {formalMembers.limit}, and a general branch: allowed only for a large practice with many co-located institutions, with the superior’s approval.");
  private static final MessageTemplate COMMITTEE = MessageTemplate.of(
      "正式党员{formalMembers}名，《任务指南》规定设立党支部或党总支，现为基层党委。",
      "{formalMembers} formal members: the task guide prescribes a branch or a general branch, this is a primary committee.");
  private static final MessageTemplate OUTSIDE = MessageTemplate.of(
      "正式党员{formalMembers}名，达{formalMembers.limit}名以上，超出《任务指南》1（1）的规定范围，不作判断。",
      "{formalMembers} formal members, {formalMembers.limit} or more: outside what indicator 1(1) of the task guide covers; not judged.");
  private static final Set<RequiredAction> ESTABLISH = Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION);
  private static final Set<RequiredAction> ADJUST = Set.of(HunanVocabulary.ADJUST_ORGANISATION_STRUCTURE);

  private final FindingFactory branch;
  private final FindingFactory withApproval;
  private final FindingFactory general;
  private final int branchMinimum;
  private final int generalMinimum;
  private final int covered;

  /** B10 as the plan has it: its three sentences, keyed {@code B10.branch}, {@code B10.general-with-approval} and {@code B10.general-branch}. */
  BranchLevelRule() {
    this(BenchmarkPlan.findings("B10", "branch", B10_BRANCH),
        BenchmarkPlan.findings("B10", "general-with-approval", B10_APPROVAL),
        BenchmarkPlan.findings("B10", "general-branch", B10_GENERAL),
        BRANCH_MINIMUM, GENERAL_BRANCH_MINIMUM, COVERED_BELOW);
  }

  /**
   * B10 with other findings or bands, for a what-if.
   *
   * @param branch cites the branch sentence, @param withApproval the approval sentence,
   *     @param general the general-branch sentence (and the upper bound of the indicator)
   */
  BranchLevelRule(FindingFactory branch, FindingFactory withApproval, FindingFactory general,
      Parameter branchMinimum, Parameter generalMinimum, Parameter coveredBelow) {
    this.branch = branch;
    this.withApproval = withApproval;
    this.general = general;
    this.branchMinimum = branchMinimum.intValue();
    this.generalMinimum = generalMinimum.intValue();
    this.covered = coveredBelow.intValue();
    String branchBandZh = this.branchMinimum + "名以上、不足" + this.generalMinimum + "名";
    String branchBandEn = this.branchMinimum + " to " + (this.generalMinimum - 1);
    String generalBandZh = this.generalMinimum + "名以上、不足" + this.covered + "名";
    String generalBandEn = this.generalMinimum + " to " + (this.covered - 1);
    this.branchMet = MessageTemplate.of(
        "正式党员{formalMembers}名（" + branchBandZh + "），已设立党支部。",
        "{formalMembers} formal members (" + branchBandEn + ") and a branch: met.");
    this.generalMet = MessageTemplate.of(
        "正式党员{formalMembers}名（" + generalBandZh + "），已设立党总支。",
        "{formalMembers} formal members (" + generalBandEn + ") and a general branch: met.");
    this.needsGeneral = MessageTemplate.of(
        "正式党员{formalMembers}名（" + generalBandZh + "），应设立党总支，现为{partyOrganisation.level}。",
        "{formalMembers} formal members (" + generalBandEn + "): must have a general branch, has {partyOrganisation.level}.");
    this.noneBranch = MessageTemplate.of(
        "正式党员{formalMembers}名（" + branchBandZh + "），应设立党支部。",
        "{formalMembers} formal members (" + branchBandEn + "): must set up a branch.");
    this.noneGeneral = MessageTemplate.of(
        "正式党员{formalMembers}名（" + generalBandZh + "），应设立党总支。",
        "{formalMembers} formal members (" + generalBandEn + "): must set up a general branch.");
    this.tooFew = MessageTemplate.of(
        "正式党员{formalMembers}名，不足{formalMembers.limit}名：《任务指南》自" + this.branchMinimum
            + "名正式党员起设立党支部，不足" + this.branchMinimum + "人的资质平台可联合组建联合党支部。",
        "{formalMembers} formal members, fewer than {formalMembers.limit}: the task guide sets up a branch from "
            + this.branchMinimum + " formal members; a platform with fewer may join a joint branch.");
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
        out.add(cited.violated(asOf, large ? noneGeneral : noneBranch, ESTABLISH,
            Fact.of(ModelFacts.FORMAL_MEMBERS, formal, large ? generalMinimum : branchMinimum), Fact.of(ModelFacts.PARTY_ORGANISATION_LEVEL, "NONE")));
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
      out.add((large ? general : branch).advisory(COMMITTEE, ADJUST, Fact.of(ModelFacts.FORMAL_MEMBERS, formal), levelFact));
    } else if (formal < branchMinimum) {
      out.add(branch.advisory(tooFew, Set.of(), Fact.of(ModelFacts.FORMAL_MEMBERS, formal, branchMinimum), levelFact));
    } else if (large) {
      Fact members = Fact.of(ModelFacts.FORMAL_MEMBERS, formal, generalMinimum);
      out.add(level == PartyOrganisationLevel.GENERAL_BRANCH
          ? general.satisfied(generalMet, members, levelFact)
          : general.violated(asOf, needsGeneral, ADJUST, members, levelFact));
    } else if (level == PartyOrganisationLevel.GENERAL_BRANCH) {
      out.add(withApproval.advisory(GENERAL_WITH_APPROVAL, Set.of(), Fact.of(ModelFacts.FORMAL_MEMBERS, formal, generalMinimum), levelFact));
    } else {
      out.add(branch.satisfied(branchMet, Fact.of(ModelFacts.FORMAL_MEMBERS, formal, branchMinimum), levelFact));
    }
  }
}
