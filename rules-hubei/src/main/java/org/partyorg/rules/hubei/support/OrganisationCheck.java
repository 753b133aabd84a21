package org.partyorg.rules.hubei.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;

/**
 * The second half of every "must have a party organisation" (建有党的组织) rule, once the rule
 * knows the organisation is under it: satisfied by an accepted form, violated by none or by a
 * form the document does not accept, undecided when the party organisation is not reported.
 */
public final class OrganisationCheck {
  private static final Set<RequiredAction> ESTABLISH = EnumSet.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION);

  private OrganisationCheck() {}

  /**
   * @param why the facts that put the organisation under the rule, with their limits
   */
  public static Finding require(
      FindingFactory findings,
      Organisation organisation,
      LocalDate asOf,
      Set<PartyOrganisationForm> accepted,
      MessageTemplate met,
      MessageTemplate missing,
      Fact... why) {
    List<Fact> facts = new ArrayList<>(Arrays.asList(why));
    if (organisation.getPartyOrganisation().isEmpty()) {
      facts.add(Fact.unknown("partyOrganisation"));
      return findings.undecided(List.of("partyOrganisation"), facts.toArray(new Fact[0]));
    }
    PartyOrganisationForm form = organisation.getPartyOrganisation().get().getForm();
    facts.add(Fact.of("partyOrganisation", form));
    Fact[] all = facts.toArray(new Fact[0]);
    return accepted.contains(form)
        ? findings.satisfied(met, all)
        : findings.violated(asOf, missing, ESTABLISH, all);
  }

  /** A head-count fact against a limit, or unknown. */
  public static Fact headCount(Organisation organisation, int limit) {
    return organisation.getHeadCount().isPresent()
        ? Fact.of("headCount", organisation.getHeadCount().getAsInt(), limit)
        : Fact.unknown("headCount");
  }

  /**
   * The same check, prepared once in a rule's constructor, whose findings compute their facts
   * when read: {@code why} gives the facts that put an organisation under the rule.
   */
  public static Prepared prepare(
      FindingFactory findings, MessageTemplate met, MessageTemplate missing, FindingFactory.FactSource why) {
    return new Prepared(findings, met, missing, why);
  }

  /** A prepared check; immutable and thread-safe. */
  public static final class Prepared {
    private final FindingFactory.Prepared unreported;
    private final FindingFactory.Prepared met;
    private final FindingFactory.Prepared missing;

    private Prepared(FindingFactory findings, MessageTemplate met, MessageTemplate missing, FindingFactory.FactSource why) {
      FindingFactory.FactSource reported = (o, d) -> with(why.facts(o, d),
          Fact.of("partyOrganisation", o.getPartyOrganisation().get().getForm()));
      this.unreported = findings.prepareUndecided(List.of("partyOrganisation"),
          (o, d) -> with(why.facts(o, d), Fact.unknown("partyOrganisation")));
      this.met = findings.prepareSatisfied(met, reported);
      this.missing = findings.prepareViolated(missing, ESTABLISH, reported);
    }

    /** As {@link OrganisationCheck#require}. */
    public Finding require(Organisation organisation, LocalDate asOf, Set<PartyOrganisationForm> accepted) {
      if (organisation.getPartyOrganisation().isEmpty()) {
        return unreported.of(organisation, asOf);
      }
      return (accepted.contains(organisation.getPartyOrganisation().get().getForm()) ? met : missing)
          .of(organisation, asOf);
    }

    private static Fact[] with(Fact[] why, Fact more) {
      Fact[] all = Arrays.copyOf(why, why.length + 1);
      all[why.length] = more;
      return all;
    }
  }
}
