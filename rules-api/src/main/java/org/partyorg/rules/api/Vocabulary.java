package org.partyorg.rules.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partyorg.rules.api.model.Trait;

/**
 * The words a policy set adds to the shared ones, the way a JUnit engine declares its own
 * tags: the {@linkplain RequiredAction actions} its findings ask for beyond the shared ones,
 * the {@linkplain Trait traits} its rules read, and the facts about an organisation its document
 * needs that the shared model has no place for ({@linkplain
 * org.partyorg.rules.api.model.Organisation#getExtraFacts() extra facts}, each typed by a
 * {@link FactType}).
 *
 * <p>The evaluator reads the vocabularies of every discovered set: it rejects an organisation
 * that carries a trait or an extra fact no set declares, or an extra fact whose value is not
 * of the declared kind or outside its range, naming the field and the value, like any other
 * invalid record.
 *
 * <p>Immutable and thread-safe.
 */
public final class Vocabulary {
  private static final Vocabulary EMPTY = new Vocabulary(List.of(), List.of(), List.of(), List.of());

  private final List<RequiredAction> actions;
  private final List<Trait> traits;
  private final List<FactType> facts;
  private final List<FactType> derivedFacts;

  private Vocabulary(List<RequiredAction> actions, List<Trait> traits, List<FactType> facts, List<FactType> derivedFacts) {
    this.actions = actions;
    this.traits = traits;
    this.facts = facts;
    this.derivedFacts = derivedFacts;
  }

  /** A set that adds no word of its own. */
  public static Vocabulary empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The actions the set's findings ask for beyond {@link RequiredAction}'s constants. */
  public List<RequiredAction> getActions() {
    return actions;
  }

  /** The traits the set's rules read. */
  public List<Trait> getTraits() {
    return traits;
  }

  /** The extra facts about an organisation the set's rules read, by their types. */
  public List<FactType> getFacts() {
    return facts;
  }

  /**
   * The facts the set's rules work out and put in their findings (an amount required, the
   * periods short of meetings), beyond the shared model's and the extra facts: what a caller
   * reading a finding may meet, and what the set's message texts may name.
   */
  public List<FactType> getDerivedFacts() {
    return derivedFacts;
  }

  /**
   * Builds a vocabulary. Each word once: a code or fact name given twice is an error.
   * Not thread-safe; the vocabulary it builds is.
   */
  public static final class Builder {
    private final Map<String, RequiredAction> actions = new LinkedHashMap<>();
    private final Map<String, Trait> traits = new LinkedHashMap<>();
    private final Map<String, FactType> facts = new LinkedHashMap<>();
    private final Map<String, FactType> derivedFacts = new LinkedHashMap<>();

    private Builder() {}

    /** @throws IllegalArgumentException if an action's code was given before */
    public Builder actions(RequiredAction... more) {
      for (RequiredAction action : more) {
        if (actions.put(Objects.requireNonNull(action, "action").code(), action) != null) {
          throw new IllegalArgumentException("action " + action.code() + " declared twice");
        }
      }
      return this;
    }

    /** @throws IllegalArgumentException if a trait's code was given before */
    public Builder traits(Trait... more) {
      for (Trait trait : more) {
        if (traits.put(Objects.requireNonNull(trait, "trait").code(), trait) != null) {
          throw new IllegalArgumentException("trait " + trait.code() + " declared twice");
        }
      }
      return this;
    }

    /**
     * @throws IllegalArgumentException if a fact's name was given before or is one of
     *     {@link ModelFacts}, or its kind is {@link FactKind#RECORD}, which an organisation's
     *     extra fact cannot be
     */
    public Builder facts(FactType... more) {
      for (FactType fact : more) {
        Objects.requireNonNull(fact, "fact");
        if (ModelFacts.named(fact.getName()).isPresent()) {
          throw new IllegalArgumentException("fact " + fact.getName() + " is a property of the shared model");
        }
        if (fact.getKind() == FactKind.RECORD) {
          throw new IllegalArgumentException("fact " + fact.getName() + " is a RECORD; an extra fact holds one value");
        }
        if (facts.put(fact.getName(), fact) != null) {
          throw new IllegalArgumentException("fact " + fact.getName() + " declared twice");
        }
      }
      return this;
    }

    /**
     * Facts the set's rules work out and put in their findings.
     *
     * @throws IllegalArgumentException if a fact's name was given before, as an extra or a
     *     derived fact, or is one of {@link ModelFacts}
     */
    public Builder derivedFacts(FactType... more) {
      for (FactType fact : more) {
        Objects.requireNonNull(fact, "fact");
        if (ModelFacts.named(fact.getName()).isPresent()) {
          throw new IllegalArgumentException("fact " + fact.getName() + " is a property of the shared model");
        }
        if (derivedFacts.put(fact.getName(), fact) != null) {
          throw new IllegalArgumentException("fact " + fact.getName() + " declared twice");
        }
      }
      return this;
    }

    /** @throws IllegalArgumentException if a fact is declared both as an extra and as a derived fact */
    public Vocabulary build() {
      for (String name : derivedFacts.keySet()) {
        if (facts.containsKey(name)) {
          throw new IllegalArgumentException("fact " + name + " is declared both as an extra and as a derived fact");
        }
      }
      return new Vocabulary(List.copyOf(new ArrayList<>(actions.values())), List.copyOf(traits.values()),
          List.copyOf(facts.values()), List.copyOf(derivedFacts.values()));
    }
  }
}
