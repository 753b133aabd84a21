package org.partyorg.rules.core;

import java.util.List;
import org.partyorg.rules.api.internal.Texts;

/** A caller named a policy set id that no discovered set has; the message lists the known ids. */
public final class UnknownPolicySetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String requestedId;
  private final List<String> knownIds;

  UnknownPolicySetException(String requestedId, List<String> knownIds) {
    super("no policy set with id '" + Texts.echo(String.valueOf(requestedId)) + "'; known ids: " + knownIds);
    this.requestedId = requestedId;
    this.knownIds = List.copyOf(knownIds);
  }

  public String getRequestedId() {
    return requestedId;
  }

  public List<String> getKnownIds() {
    return knownIds;
  }
}
