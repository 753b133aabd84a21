package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.EffectivePeriod;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Jurisdiction;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Vocabulary;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.core.rule.BaselineRules;
import org.partyorg.rules.core.rule.FindingFactory;
import org.partyorg.rules.core.rule.PolicySetBuilder;
import org.partyorg.rules.testkit.MessageChecks;

/**
 * Every text of N1–N3 ({@code baseline_zh.properties}, {@code baseline_en.properties}) in full, in
 * both languages, from the finding that gives it; and every template of the shared bundles
 * through the mechanical checks of {@code docs/STYLE.md} with every representative value.
 */
class BaselineTextsTest {
  private static final PolicySet STRICT = TestPolicySets.baseline("test-baseline", "42");
  /** The baseline accepting a functional organisation and a council-level work group, as some documents do. */
  private static final PolicySet LENIENT = lenient();
  private static final LocalDate IN_TIME = LocalDate.of(2016, 10, 1);

  private static PolicySet lenient() {
    BaselineRules baseline = BaselineRules.builder("test-lenient")
        .standalone(TestPolicySets.N1).joint(TestPolicySets.N2).workCoverage(TestPolicySets.N3)
        .deadline(TestPolicySets.DEADLINE)
        .alsoAcceptForStandalone(PartyOrganisationForm.FUNCTIONAL, PartyOrganisationForm.COUNCIL_WORK_GROUP)
        .alsoAcceptForJoint(PartyOrganisationForm.FUNCTIONAL, PartyOrganisationForm.COUNCIL_WORK_GROUP)
        .build();
    return PolicySetBuilder.create("test-lenient")
        .source(TestPolicySets.WUHAN)
        .jurisdiction(Jurisdiction.of("42", EnumSet.allOf(OrganisationCategory.class)))
        .effectivePeriod(EffectivePeriod.from(TestPolicySets.WUHAN.getDate()))
        .parameters(baseline.parameters())
        .rules(baseline.rules())
        .build();
  }

  private static Organisation members(int formal, int probationary, PartyOrganisationForm form) {
    return TestOrganisations.enterprise().withFormalMembers(formal).withProbationaryMembers(probationary)
        .withPartyOrganisation(PartyOrganisation.builder().form(form).build());
  }

  private static Finding only(PolicySet set, Organisation organisation) {
    List<Finding> findings = set.assess(organisation, IN_TIME).getFindings();
    assertEquals(1, findings.size(), findings::toString);
    return findings.get(0);
  }

  private static void reads(Finding finding, String key, String zh, String en) {
    assertEquals(Optional.of(key), finding.getMessageTemplate().getKey(), finding::toString);
    assertEquals(zh, finding.getMessageZh());
    assertEquals(en, finding.getMessageEn());
  }

