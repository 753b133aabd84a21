package org.partyorg.rules.register.planner;

import java.util.Locale;
import java.util.Map;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.SourceDocument;

/** The planner's texts ({@code planner_zh/en.properties}), read once. */
final class PlannerTexts {
  static final Messages MESSAGES = Messages.load(PlannerTexts.class, "planner");
  static final MessageTemplate PROPOSAL = MESSAGES.template("proposal");

  private PlannerTexts() {}

  static String proposal(Locale locale, int organisations, int formalMembers, Locality locality, Citation clause) {
    SourceDocument document = clause.getDocument();
    return PROPOSAL.format(locale, Map.of(
        "organisations", organisations,
        "formalMembers", formalMembers,
        "level", locality.ordinal(),
        // the number where the document has one (辽组通字〔2016〕64号), else its title
        "document", document.getNumber().orElse("《" + document.getTitle() + "》"),
        "section", clause.sectionIn(locale)));
  }
}
