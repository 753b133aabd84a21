package org.partyorg.rules.hubei.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.OrganisationFacts;

/**
 * The second half of every "must have a party organisation" (建有党的组织) rule, once the rule
 * knows the organisation is under it: satisfied by an accepted form, violated by none or by a
 * form the document does not accept (each with its own message, since the reader must be told
 * which), undecided when the party organisation is not reported.
 */
public final class OrganisationCheck {
  private static final Set<RequiredAction> ESTABLISH = Set.of(RequiredAction.ESTABLISH_PARTY_ORGANISATION);

  private OrganisationCheck() {}

  /** A head-count fact against a limit, or unknown. */
  public static Fact headCount(Organisation organisation, int limit) {
    return organisation.getHeadCount().isPresent()
        ? Fact.of(ModelFacts.HEAD_COUNT, organisation.getHeadCount().getAsInt(), limit)
        : Fact.unknown(ModelFacts.HEAD_COUNT);
  }

  /**
   * The check, prepared once in a rule's constructor; its findings compute their facts when read.
   *
   * @param met the message for an accepted form
   * @param missing the message for an organisation without a party organisation
   * @param otherForm the message for a form the document does not accept here (a functional
   *     organisation in an enterprise, say); it may name the form, {@code {partyOrganisation}}
   * @param why the facts that put an organisation under the rule, with their limits
   */
  public static Prepared prepare(FindingFactory findings, MessageTemplate met, MessageTemplate missing,
      MessageTemplate otherForm, FindingFactory.FactSource why) {
    return new Prepared(findings, met, missing, otherForm, why);
  }

  /** A prepared check; immutable and thread-safe. */
  public static final class Prepared {
    private final FindingFactory.Prepared unreported;
    private final FindingFactory.Prepared met;
    private final FindingFactory.Prepared missing;
    private final FindingFactory.Prepared otherForm;

    private Prepared(FindingFactory findings, MessageTemplate met, MessageTemplate missing, MessageTemplate otherForm,
        FindingFactory.FactSource why) {
      FindingFactory.FactSource reported = why.followedBy(
          (o, d) -> new Fact[] {OrganisationFacts.partyOrganisation(o)});
      this.unreported = findings.prepareUndecided(List.of(ModelFacts.PARTY_ORGANISATION),
          why.followedBy((o, d) -> new Fact[] {Fact.unknown(ModelFacts.PARTY_ORGANISATION)}));
      this.met = findings.prepareSatisfied(met, reported);
      this.missing = findings.prepareViolated(missing, ESTABLISH, reported);
      this.otherForm = findings.prepareViolated(otherForm, ESTABLISH, reported);
    }

    /**
     * The finding about the organisation's party organisation on {@code asOf}: satisfied by a
     * form in {@code accepted}, violated by any other, undecided when none is reported.
     */
    public Finding require(Organisation organisation, LocalDate asOf, Set<PartyOrganisationForm> accepted) {
      if (organisation.getPartyOrganisation().isEmpty()) {
        return unreported.of(organisation, asOf);
      }
      PartyOrganisationForm form = organisation.getPartyOrganisation().get().getForm();
      return (accepted.contains(form) ? met : form == PartyOrganisationForm.NONE ? missing : otherForm)
          .of(organisation, asOf);
    }
  }
}
