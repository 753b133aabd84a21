package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.internal.Named;

/**
 * Two or more policy sets that apply to one organisation and disagree on one
 * {@linkplain Obligation obligation}: one finds it met, another does not (a Wuhan science
 * society with a council-level work group meets N2 under the science societies' document and
 * not under Wuhan's). The conflict names every finding on the obligation and says what meets
 * all of them: the actions of the findings that are not met, since doing what the stricter
 * document asks meets the other too.
 *
 * <p>Immutable and thread-safe.
 */
public final class Conflict {
  /** The texts of a conflict ({@code conflict_zh.properties}). */
  private static final Messages TEXTS = Messages.load(Conflict.class, "conflict");

  private final Obligation obligation;
  private final List<Finding> findings;
  private final Set<RequiredAction> toMeetAll;

  private Conflict(Obligation obligation, List<Finding> findings, Set<RequiredAction> toMeetAll) {
    this.obligation = obligation;
    this.findings = findings;
    this.toMeetAll = toMeetAll;
  }

  /**
   * The conflicts among {@code findings}: for each obligation on which findings of two or more
   * sets are, some {@link Outcome#SATISFIED} and some {@link Outcome#VIOLATED}, one conflict,
   * in the order the obligations first appear. Undecided and advisory findings disagree with
   * nothing: a fact is missing, or the document only advises.
   */
  static List<Conflict> among(List<Finding> findings) {
    Map<Obligation, List<Finding>> byObligation = new LinkedHashMap<>();
    for (Finding finding : findings) {
      finding.getObligation().ifPresent(o -> byObligation.computeIfAbsent(o, k -> new ArrayList<>(2)).add(finding));
    }
    List<Conflict> conflicts = new ArrayList<>(0);
    for (Map.Entry<Obligation, List<Finding>> entry : byObligation.entrySet()) {
      List<Finding> on = entry.getValue();
      // a disagreement between sets: one set finds it met where another does not
      Set<String> metBy = new LinkedHashSet<>();
      Set<String> notMetBy = new LinkedHashSet<>();
      for (Finding f : on) {
        if (f.getOutcome() == Outcome.SATISFIED) {
          metBy.add(f.getPolicySetId());
        } else if (f.getOutcome() == Outcome.VIOLATED) {
          notMetBy.add(f.getPolicySetId());
        }
      }
      boolean between = !metBy.isEmpty() && !notMetBy.isEmpty() && !(metBy.size() == 1 && metBy.equals(notMetBy));
      if (between) {
        Set<RequiredAction> actions = new LinkedHashSet<>();
        on.stream().filter(f -> f.getOutcome() == Outcome.VIOLATED).forEach(f -> actions.addAll(f.getRequiredActions()));
        conflicts.add(new Conflict(entry.getKey(), List.copyOf(on), Collections.unmodifiableSet(actions)));
      }
    }
    return conflicts.isEmpty() ? List.of() : List.copyOf(conflicts);
  }

  /** The obligation the sets disagree on. */
  public Obligation getObligation() {
    return obligation;
  }

  /** Every finding on the obligation, of every set, in the assessment's order. */
  public List<Finding> getFindings() {
    return findings;
  }

  /** What meets every set: the actions the findings that are not met ask for. */
  public Set<RequiredAction> getRequiredActions() {
    return toMeetAll;
  }

  /**
   * The earliest deadline of the findings that are not met: by then, what meets them all must be
   * done. Empty when none of them has one.
   */
  private Optional<LocalDate> deadline() {
    return findings.stream().filter(f -> f.getOutcome() == Outcome.VIOLATED).map(Finding::getDeadline)
        .flatMap(Optional::stream).min(LocalDate::compareTo);
  }

  /**
   * The conflict in Chinese: which documents disagree on what, and what meets them all by when, e.g.
   * 各文件对“有3名以上正式党员的单独组建党组织”的认定不一致：按《甲》（三3）符合要求；按《乙》（二（四）2）不符合要求。为同时符合各文件，应于2016年11月30日前单独组建党组织。
   * Each finding is named by its document's title and section, never by a rule id. The texts are
   * in {@code conflict_zh.properties}.
   */
  public String getMessageZh() {
    return message(Locale.SIMPLIFIED_CHINESE, "；");
  }

  /**
   * The conflict in English, e.g. The documents disagree on “a party organisation of its own
   * where there are 3 or more formal members”: met (《甲》, section 三3); not met (《乙》, section
   * 二（四）2). To meet them all, the organisation must set up a party organisation of its own by
   * 30 November 2016. The documents have no English titles: each is named by its Chinese title
   * and section, in brackets.
   */
  public String getMessageEn() {
    return message(Locale.ENGLISH, "; ");
  }

  private String message(Locale locale, String between) {
    boolean chinese = "zh".equals(locale.getLanguage());
    List<String> judgements = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String key = switch (f.getOutcome()) {
        case SATISFIED -> "judgement.met";
        case VIOLATED -> "judgement.not-met";
        case ADVISORY -> "judgement.advice";
        case UNDECIDED -> "judgement.undecided";
      };
      String title = "《" + f.getCitation().getDocument().getTitle() + "》";
      String section = f.getCitation().sectionIn(locale);
      judgements.add(TEXTS.template(key).format(locale,
          Map.of("document", new Named(title, title), "section", new Named(section, section))));
    }
    String joined = String.join(between, judgements);
    String text = TEXTS.template("conflict").format(locale,
        Map.of("obligation", obligation, "judgements", new Named(joined, joined)));
    if (toMeetAll.isEmpty()) {
      return text;
    }
    Optional<LocalDate> deadline = deadline();
    Map<String, Object> values = new HashMap<>();
    values.put("actions", List.copyOf(toMeetAll));
    deadline.ifPresent(d -> values.put("deadline", d));
    String toMeet = TEXTS.template(deadline.isPresent() ? "conflict.to-meet-all.by" : "conflict.to-meet-all")
        .format(locale, values);
    return text + (chinese ? "" : " ") + toMeet;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Conflict that && obligation.equals(that.obligation) && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return obligation.hashCode() * 31 + findings.hashCode();
  }

  @Override
  public String toString() {
    return "conflict on " + obligation + ": " + findings;
  }
}