  @Test
  void n1() {
    reads(only(STRICT, TestOrganisations.enterprise().withFormalMembers(5).withProbationaryMembers(0)
            .withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH))),
        "standalone.met",
        "正式党员5名（3名以上），已单独组建党组织，符合要求。",
        "5 formal members (3 or more) and a party organisation of its own: requirement met.");
    reads(only(LENIENT, members(3, 0, PartyOrganisationForm.FUNCTIONAL)),
        "standalone.functional",
        "正式党员3名（3名以上），已建立功能型党组织，可视为已建立党组织。",
        "3 formal members (3 or more) and a functional party organisation, which the document accepts as a party"
            + " organisation: requirement met.");
    reads(only(LENIENT, members(4, 2, PartyOrganisationForm.COUNCIL_WORK_GROUP)),
        "standalone.work-group",
        "正式党员4名（3名以上），已在理事会层面设立党建工作小组，可视为已建立党组织。",
        "4 formal members (3 or more) and a council-level party-building work group, which the document accepts as a"
            + " party organisation: requirement met.");
    reads(only(STRICT, members(3, 0, PartyOrganisationForm.NONE)),
        "standalone.none",
        "正式党员3名（3名以上），尚未建立党组织，应于2016年11月20日前单独组建党组织。",
        "3 formal members (3 or more) and no party organisation: must set up a party organisation of its own by"
            + " 20 November 2016.");
    reads(only(STRICT, members(4, 0, PartyOrganisationForm.FUNCTIONAL)),
        "standalone.other-form",
        "正式党员4名（3名以上），现有功能型党组织，不是单独组建的党组织，应于2016年11月20日前单独组建党组织。",
        "4 formal members (3 or more) and a functional party organisation, not a party organisation of its own: must"
            + " set up a party organisation of its own by 20 November 2016.");
    reads(only(STRICT, members(12000, 1, PartyOrganisationForm.JOINT)),
        "standalone.in-joint",
        "正式党员12000名（3名以上），仍在联合党组织中，已具备单独组建条件，应于2016年11月20日前从联合党组织中调整出来，单独组建党组织。",
        "12,000 formal members (3 or more), enough for a party organisation of its own, but in a joint party"
            + " organisation: must leave it and set up one of its own by 20 November 2016.");
  }

  @Test
  void n2() {
    reads(only(STRICT, members(2, 0, PartyOrganisationForm.JOINT)),
        "joint.met",
        "正式党员2名（不足3名）、无预备党员，已建立联合党组织，符合要求。",
        "2 formal members (fewer than 3), no probationary members and a joint party organisation: requirement met.");
    reads(only(LENIENT, members(1, 1, PartyOrganisationForm.FUNCTIONAL)),
        "joint.functional",
        "正式党员1名（不足3名）、预备党员1名，已建立功能型党组织，可视为已建立党组织。",
        "1 formal member (fewer than 3), 1 probationary member and a functional party organisation, which the"
            + " document accepts as a party organisation: requirement met.");
    reads(only(LENIENT, members(0, 2, PartyOrganisationForm.COUNCIL_WORK_GROUP)),
        "joint.work-group",
        "正式党员0名（不足3名）、预备党员2名，已在理事会层面设立党建工作小组，可视为已建立党组织。",
        "No formal members (fewer than 3), 2 probationary members and a council-level party-building work group,"
            + " which the document accepts as a party organisation: requirement met.");
    reads(only(STRICT, members(1, 0, PartyOrganisationForm.NONE)),
        "joint.none",
        "正式党员1名（不足3名）、无预备党员，尚未建立党组织，应于2016年11月20日前建立或加入联合党组织。",
        "1 formal member (fewer than 3), no probationary members and no party organisation: must set up or join a"
            + " joint party organisation by 20 November 2016.");
    reads(only(STRICT, members(2, 1, PartyOrganisationForm.COUNCIL_WORK_GROUP)),
        "joint.other-form",
        "正式党员2名（不足3名）、预备党员1名，现有理事会层面党建工作小组，不是联合党组织，应于2016年11月20日前建立或加入联合党组织。",
        "2 formal members (fewer than 3), 1 probationary member and a council-level party-building work group, not a"
            + " joint party organisation: must set up or join a joint party organisation by 20 November 2016.");
    reads(only(STRICT, TestOrganisations.enterprise().withFormalMembers(2)
            .withPartyOrganisation(PartyOrganisation.standalone(PartyOrganisationLevel.BRANCH))),
        "joint.standalone",
        "正式党员2名（不足3名）、预备党员人数不详，已单独组建党组织，但不具备单独组建条件，按文件应改为建立或加入联合党组织。",
        "2 formal members (fewer than 3), number of probationary members unknown and a party organisation of its own,"
            + " without enough formal members for one: under the document it should set up or join a joint party"
            + " organisation instead.");
  }

  @Test
  void n3() {
    Organisation noMembers = members(0, 0, PartyOrganisationForm.NONE);
    reads(only(STRICT, noMembers.withWorkCoverage(WorkCoverage.builder().instructorAssigned(true)
            .addMassOrganisations(MassOrganisation.TRADE_UNION, MassOrganisation.YOUTH_LEAGUE).build())),
        "work-coverage.met",
        "没有党员，已选派党建工作指导员，已组建工会、共青团，实现了党的工作覆盖，符合要求。",
        "No party members, a party-building instructor assigned and mass organisations set up (trade union and Youth"
            + " League): requirement met.");
    reads(only(STRICT, noMembers.withWorkCoverage(WorkCoverage.none())),
        "work-coverage.missing",
        "没有党员，尚未选派党建工作指导员，尚未组建群团组织，应于2016年11月20日前补齐，实现党的工作覆盖（选派党建工作指导员，组建工会、共青团、妇联等群团组织）。",
        "No party members; no party-building instructor assigned; no mass organisations set up: must complete party"
            + " work coverage by 20 November 2016 (a party-building instructor, and mass organisations such as the"
            + " trade union, Youth League and women’s federation).");
    reads(only(STRICT, noMembers.withWorkCoverage(
            WorkCoverage.builder().instructorAssigned(false)
                .addMassOrganisations(MassOrganisation.WOMENS_FEDERATION).build())),
        "work-coverage.missing",
        "没有党员，尚未选派党建工作指导员，已组建妇联（妇委会），应于2016年11月20日前补齐，实现党的工作覆盖（选派党建工作指导员，组建工会、共青团、妇联等群团组织）。",
        "No party members; no party-building instructor assigned; mass organisations set up (women’s federation):"
            + " must complete party work coverage by 20 November 2016 (a party-building instructor, and mass"
            + " organisations such as the trade union, Youth League and women’s federation).");
  }

  @Test
  void withoutADeadlineTheTextSaysWhatToDoWithoutADate() {
    PolicySet undated = TestPolicySets.withVocabulary("test-undated", "42", Vocabulary.empty());
    reads(only(undated, members(3, 0, PartyOrganisationForm.NONE)),
        "standalone.none",
        "正式党员3名（3名以上），尚未建立党组织，应单独组建党组织。",
        "3 formal members (3 or more) and no party organisation: must set up a party organisation of its own.");
    reads(only(undated, members(1, 0, PartyOrganisationForm.NONE)),
        "joint.none",
        "正式党员1名（不足3名）、无预备党员，尚未建立党组织，应建立或加入联合党组织。",
        "1 formal member (fewer than 3), no probationary members and no party organisation: must set up or join a"
            + " joint party organisation.");
  }

  @Test
  void aRuleRepeatedUnderADocumentsOwnIdTakesTheBaselinesTextUnderItsOwnKey() {
    PolicySet own = PolicySetBuilder.create("test-own")
        .source(TestPolicySets.WUHAN)
        .jurisdiction(Jurisdiction.of("42", EnumSet.allOf(OrganisationCategory.class)))
        .effectivePeriod(EffectivePeriod.from(TestPolicySets.WUHAN.getDate()))
        .rules(BaselineRules.standaloneRule(
            FindingFactory.of("test-own", "X2", TestPolicySets.N1, TestPolicySets.DEADLINE), 3))
        .build();
    Finding x2 = only(own, members(3, 0, PartyOrganisationForm.NONE));
    assertEquals("X2", x2.getKey());
    reads(x2, "standalone.none",
        "正式党员3名（3名以上），尚未建立党组织，应于2016年11月20日前单独组建党组织。",
        "3 formal members (3 or more) and no party organisation: must set up a party organisation of its own by"
            + " 20 November 2016.");
    assertEquals(List.of("baseline", "common"), own.messages().stream().map(Messages::name).toList());
  }

  @Test
  void everySetListsTheSharedTextsOnceAfterItsOwn() {
    Messages own = STRICT.messages().get(0);
    PolicySet twice = PolicySetBuilder.create("test-twice")
        .source(TestPolicySets.WUHAN)
        .jurisdiction(Jurisdiction.of("42", EnumSet.allOf(OrganisationCategory.class)))
        .effectivePeriod(EffectivePeriod.from(TestPolicySets.WUHAN.getDate()))
        .messages(own)
        .rules(PolicySetBuilder.rulesOf(STRICT))
        .build();
    assertEquals(List.of("baseline", "common"), twice.messages().stream().map(Messages::name).toList());
    assertEquals(List.of("baseline", "common"), STRICT.messages().stream().map(Messages::name).toList());
  }

  @Test
  void everySharedTemplatePassesTheMechanicalChecksWithEveryRepresentativeValue() {
    List<String> problems = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (Messages messages : STRICT.messages()) {
      for (String key : messages.keys()) {
        keys.add(messages.name() + "/" + key);
        List<FactType> missing = key.equals("undecided") ? List.of(ModelFacts.FORMAL_MEMBERS) : List.of();
        for (MessageChecks.Rendering r : MessageChecks.renderings(messages.template(key), List.of(),
            Optional.of(LocalDate.of(2016, 11, 30)), missing, ModelFacts::named)) {
          MessageChecks.chinese(r.zh()).forEach(p -> problems.add(key + " [" + r.variant() + "] " + p + ": " + r.zh()));
          MessageChecks.english(r.en()).forEach(p -> problems.add(key + " [" + r.variant() + "] " + p + ": " + r.en()));
        }
      }
    }
    assertEquals(15, keys.size(), keys::toString);
    assertEquals("", String.join("\n", problems));
  }

  @Test
  void theUndecidedTextNamesTheMissingFact() {
    Finding f = STRICT.assess(TestOrganisations.enterprise(), IN_TIME).getFindings().get(0);
    assertEquals("缺少正式党员人数，无法判断；请补报正式党员人数。", f.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals("Cannot decide without the number of formal members; please report it.", f.message(Locale.ENGLISH));
    assertTrue(f.getMessageTemplate().getKey().orElseThrow().equals("undecided"));
  }
}
