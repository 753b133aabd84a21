package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Fact;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.MessageTemplate;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.QualificationPlatform;
import org.partyorg.rules.core.rule.ParameterValues;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.Rule;

/**
 * B11 (附件2 1(1)): a qualification platform with fewer than 3 formal members may join
 * co-located platforms in a joint branch, which covers at most 5 platforms.
 *
 * <p>A joint organisation is read as a joint branch of platforms unless its scope says it is
 * built around something else (a park, a building); the platforms it covers are those listed in
 * its structure, and a joint branch that lists none cannot be judged. 6 platforms or more is a
 * violation naming the count. A platform with 3 or more formal members inside a joint branch
 * is advisory: the indicator lets only platforms below 3 join. A practice reporting no party
 * organisation with 1 or 2 formal members gets the advisory that it may join ("可联合").
 * An unreported count (the practice's, or a platform's inside the joint branch) is undecided,
 * never read as 0.
 *
 * <p>Two keys, since a joint branch is judged on two things at once: {@code B11}, the cap (or,
 * for a practice without a party organisation, that it may join), and
 * {@code B11.large-platforms}, the platforms that are too large to have joined.
 */
final class JointPlatformRule implements Rule {
  static final Citation CITATION = BenchmarkPlan.cite("附件2 1（1）",
      "单个资质平台正式党员不足3人，可联合合署办公的其他资质平台组建联合党支部，但联合党支部覆盖的资质平台数不得超过5个");
  static final Parameter PLATFORM_JOIN_BELOW =
      Parameter.of("platformJoinBelowFormalMembers", 3, PartyFacts.PLATFORMS + ".formalMembers", CITATION);
  static final Parameter JOINT_PLATFORM_CAP = Parameter.of("jointBranchMaxPlatforms", 5, PartyFacts.PLATFORMS.getName(), CITATION);

  private static final MessageTemplate WITHIN_CAP = BenchmarkPlan.message("B11.within-cap");
  private static final MessageTemplate OVER_CAP = BenchmarkPlan.message("B11.over-cap");
  private static final MessageTemplate LARGE_PLATFORMS = BenchmarkPlan.message("B11.large-platforms");
  private static final MessageTemplate MAY_JOIN = BenchmarkPlan.message("B11.may-join");

  private final FindingFactory findings;
  private final FindingFactory largePlatforms;
  private final int platformThreshold;
  private final int cap;

  JointPlatformRule(ParameterValues values) {
    this.findings = BenchmarkPlan.findings("B11", CITATION).reads(values.get(PLATFORM_JOIN_BELOW), values.get(JOINT_PLATFORM_CAP));
    this.largePlatforms = BenchmarkPlan.findings("B11", CITATION).reads(values.get(PLATFORM_JOIN_BELOW)).keyed("large-platforms");
    this.platformThreshold = values.intValue(PLATFORM_JOIN_BELOW);
    this.cap = values.intValue(JOINT_PLATFORM_CAP);
  }

  @Override
  public String id() {
    return findings.ruleId();
  }

  @Override
  public List<String> keys() {
    return Rule.keysOf(findings, largePlatforms);
  }

  @Override
  public void evaluate(Organisation organisation, LocalDate asOf, List<Finding> out) {
    if (organisation.getPartyOrganisation().isEmpty()) {
      out.add(findings.undecided(List.of(PartyFacts.PARTY_ORGANISATION), Fact.unknown(PartyFacts.PARTY_ORGANISATION)));
      return;
    }
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    if (!party.exists()) {
      // an unreported count is not zero: whether the practice may join cannot be told
      if (organisation.getFormalMembers().isEmpty()) {
        out.add(findings.undecided(List.of(ModelFacts.FORMAL_MEMBERS), Fact.unknown(ModelFacts.FORMAL_MEMBERS)));
        return;
      }
      int formal = organisation.getFormalMembers().getAsInt();
      if (formal > 0 && formal < platformThreshold) {
        out.add(findings.advisory(MAY_JOIN, Set.of(RequiredAction.ESTABLISH_OR_JOIN_JOINT_ORGANISATION),
            Fact.of(ModelFacts.FORMAL_MEMBERS, formal, platformThreshold)));
      }
      return;
    }
    if (party.getForm() != PartyOrganisationForm.JOINT
        || party.getJointScope().filter(s -> s != JointScope.CO_LOCATED_PLATFORMS).isPresent()) {
      return;
    }
    List<QualificationPlatform> platforms =
        party.getStructure().map(BranchStructure::getPlatforms).orElse(List.of());
    if (platforms.isEmpty()) {
      out.add(findings.undecided(List.of(PartyFacts.PLATFORMS), Fact.unknown(PartyFacts.PLATFORMS)));
      return;
    }
    Fact count = Fact.of(ModelFacts.PLATFORMS, platforms.size(), cap);
    if (platforms.size() > cap) {
      out.add(findings.violated(asOf, OVER_CAP, Set.of(RequiredAction.REDUCE_JOINT_COVERAGE), count));
    } else {
      out.add(findings.satisfied(WITHIN_CAP, count));
    }
    List<String> large = new ArrayList<>();
    Map<String, Integer> largeMembers = new LinkedHashMap<>();
    // one missing fact however many platforms lack it: the fact is the platforms' formal members
    List<FactType> unknown = new ArrayList<>(1);
    for (int i = 0; i < platforms.size(); i++) {
      QualificationPlatform platform = platforms.get(i);
      if (platform.getFormalMembers().isEmpty()) {
        // an unreported count is not zero: it may be a platform that should not have joined
        if (unknown.isEmpty()) {
          unknown.add(ModelFacts.PLATFORM_FORMAL_MEMBERS);
        }
      } else if (platform.getFormalMembers().getAsInt() >= platformThreshold) {
        String name = PartyFacts.unique(platform.getName(), i, largeMembers);
        large.add(name);
        largeMembers.put(name, platform.getFormalMembers().getAsInt());
      }
    }
    Fact[] largeFacts = {
      Fact.of(PartyFacts.LARGE_PLATFORMS, Labels.of(large), platformThreshold),
      Fact.of(PartyFacts.LARGE_PLATFORM_FORMAL_MEMBERS, Collections.unmodifiableMap(largeMembers), platformThreshold)};
    if (!unknown.isEmpty()) {
      // one finding per key: the platforms known to be too large stay in its facts
      // the count without the cap: whether a platform may join does not depend on the cap
      Fact platformCount = Fact.of(ModelFacts.PLATFORMS, platforms.size());
      out.add(large.isEmpty() ? largePlatforms.undecided(unknown, platformCount)
          : largePlatforms.undecided(unknown, platformCount, largeFacts[0], largeFacts[1]));
    } else if (!large.isEmpty()) {
      out.add(largePlatforms.advisory(LARGE_PLATFORMS, Set.of(RequiredAction.ESTABLISH_STANDALONE_ORGANISATION), largeFacts));
    }
  }
}
