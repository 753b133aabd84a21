package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.Organisation;

/**
 * A policy set that forwards every call to another, so that a region's service provider can
 * be a class with a public no-argument constructor around a set built with
 * {@link PolicySetBuilder}:
 *
 * <pre>{@code
 * public final class WuhanProvider extends ForwardingPolicySet {
 *   public WuhanProvider() {
 *     super(Wuhan2016.build());
 *   }
 * }
 * }</pre>
 *
 * <p>What-if overrides ({@link #withOverrides}) go to the delegate too: wrap a set made by
 * {@link PolicySetBuilder#overridable} and the provider's variants are the delegate's.
 */
public abstract class ForwardingPolicySet implements PolicySet {
  private final PolicySet delegate;

  /** The set this one forwards to. */
  final PolicySet delegate() {
    return delegate;
  }

  protected ForwardingPolicySet(PolicySet delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public SourceDocument source() {
    return delegate.source();
  }

  @Override
  public Jurisdiction jurisdiction() {
    return delegate.jurisdiction();
  }

  @Override
  public EffectivePeriod effectivePeriod() {
    return delegate.effectivePeriod();
  }

  @Override
  public List<Parameter> parameters() {
    return delegate.parameters();
  }

  @Override
  public PolicySet withOverrides(Map<String, ?> overrides) {
    return delegate.withOverrides(overrides);
  }

  @Override
  public Map<String, Parameter> overrides() {
    return delegate.overrides();
  }

  @Override
  public List<Target> targets() {
    return delegate.targets();
  }

  @Override
  public List<Phase> phases() {
    return delegate.phases();
  }

  @Override
  public List<String> findingKeys() {
    return delegate.findingKeys();
  }

  @Override
  public Vocabulary vocabulary() {
    return delegate.vocabulary();
  }

  @Override
  public List<Messages> messages() {
    return delegate.messages();
  }

  @Override
  public boolean appliesTo(Organisation organisation, LocalDate asOf) {
    return delegate.appliesTo(organisation, asOf);
  }

  @Override
  public Assessment assess(Organisation organisation, LocalDate asOf) {
    return delegate.assess(organisation, asOf);
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
