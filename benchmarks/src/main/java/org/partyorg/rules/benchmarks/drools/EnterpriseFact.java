package org.partyorg.rules.benchmarks.drools;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.WorkCoverage;
import org.partyorg.rules.benchmarks.Codes;

/**
 * One organisation of the workload as a flat Drools fact: the facts the DRL reads, as plain
 * bean properties, and the codes of the findings its rules fire, collected on the fact itself
 * so that a batch of facts keeps each record's answer apart.
 *
 * <p>{@link #of} only copies: it decides nothing. It expects the workload's records, which give
 * every fact; a missing one throws {@link java.util.NoSuchElementException}.
 */
public final class EnterpriseFact {
  private final String creditCode;
  private final String divisionCode;
  private final OrganisationCategory category;
  private final long asOfDay;
  private final int headCount;
  private final int formalMembers;
  private final int probationaryMembers;
  private final PartyOrganisationForm form;
  private final PartyOrganisationLevel level;
  private final JointScope jointScope;
  private final List<String> coveredOrganisations;
  private final boolean secretaryIsInvestorOrHead;
  private final boolean fullTimeDeputySecretary;
  private final boolean partyAndMassWorkDepartment;
  private final int fullTimePartyAffairsStaff;
  private final boolean instructorAssigned;
  private final int massOrganisations;
  private final BigDecimal annualWages;
  private final BigDecimal partyBuildingBudget;

  private final int[] codes = new int[Codes.MAX_PER_RECORD];
  private int count;

  private EnterpriseFact(Organisation organisation, LocalDate asOf) {
    this.creditCode = organisation.getCreditCode();
    this.divisionCode = organisation.getDivisionCode();
    this.category = organisation.getCategory();
    this.asOfDay = asOf.toEpochDay();
    this.headCount = organisation.getHeadCount().getAsInt();
    this.formalMembers = organisation.getFormalMembers().getAsInt();
    this.probationaryMembers = organisation.getProbationaryMembers().getAsInt();
    PartyOrganisation party = organisation.getPartyOrganisation().get();
    this.form = party.getForm();
    this.level = party.getLevel().orElse(null);
    this.jointScope = party.getJointScope().orElse(null);
    this.coveredOrganisations = party.getCoveredOrganisations();
    PartyOrganisationGovernance governance = party.getGovernance().orElse(null);
    this.secretaryIsInvestorOrHead = governance != null && governance.getSecretaryIsInvestorOrHead().get();
    this.fullTimeDeputySecretary = governance != null && governance.getFullTimeDeputySecretary().get();
    this.partyAndMassWorkDepartment = governance != null && governance.getPartyAndMassWorkDepartment().get();
    this.fullTimePartyAffairsStaff = governance == null ? 0 : governance.getFullTimePartyAffairsStaff().getAsInt();
    WorkCoverage coverage = organisation.getWorkCoverage().get();
    this.instructorAssigned = coverage.isInstructorAssigned();
    this.massOrganisations = coverage.getMassOrganisations().size();
    Finances finances = organisation.getFinances().get();
    this.annualWages = finances.getAnnualWages().get();
    this.partyBuildingBudget = finances.getPartyBuildingBudget().get();
  }

  /** The fact for {@code organisation} assessed on {@code asOf}, with no finding yet. */
  public static EnterpriseFact of(Organisation organisation, LocalDate asOf) {
    return new EnterpriseFact(organisation, asOf);
  }

  /** Called by the rules' consequences. */
  public void emit(int set, int rule, int outcome) {
    codes[count++] = Codes.code(set, rule, outcome);
  }

  /** The codes the rules fired, sorted. */
  public int[] codes() {
    return Codes.sorted(codes, count);
  }

  /** How many findings the rules fired. */
  public int count() {
    return count;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public OrganisationCategory getCategory() {
    return category;
  }

  /** The as-of date as days since 1970-01-01. */
  public long getAsOfDay() {
    return asOfDay;
  }

  public int getHeadCount() {
    return headCount;
  }

  public int getFormalMembers() {
    return formalMembers;
  }

  public int getProbationaryMembers() {
    return probationaryMembers;
  }

  public PartyOrganisationForm getForm() {
    return form;
  }

  /** Null without a party organisation. */
  public PartyOrganisationLevel getLevel() {
    return level;
  }

  /** Null unless joint. */
  public JointScope getJointScope() {
    return jointScope;
  }

  public List<String> getCoveredOrganisations() {
    return coveredOrganisations;
  }

  public boolean isSecretaryIsInvestorOrHead() {
    return secretaryIsInvestorOrHead;
  }

  public boolean isFullTimeDeputySecretary() {
    return fullTimeDeputySecretary;
  }

  public boolean isPartyAndMassWorkDepartment() {
    return partyAndMassWorkDepartment;
  }

  public int getFullTimePartyAffairsStaff() {
    return fullTimePartyAffairsStaff;
  }

  public boolean isInstructorAssigned() {
    return instructorAssigned;
  }

  /** The number of mass organisations present. */
  public int getMassOrganisations() {
    return massOrganisations;
  }

  public BigDecimal getAnnualWages() {
    return annualWages;
  }

  public BigDecimal getPartyBuildingBudget() {
    return partyBuildingBudget;
  }
}
