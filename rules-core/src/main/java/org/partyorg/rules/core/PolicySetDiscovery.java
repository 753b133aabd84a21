package org.partyorg.rules.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.partyorg.rules.api.PolicySet;

/** Finds policy sets with {@link ServiceLoader} and checks their ids. */
final class PolicySetDiscovery {
  private PolicySetDiscovery() {}

  static List<PolicySet> discover() {
    List<PolicySet> found = new ArrayList<>();
    try {
      for (PolicySet set : ServiceLoader.load(PolicySet.class)) {
        found.add(set);
      }
    } catch (ServiceConfigurationError e) {
      throw new PolicySetDiscoveryException("a policy set provider could not be loaded: " + e.getMessage(), e);
    }
    return checked(found);
  }

  /** The sets ordered by id, after checking that every id is present, not blank and unique. */
  static List<PolicySet> checked(Iterable<? extends PolicySet> sets) {
    Map<String, PolicySet> byId = new LinkedHashMap<>();
    for (PolicySet set : sets) {
      if (set == null) {
        throw new PolicySetDiscoveryException("a null policy set was given");
      }
      String id = set.id();
      if (id == null || id.isBlank()) {
        throw new PolicySetDiscoveryException(
            "policy set " + set.getClass().getName() + " has a blank id ('" + id + "'); every set needs a stable, unique id");
      }
      PolicySet previous = byId.putIfAbsent(id, set);
      if (previous != null) {
        throw new PolicySetDiscoveryException(
            "two policy sets have the id '" + id + "': " + previous.getClass().getName() + " and "
                + set.getClass().getName() + "; is the same region module on the path twice?");
      }
    }
    List<PolicySet> result = new ArrayList<>(byId.values());
    result.sort(Comparator.comparing(PolicySet::id));
    return List.copyOf(result);
  }
}
