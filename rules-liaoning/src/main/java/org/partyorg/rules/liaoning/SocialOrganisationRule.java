package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.Sector;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * L7: which social organisations must have a party organisation, and what the others owe.
 *
 * <ul>
 *   <li><b>Must have one</b> (要全部建立党组织): provincial social groups (省级社会团体: a
 *       social group, industry association or academic society registered at provincial
 *       level — all three are 社会团体 in registration law), private schools and private
 *       hospitals with 30 or more staff, law, accounting and tax firms. Until they have one,
 *       the next sentence asks for work coverage, so a missing instructor or mass organisation
 *       is named too.
 *   <li><b>The others</b> — smaller schools and hospitals, social groups below provincial
 *       level (and national ones, which the document does not name), foundations, other social
 *       service institutions, asset-appraisal firms — "暂不具备组建党组织条件的，要实现党的工作
 *       覆盖": a party organisation or work coverage.
 *   <li><b>Community social organisations</b> (城乡社区社会组织) fall to the township or street
 *       party organisation (区域兜底管理): an advisory finding, no action of their own.
 * </ul>
 *
 * <p>The parenthesis "社会服务机构（民办学校、民办医院）" is read as naming the institutions
 * meant, not as examples, and "律师、会计师、税务师事务所等" as closing the list of firms: other
 * social service institutions and asset-appraisal firms are among "the others".
 *
 * <p>The fact {@code category} holds the {@link OrganisationCategory} constant; the texts name it
 * and the ground of the limb (provincial level, staff against 30, the kind of firm).
 */
final class SocialOrganisationRule implements Rule {
  static final Citation MUST_HAVE_CITATION =
      Notice64.cite("二", "在社会组织，省级社会团体和从业人员30人以上的社会服务机构（民办学校、民办医院）以及律师、会计师、税务师事务所等实体性社会组织要全部建立党组织。暂不具备组建党组织条件的，要实现党的工作覆盖。");
  static final Citation OTHERS_CITATION = Notice64.cite("二", "暂不具备组建党组织条件的，要实现党的工作覆盖。");
  static final Citation COMMUNITY_CITATION = Notice64.cite("二", "城乡社区社会组织，由乡镇、街道党组织负责，实现区域兜底管理。");

  private static final Set<OrganisationCategory> SOCIAL_GROUPS =
      EnumSet.of(OrganisationCategory.SOCIAL_GROUP, OrganisationCategory.INDUSTRY_ASSOCIATION, OrganisationCategory.ACADEMIC_SOCIETY);
  private static final Set<OrganisationCategory> SCHOOLS_AND_HOSPITALS =
      EnumSet.of(OrganisationCategory.PRIVATE_SCHOOL, OrganisationCategory.PRIVATE_HOSPITAL);
  private static final Set<OrganisationCategory> FIRMS =
      EnumSet.of(OrganisationCategory.LAW_FIRM, OrganisationCategory.ACCOUNTING_FIRM, OrganisationCategory.TAX_FIRM);

  /**
   * The texts of one limb for one ground: met by a party organisation, met by work coverage
   * (none for a limb that asks for a party organisation), not met.
   */
  private record Texts(MessageTemplate organisation, MessageTemplate workCoverage, MessageTemplate missing) {
    static Texts mustHave(String ground) {
      String prefix = "L7.must-have." + ground + ".";
      return new Texts(Notice64.MESSAGES.template(prefix + "met"), null, Notice64.MESSAGES.template(prefix + "missing"));
    }

    static Texts others(String ground) {
      String prefix = "L7.others." + ground + ".";
      return new Texts(Notice64.MESSAGES.template(prefix + "organisation"), Notice64.MESSAGES.template(prefix + "work-coverage"),
          Notice64.MESSAGES.template(prefix + "missing"));
    }
  }

  private static final Texts MUST_HAVE_SOCIAL_GROUP = Texts.mustHave("social-group");
  private static final Texts MUST_HAVE_SERVICE_INSTITUTION = Texts.mustHave("service-institution");
  private static final Texts MUST_HAVE_FIRM = Texts.mustHave("firm");
  private static final Texts OTHER_SOCIAL_GROUP = Texts.others("social-group");
  private static final Texts OTHER_SERVICE_INSTITUTION = Texts.others("service-institution");
  private static final Texts OTHER = Texts.others("other");
  private static final MessageTemplate COMMUNITY = Notice64.MESSAGES.template("L7.community.advice");

  private final FindingFactory mustHave;
  private final FindingFactory others;
  private final FindingFactory community;
  private final int staffThreshold;

