package org.partyorg.rules.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.internal.FastValidation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.testkit.Gen;
import org.partyorg.rules.testkit.Gens;
import org.partyorg.rules.testkit.InvalidOrganisationGen;
import org.partyorg.rules.testkit.OrganisationGen;
import org.partyorg.rules.testkit.Property;

/**
 * The fast path of validation ({@link FastValidation}) agrees with Hibernate Validator: on every
 * record, and on the list of constraints it walks.
 */
class FastValidationTest {
  private static final HibernateOrganisationValidator VALIDATOR = new HibernateOrganisationValidator();
  private static final Gen<Organisation> VALID = OrganisationGen.builder().build();
  private static final Gen<Organisation> ANY = Gens.frequencyOneOf(
      VALID, InvalidOrganisationGen.oneFieldBroken(VALID).map(i -> i.organisation()));

  @Test
  void theFastPathCallsARecordValidExactlyWhenHibernateValidatorFindsNoViolation() {
    Property.forAll(ANY).tries(3000).check(organisation ->
        assertEquals(VALIDATOR.allViolations(organisation).isEmpty(), FastValidation.isValid(organisation),
            () -> "disagreement on " + organisation + ": " + VALIDATOR.allViolations(organisation)));
  }

  @Test
  void everyWayOfBreakingARecordIsCaughtByTheFastPath() {
    Property.forAll(InvalidOrganisationGen.oneFieldBroken(VALID)).tries(2000).check(invalid ->
        assertEquals(false, FastValidation.isValid(invalid.organisation()), invalid::toString));
  }

  /**
   * The constraints Hibernate Validator finds on the model, as {@code Type.property: Constraint}
   * (container elements as {@code property<>}). A constraint added to the model fails this test
   * until it is walked in {@link FastValidation} too and added here.
   */
  @Test
  void theFastPathWalksExactlyTheConstraintsOfTheModel() {
    Set<String> expected = new TreeSet<>(List.of(
        "ActivityEvent.date: DateInRange", "ActivityEvent.date: NotNull", "ActivityEvent.kind: NotNull",
        "ActivityEvent.leader<>: PlainText", "ActivityEvent.counterpart<>: PlainText",
        "ActivityRecord: ConsistentActivityRecord", "ActivityRecord.events<>: @Valid",
        "ActivityRecord.periodFrom: DateInRange", "ActivityRecord.periodFrom: NotNull",
        "ActivityRecord.periodTo: DateInRange", "ActivityRecord.periodTo: NotNull",
        "ActivityRecord.themeEducationMembers: Persons", "ActivityRecord.themeEducationParticipants: Persons",
        "BranchCommittee.disciplineInspector<>: PlainText", "BranchCommittee.members<>: NotNull",
        "BranchCommittee.members<>: PlainText", "BranchCommittee.secretary<>: PlainText",
        "BranchCommittee.termStart<>: DateInRange",
        "BranchStructure: ConsistentBranchStructure", "BranchStructure.committee<>: @Valid",
        "BranchStructure.members<>: @Valid", "BranchStructure.partyGroups<>: @Valid", "BranchStructure.platforms<>: @Valid",
        "Finances.annualDuesIncome<>: Yuan", "Finances.annualWages<>: Yuan", "Finances.partyBuildingBudget<>: Yuan",
        "Organisation: ConsistentOrganisation", "Organisation.category: NotNull", "Organisation.creditCode: NotNull",
        "Organisation.creditCode: ValidCreditCode", "Organisation.divisionCode: DivisionCode",
        "Organisation.divisionCode: NotNull", "Organisation.finances<>: @Valid", "Organisation.formalMembers: Persons",
        "Organisation.fullTimeStaff: Persons", "Organisation.headCount: Persons", "Organisation.name: NotNull",
        "Organisation.name: PlainText", "Organisation.park<>: @Valid",
        "Organisation.building<>: PlainText", "Organisation.street<>: PlainText", "Organisation.partyOrganisation<>: @Valid",
        "Organisation.probationaryMembers: Persons", "Organisation.sanctionRecord<>: @Valid",
        "Organisation.workCoverage<>: @Valid",
        "Park.facilities<>: @Valid", "Park.level: NotNull", "Park.name<>: PlainText",
        "PartyGroup.members<>: @Valid", "PartyGroup.name<>: PlainText",
        "PartyMember.name: NotNull", "PartyMember.name: PlainText",
        "PartyOrganisation.activityRecord<>: @Valid", "PartyOrganisation.coveredOrganisations<>: NotNull",
        "PartyOrganisation.coveredOrganisations<>: ValidCreditCode", "PartyOrganisation.form: NotNull",
        "PartyOrganisation.foundingDate<>: DateInRange", "PartyOrganisation.governance<>: @Valid",
        "PartyOrganisation.structure<>: @Valid",
        "PartyOrganisationGovernance.fullTimePartyAffairsStaff: Persons",
        "QualificationPlatform.creditCode<>: ValidCreditCode", "QualificationPlatform.formalMembers: Persons",
        "QualificationPlatform.name: NotNull", "QualificationPlatform.name: PlainText",
        "Sanction.date: DateInRange", "Sanction.date: NotNull", "Sanction.description<>: PlainText",
        "Sanction.kind: NotNull", "SanctionRecord.sanctions<>: @Valid"));
    assertEquals(expected, constraintsOfTheModel());
  }

  private static Set<String> constraintsOfTheModel() {
    Validator validator = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    Set<String> found = new TreeSet<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> queue = new ArrayDeque<>(List.of(Organisation.class));
    while (!queue.isEmpty()) {
      Class<?> type = queue.pop();
      if (!seen.add(type)) {
        continue;
      }
      BeanDescriptor bean = validator.getConstraintsForClass(type);
      for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
        found.add(type.getSimpleName() + ": " + c.getAnnotation().annotationType().getSimpleName());
      }
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        String name = type.getSimpleName() + "." + property.getPropertyName();
        for (ConstraintDescriptor<?> c : property.getConstraintDescriptors()) {
          found.add(name + ": " + c.getAnnotation().annotationType().getSimpleName());
        }
        for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
          for (ConstraintDescriptor<?> c : element.getConstraintDescriptors()) {
            found.add(name + "<>: " + c.getAnnotation().annotationType().getSimpleName());
          }
          if (element.isCascaded()) {
            found.add(name + "<>: @Valid");
            queue.add(elementClass(type, property.getPropertyName()));
          }
        }
        if (property.isCascaded()) {
          found.add(name + ": @Valid");
          queue.add(property.getElementClass());
        }
      }
    }
    return found;
  }

  /** The element class of a property {@code Optional<X>} or {@code List<X>}, read from its getter. */
  private static Class<?> elementClass(Class<?> type, String property) {
    try {
      String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
      Type generic = type.getMethod(getter).getGenericReturnType();
      Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
      return (Class<?>) (argument instanceof ParameterizedType p ? p.getRawType() : argument);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
