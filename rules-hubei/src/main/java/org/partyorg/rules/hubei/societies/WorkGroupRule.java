package org.partyorg.rules.hubei.societies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * S3: a society without full-time staff (无专职人员) may set up a party-building work group at
 * council level (理事会层面党建工作小组) instead. For such a society the work group counts
 * wherever N1 and N2 ask for an organisation; in a society with full-time staff it does not.
 */
final class WorkGroupRule implements Rule {
  /** 三3, due with the concentrated formation, 2016-11-25. */
  static final Citation CITATION = SocietiesPlan.cite("三3",
      "无专职人员的学会可以在理事会层面设立党建工作小组，党员采取一方隶属、双重管理、多方活动的方式，进行有效管理，党员不重复交纳党费，不重复进行党内统计");
  /** "无专职人员": at most this many full-time staff (none) for the council-level work group. */
  static final Parameter MAX_FULL_TIME_STAFF = Parameter.of("workGroupMaxFullTimeStaff", 0, "fullTimeStaff", CITATION);

  private static final MessageTemplate MET = SocietiesPlan.MESSAGES.template("S3.met");
  private static final MessageTemplate MAY = SocietiesPlan.MESSAGES.template("S3.may");
  private static final MessageTemplate NOT_ALLOWED = SocietiesPlan.MESSAGES.template("S3.not-allowed");
  private static final Set<RequiredAction> ESTABLISH = Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION);

  private final FindingFactory findings;
  private final int maxFullTimeStaff;

  /** @param maxFullTimeStaff {@link #MAX_FULL_TIME_STAFF}, or a what-if's value for it */
  WorkGroupRule(Parameter maxFullTimeStaff, Parameter deadline) {
    this.findings = FindingFactory.of(SocietiesPlan.SET_ID, "S3", CITATION, deadline).reads(maxFullTimeStaff);
    this.maxFullTimeStaff = maxFullTimeStaff.intValue();
  }

  /**
   * S3's condition, "无专职人员", which also decides whether the work group counts for N1 and N2:
   * empty when the full-time staff is not given.
   */
  static Optional<Boolean> withoutFullTimeStaff(Organisation organisation, int maxFullTimeStaff) {
    return organisation.getFullTimeStaff().isPresent()
        ? Optional.of(organisation.getFullTimeStaff().getAsInt() <= maxFullTimeStaff)
        : Optional.empty();
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    Optional<Boolean> noStaff = withoutFullTimeStaff(organisation, maxFullTimeStaff);
    Fact staff = organisation.getFullTimeStaff().isPresent()
        ? Fact.of(ModelFacts.FULL_TIME_STAFF, organisation.getFullTimeStaff().getAsInt(), maxFullTimeStaff)
        : Fact.unknown(ModelFacts.FULL_TIME_STAFF);
    Optional<PartyOrganisationForm> form = organisation.getPartyOrganisation().map(p -> p.getForm());
    if (form.isEmpty()) {
      if (!noStaff.isPresent() || noStaff.get()) {
        List<FactType> missing = new ArrayList<>(List.of(ModelFacts.PARTY_ORGANISATION));
        if (noStaff.isEmpty()) {
          missing.add(0, ModelFacts.FULL_TIME_STAFF);
        }
        out.add(findings.undecided(missing, staff, Fact.unknown(ModelFacts.PARTY_ORGANISATION)));
      }
      return;
    }
    Fact current = Fact.of(ModelFacts.PARTY_ORGANISATION, form.get());
    if (form.get() != PartyOrganisationForm.COUNCIL_WORK_GROUP && form.get() != PartyOrganisationForm.NONE) {
      return;
    }
    if (noStaff.isEmpty()) {
      out.add(findings.undecided(List.of(ModelFacts.FULL_TIME_STAFF), staff, current));
    } else if (form.get() == PartyOrganisationForm.COUNCIL_WORK_GROUP) {
      out.add(noStaff.get()
          ? findings.satisfied(MET, staff, current)
          : findings.advisory(NOT_ALLOWED, ESTABLISH, staff, current));
    } else if (noStaff.get()) {
      out.add(findings.advisory(MAY, ESTABLISH, staff, current));
    }
  }
}
