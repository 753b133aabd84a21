package org.partyorg.rules.core;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.model.Organisation;

/**
 * A policy set that has an id and nothing else, using only public types, so that
 * {@link PolicySetDiscoveryTest} can define a second copy of this class in another class loader.
 */
public final class IdOnlyPolicySet implements PolicySet {
  public static final String ID = "id-only-test";

  public IdOnlyPolicySet() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public SourceDocument source() {
    throw new UnsupportedOperationException("source");
  }

  @Override
  public Jurisdiction jurisdiction() {
    throw new UnsupportedOperationException("jurisdiction");
  }

  @Override
  public EffectivePeriod effectivePeriod() {
    throw new UnsupportedOperationException("effectivePeriod");
  }

  @Override
  public List<Parameter> parameters() {
    return List.of();
  }

  @Override
  public Assessment assess(Organisation organisation, LocalDate asOf) {
    throw new UnsupportedOperationException("assess");
  }
}
