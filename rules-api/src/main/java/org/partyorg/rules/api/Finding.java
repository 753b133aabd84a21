package org.partyorg.rules.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.partyorg.rules.api.style.ValueStyle;

/**
 * What one rule of one policy set concluded about one organisation on one date: the outcome,
 * the action required and by when, the clause it rests on, the facts and limits compared, and
 * a message in Chinese and English.
 *
 * <p>Findings are built by the rules of a policy set (see {@code rules-core}); callers only read
 * them. Messages are rendered on first read.
 */
@Value.Immutable
@ValueStyle
public abstract class Finding {
  /** The rule id of {@code RULES.md}, e.g. {@code W3} or {@code N1}. */
  public abstract String getRuleId();

  /** The policy set whose rule this is, e.g. {@code wuhan-2016}. */
  public abstract String getPolicySetId();

  public abstract Outcome getOutcome();

  /** What has to be done; empty unless the outcome is violated, advisory or undecided. */
  public abstract Set<RequiredAction> getRequiredActions();

  /** The date by which the rule must be met, where the document sets one. */
  public abstract Optional<LocalDate> getDeadline();

  /** Violated and the as-of date is after the deadline (the deadline day itself is in time). */
  @Value.Default
  public boolean isOverdue() {
    return false;
  }

  public abstract Citation getCitation();

  /** The facts compared, with their limits, in the order the rule reads them. */
  public abstract List<Fact> getFacts();

  /** The facts the rule needed and was not given; not empty exactly when undecided. */
  public abstract List<String> getMissingFacts();

  @Value.Auxiliary
  public abstract MessageTemplate getMessageTemplate();

  @Value.Lazy
  public String getMessageZh() {
    return getMessageTemplate().render(this, Locale.SIMPLIFIED_CHINESE);
  }

  @Value.Lazy
  public String getMessageEn() {
    return getMessageTemplate().render(this, Locale.ENGLISH);
  }

  /** The message in Chinese for a {@code zh} locale, in English otherwise. */
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? getMessageZh() : getMessageEn();
  }

  /** The value of a compared fact, if the rule compared it and it was known. */
  public Optional<Object> fact(String name) {
    for (Fact fact : getFacts()) {
      if (fact.getName().equals(name)) {
        return fact.getValue();
      }
    }
    return Optional.empty();
  }

  @Value.Check
  protected void check() {
    if (isOverdue() && (getOutcome() != Outcome.VIOLATED || getDeadline().isEmpty())) {
      throw new IllegalArgumentException(
          "finding " + getRuleId() + " is overdue but " + getOutcome() + " with deadline " + getDeadline());
    }
    if ((getOutcome() == Outcome.UNDECIDED) == getMissingFacts().isEmpty()) {
      throw new IllegalArgumentException(
          "finding " + getRuleId() + " is " + getOutcome() + " with missing facts " + getMissingFacts()
              + ": exactly the undecided findings name missing facts");
    }
    if (getOutcome() == Outcome.SATISFIED && !getRequiredActions().isEmpty()) {
      throw new IllegalArgumentException(
          "finding " + getRuleId() + " is satisfied yet requires " + getRequiredActions());
    }
  }

  @Override
  public String toString() {
    return getPolicySetId() + "/" + getRuleId() + " " + getOutcome()
        + (getRequiredActions().isEmpty() ? "" : " " + getRequiredActions())
        + getDeadline().map(d -> " by " + d + (isOverdue() ? " (overdue)" : "")).orElse("")
        + " " + getFacts() + (getMissingFacts().isEmpty() ? "" : " missing " + getMissingFacts());
  }

  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }
}