  SocialOrganisationRule(Parameter staff, Parameter deadline) {
    this.mustHave = FindingFactory.of(Notice64.SET_ID, "L7", MUST_HAVE_CITATION, deadline).reads(staff).keyed("must-have");
    this.others = FindingFactory.of(Notice64.SET_ID, "L7", OTHERS_CITATION, deadline).reads(staff).keyed("others");
    this.community = FindingFactory.of(Notice64.SET_ID, "L7", COMMUNITY_CITATION).keyed("community");
    this.staffThreshold = staff.intValue();
  }

  @Override
  public String id() {
    return "L7";
  }

  @Override
  public List<String> keys() {
    return Rule.keysOf(mustHave, others, community);
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    OrganisationCategory category = organisation.getCategory();
    if (category.sector() != Sector.SOCIAL_ORGANISATION) {
      return;
    }
    Fact categoryFact = Fact.of(ModelFacts.CATEGORY, category);
    if (category == OrganisationCategory.COMMUNITY_SOCIAL_ORGANISATION) {
      out.add(community.advisory(COMMUNITY, Set.of(), categoryFact));
      return;
    }
    Fact ground;
    boolean mustHaveOne;
    Texts texts;
    if (SOCIAL_GROUPS.contains(category)) {
      Optional<RegistrationLevel> level = organisation.getRegistrationLevel();
      ground = OrganisationFacts.of(ModelFacts.REGISTRATION_LEVEL, level);
      if (level.isEmpty()) {
        out.add(mustHave.undecided(List.of(ModelFacts.REGISTRATION_LEVEL), categoryFact, ground));
        return;
      }
      mustHaveOne = level.get() == RegistrationLevel.PROVINCIAL;
      texts = mustHaveOne ? MUST_HAVE_SOCIAL_GROUP : OTHER_SOCIAL_GROUP;
    } else if (SCHOOLS_AND_HOSPITALS.contains(category)) {
      OptionalInt headCount = organisation.getHeadCount();
      ground = OrganisationFacts.of(ModelFacts.HEAD_COUNT, headCount, staffThreshold);
      if (headCount.isEmpty()) {
        out.add(mustHave.undecided(List.of(ModelFacts.HEAD_COUNT), categoryFact, ground));
        return;
      }
      mustHaveOne = headCount.getAsInt() >= staffThreshold;
      texts = mustHaveOne ? MUST_HAVE_SERVICE_INSTITUTION : OTHER_SERVICE_INSTITUTION;
    } else {
      ground = categoryFact;
      mustHaveOne = FIRMS.contains(category);
      texts = mustHaveOne ? MUST_HAVE_FIRM : OTHER;
    }
    FindingFactory findings = mustHaveOne ? mustHave : others;
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.PARTY_ORGANISATION), categoryFact, ground, Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      return;
    }
    PartyOrganisationForm form = organisation.getPartyOrganisation().get().getForm();
    Fact current = Fact.of(ModelFacts.PARTY_ORGANISATION, form);
    if (Notice64.PARTY_ORGANISATION_FORMS.contains(form)) {
      out.add(findings.satisfied(texts.organisation(), categoryFact, ground, current));
      return;
    }
    Optional<WorkCoverage> coverage = organisation.getWorkCoverage();
    Fact coverageFact = OrganisationFacts.of(ModelFacts.WORK_COVERAGE, coverage.map(c -> c.isComplete() ? "complete" : "incomplete"));
    Set<RequiredAction> actions = new LinkedHashSet<>();
    coverage.ifPresent(c -> addCoverageGaps(c, actions));
    if (mustHaveOne) {
      actions.add(RequiredAction.ESTABLISH_PARTY_ORGANISATION);
      out.add(findings.violated(asOf, texts.missing(), actions, categoryFact, ground, current, coverageFact));
    } else if (coverage.isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.WORK_COVERAGE), categoryFact, ground, current, coverageFact));
    } else if (actions.isEmpty()) {
      out.add(findings.satisfied(texts.workCoverage(), categoryFact, ground, current, coverageFact));
    } else {
      out.add(findings.violated(asOf, texts.missing(), actions, categoryFact, ground, current, coverageFact));
    }
  }

  private static void addCoverageGaps(WorkCoverage coverage, Set<RequiredAction> actions) {
    if (!coverage.isInstructorAssigned()) {
      actions.add(RequiredAction.ASSIGN_INSTRUCTOR);
    }
    if (coverage.getMassOrganisations().isEmpty()) {
      actions.add(RequiredAction.SET_UP_MASS_ORGANISATIONS);
    }
  }
}
