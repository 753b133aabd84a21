package org.partyorg.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.Evaluator;

/**
 * Everything machine-readable, and every message, is the same whatever the default locale: the
 * whole sample run and a Hunan record with a month short of committee meetings are compared under
 * locales that write digits of their own (Arabic, Persian, Marathi) with the root locale.
 */
@Isolated
class LocaleIndependenceTest {
  private static final Evaluator EVALUATOR = Evaluator.discover();
  private static final List<Locale> OTHER_DIGITS =
      List.of(Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("fa-IR"), Locale.forLanguageTag("mr-IN"),
          Locale.forLanguageTag("th-TH-u-nu-thai"));

  private static <T> T under(Locale locale, Supplier<T> work) {
    Locale before = Locale.getDefault();
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    try {
      Locale.setDefault(locale);
      return work.get();
    } finally {
      Locale.setDefault(before);
      Locale.setDefault(Locale.Category.FORMAT, format);
      Locale.setDefault(Locale.Category.DISPLAY, display);
    }
  }

  private static String sampleRun() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AssessSamples.run(EVALUATOR, SampleOrganisations.all(), null, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The Hunan sample with no committee meeting in July 2020. */
  private static Organisation julyWithoutCommitteeMeeting() {
    Organisation sample = SampleOrganisations.hunanAppraisalFirm();
    PartyOrganisation party = sample.getPartyOrganisation().orElseThrow();
    ActivityRecord record = party.getActivityRecord().orElseThrow();
    List<ActivityEvent> events = new ArrayList<>(record.getEvents());
    events.removeIf(e -> e.getKind() == ActivityKind.COMMITTEE_MEETING && e.getDate().equals(LocalDate.of(2020, 7, 10)));
    return sample.withPartyOrganisation(party.withActivityRecord(
        record.withEvents(events)));
  }

  private static String findings(Organisation organisation) {
    StringBuilder out = new StringBuilder();
    for (Finding f : EVALUATOR.assess(organisation, SampleOrganisations.HUNAN_AS_OF).getFindings()) {
      out.append(f).append('\n').append(f.getMessageZh()).append('\n').append(f.getMessageEn()).append('\n');
    }
    return out.toString();
  }

  @Test
  void theSampleRunIsTheSameUnderEveryLocale() {
    String root = under(Locale.ROOT, LocaleIndependenceTest::sampleRun);
    for (Locale locale : OTHER_DIGITS) {
      assertEquals(root, under(locale, LocaleIndependenceTest::sampleRun), locale::toString);
    }
  }

  @Test
  void aMissingMonthIsLabelledInAsciiDigitsUnderEveryLocale() {
    String root = under(Locale.ROOT, () -> findings(julyWithoutCommitteeMeeting()));
    assertTrue(root.contains("missingPeriods=2020-07"), root);
    for (Locale locale : OTHER_DIGITS) {
      assertEquals(root, under(locale, () -> findings(julyWithoutCommitteeMeeting())), locale::toString);
    }
  }
}
