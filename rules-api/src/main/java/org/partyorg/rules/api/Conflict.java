package org.partyorg.rules.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /** The conflict in Chinese: which documents disagree on what, and what meets them all. */
  public String getMessageZh() {
    StringBuilder text = new StringBuilder("各文件对“").append(obligation.chineseName()).append("”的认定不一致：");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      text.append(i == 0 ? "" : "；").append("《").append(f.getCitation().getDocument().getTitle()).append("》")
          .append(f.getKey()).append(f.getOutcome() == Outcome.SATISFIED ? "认定已符合"
              : f.getOutcome() == Outcome.VIOLATED ? "认定不符合" : f.getOutcome() == Outcome.ADVISORY ? "提出建议" : "无法判断");
    }
    text.append("。同时符合各文件须：");
    int n = 0;
    for (RequiredAction action : toMeetAll) {
      text.append(n++ == 0 ? "" : "、").append(action.chineseName());
    }
    return text.append("。").toString();
  }

  /** The conflict in English. */
  public String getMessageEn() {
    StringBuilder text = new StringBuilder("The policy sets disagree on whether the organisation meets \"")
        .append(obligation.englishName()).append("\": ");
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      text.append(i == 0 ? "" : "; ").append(f.getPolicySetId()).append(' ').append(f.getKey()).append(' ')
          .append(f.getOutcome() == Outcome.SATISFIED ? "finds it met" : f.getOutcome() == Outcome.VIOLATED
              ? "finds it not met" : f.getOutcome() == Outcome.ADVISORY ? "advises" : "cannot decide");
    }
    text.append(". To meet them all: ");
    int n = 0;
    for (RequiredAction action : toMeetAll) {
      text.append(n++ == 0 ? "" : "; ").append(action.englishName());
    }
    return text.append('.').toString();
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
