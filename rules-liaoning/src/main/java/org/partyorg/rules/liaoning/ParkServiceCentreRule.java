package org.partyorg.rules.liaoning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkFacilities;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;
import org.partyorg.rules.core.rule.Rule;

/**
 * L12: every park at provincial level or above (省级以上园区: provincial or national) sets up a
 * party-and-mass activity service centre (党群活动服务中心). The duty is the park's; it is
 * reported on each organisation located in one, so that a register shows which parks lack a
 * centre.
 *
 * <p>What the organisation reports of its park decides whether the rule concerns it:
 * <ul>
 *   <li>no park reported: the organisation may be in a park at provincial level or above, so the
 *       rule cannot decide and names {@code park} ({@code UNDECIDED}); silence is never read as
 *       "in no park";
 *   <li>{@link Park#none()} (in no park), or a city or district park: the rule does not concern
 *       it, and gives no finding;
 *   <li>a provincial or national park: met when the park has a centre, violated when it has
 *       none, undecided naming the centre when that is not reported.
 * </ul>
 */
final class ParkServiceCentreRule implements Rule {
  static final Citation CITATION = Notice64.cite("三5", "三是省级以上园区都要建立党群活动服务中心，党组织要有活动阵地。");

  static final FactType CENTRE = ModelFacts.PARK_SERVICE_CENTRE;
  static final FactType PARK = ModelFacts.PARK;

  private static final MessageTemplate MET = Notice64.MESSAGES.template("L12.met");
  private static final MessageTemplate MISSING = Notice64.MESSAGES.template("L12.missing");
  private static final Set<RequiredAction> SET_UP = Set.of(LiaoningVocabulary.SET_UP_SERVICE_CENTRE);

  private final FindingFactory findings;

  ParkServiceCentreRule(Parameter deadline) {
    this.findings = FindingFactory.of(Notice64.SET_ID, "L12", CITATION, deadline);
  }

  @Override
  public String id() {
    return "L12";
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getPark().isEmpty()) {
      out.add(findings.undecided(List.of(PARK), Fact.unknown(PARK)));
      return;
    }
    Park park = organisation.getPark().get();
    if (!park.getLevel().isProvincialOrAbove()) {
      return;
    }
    Fact level = Fact.of(ModelFacts.PARK_LEVEL, park.getLevel());
    Optional<Boolean> centre = park.getFacilities().flatMap(ParkFacilities::getPartyAndMassServiceCentre);
    Fact centreFact = OrganisationFacts.of(CENTRE, centre);
    if (centre.isEmpty()) {
      out.add(findings.undecided(List.of(CENTRE), level, centreFact));
    } else if (centre.get()) {
      out.add(findings.satisfied(MET, level, centreFact));
    } else {
      out.add(findings.violated(asOf, MISSING, SET_UP, level, centreFact));
    }
  }
}
