package org.partyorg.rules.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkFacilities;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.QualificationPlatform;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionKind;
import org.partyorg.rules.api.model.SanctionRecord;

/**
 * Invalid organisations, one field broken at a time, on top of valid ones: a property that
 * validation rejects each of them, naming the broken field, covers every constraint of the
 * model. Among the ways of breaking are the edges a rule's arithmetic could choke on
 * ({@code LocalDate.MAX}, {@code LocalDate.MIN}, {@code 1E+999999999} yuan, counts whose sum
 * overflows an {@code int}) and texts that could forge a message (placeholders, control
 * characters, invisible spaces).
 */
public final class InvalidOrganisationGen {
  private record Breaker(String field, String how, BiFunction<Organisation, Integer, Organisation> apply) {}

  private static final List<Breaker> BREAKERS =
      List.of(
          new Breaker("headCount", "negative head-count", (o, n) -> o.withHeadCount(-1 - n)),
          new Breaker("fullTimeStaff", "negative full-time staff", (o, n) -> o.withFullTimeStaff(-1 - n).withHeadCount(10)),
          new Breaker("formalMembers", "negative formal members", (o, n) -> o.withFormalMembers(-1 - n)),
          new Breaker("probationaryMembers", "negative probationary members", (o, n) -> o.withProbationaryMembers(-1 - n)),
          new Breaker("fullTimeStaff", "more full-time staff than staff", (o, n) -> o.withHeadCount(n).withFullTimeStaff(n + 1)),
          new Breaker("creditCode", "wrong check character", (o, n) -> o.withCreditCode(wrongCheck(o.getCreditCode()))),
          new Breaker("creditCode", "lower-case credit code", (o, n) -> o.withCreditCode(o.getCreditCode().substring(0, 10) + "a" + o.getCreditCode().substring(11))),
          new Breaker("creditCode", "credit code of 17 characters", (o, n) -> o.withCreditCode(o.getCreditCode().substring(1))),
          new Breaker("divisionCode", "five-digit division code", (o, n) -> o.withDivisionCode(o.getDivisionCode().substring(1))),
          new Breaker("divisionCode", "division code starting with 0", (o, n) -> o.withDivisionCode("0" + o.getDivisionCode().substring(1))),
          new Breaker("divisionCode", "letter in the division code", (o, n) -> o.withDivisionCode(o.getDivisionCode().substring(0, 5) + "X")),
          new Breaker("name", "blank name", (o, n) -> o.withName(" ".repeat(n % 3))),
          new Breaker("building", "blank building name", (o, n) -> o.withBuilding("\u3000".repeat(1 + n % 2))),
          new Breaker("street", "a street name with a line break", (o, n) -> o.withStreet("江汉路\n街道")),
          new Breaker("park.name", "blank park name", (o, n) -> o.withPark(Park.of("", ParkLevel.PROVINCIAL))),
          new Breaker("park.name", "a park without a name",
              (o, n) -> o.withPark(Park.builder().level(ParkLevel.values()[1 + n % (ParkLevel.values().length - 1)]).build())),
          new Breaker("park", "in no park, yet named",
              (o, n) -> o.withPark(Park.builder().level(ParkLevel.NONE).name("测试园区").build())),
          new Breaker("park", "in no park, yet with facilities",
              (o, n) -> o.withPark(Park.builder().level(ParkLevel.NONE)
                  .facilities(ParkFacilities.builder().partyAndMassServiceCentre(n % 2 == 0).build()).build())),
          new Breaker("partyOrganisation", "NONE with a level",
              (o, n) -> o.withPartyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.NONE).level(PartyOrganisationLevel.BRANCH).build())),
          new Breaker("partyOrganisation", "NONE with a founding date",
              (o, n) -> o.withPartyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.NONE).foundingDate(LocalDate.of(2010, 1, 1)).build())),
          new Breaker("partyOrganisation", "standalone listing covered organisations",
              (o, n) -> o.withPartyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE).addCoveredOrganisations(o.getCreditCode()).build())),
          new Breaker("partyOrganisation.coveredOrganisations[0]", "joint covering an invalid code",
              (o, n) -> o.withPartyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.JOINT).addCoveredOrganisations(wrongCheck(o.getCreditCode())).build())),
          new Breaker("finances.annualWages", "negative wages",
              (o, n) -> o.withFinances(Finances.builder().annualWages(BigDecimal.valueOf(-1 - n)).build())),
          new Breaker("finances.partyBuildingBudget", "negative budget",
              (o, n) -> o.withFinances(Finances.builder().partyBuildingBudget(new BigDecimal("-0.01")).build())),
          new Breaker("partyOrganisation", "NONE with governance facts",
              (o, n) -> o.withPartyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.NONE)
                  .governance(PartyOrganisationGovernance.builder().fullTimeDeputySecretary(true).build()).build())),
          new Breaker("partyOrganisation.governance.fullTimePartyAffairsStaff", "negative party-affairs staff",
              (o, n) -> o.withPartyOrganisation(branch()
                  .governance(PartyOrganisationGovernance.builder().fullTimePartyAffairsStaff(-1 - n).build()).build())),
          new Breaker("partyOrganisation.structure.platforms[0].formalMembers", "platform with negative members",
              (o, n) -> o.withPartyOrganisation(branch().structure(BranchStructure.builder()
                  .addPlatforms(QualificationPlatform.builder().name("平台").formalMembers(-1 - n).build()).build()).build())),
          new Breaker("partyOrganisation.structure.platforms[0].name", "platform without a name",
              (o, n) -> o.withPartyOrganisation(branch().structure(BranchStructure.builder()
                  .addPlatforms(QualificationPlatform.of(" ", 3)).build()).build())),
          new Breaker("partyOrganisation.structure.partyGroups[0].members[0].name", "group member not on the roster",
              (o, n) -> o.withPartyOrganisation(branch().structure(BranchStructure.builder()
                  .addMembers(PartyMember.formal("甲"))
                  .addPartyGroups(PartyGroup.of("一组", PartyMember.formal("乙"))).build()).build())),
          new Breaker("partyOrganisation.activityRecord.periodTo", "activity record ending before it starts",
              (o, n) -> o.withPartyOrganisation(branch().activityRecord(
                  ActivityRecord.of(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 12, 31 - n % 28))).build())),
          new Breaker("partyOrganisation.activityRecord.events[0].date", "activity outside the record's period",
              (o, n) -> o.withPartyOrganisation(branch().activityRecord(
                  ActivityRecord.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                      .withEvents(ActivityEvent.of(ActivityKind.values()[n % ActivityKind.values().length], LocalDate.of(2022, 1, 1 + n % 28))))
                  .build())),
          new Breaker("partyOrganisation.activityRecord.themeEducationParticipants", "more participants than members",
              (o, n) -> o.withPartyOrganisation(branch().activityRecord(
                  ActivityRecord.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                      .withThemeEducationMembers(n).withThemeEducationParticipants(n + 1)).build())),
          // the edges of every range (ModelLimits) and the records that do not hold together
          new Breaker("partyOrganisation.foundingDate", "founded on the last day Java knows",
              (o, n) -> o.withPartyOrganisation(branch().foundingDate(LocalDate.MAX.minusDays(n)).build())),
          new Breaker("partyOrganisation.foundingDate", "founded before the party existed",
              (o, n) -> o.withPartyOrganisation(branch().foundingDate(LocalDate.MIN.plusDays(n)).build())),
          new Breaker("partyOrganisation.activityRecord.periodFrom", "a record starting on the first day Java knows",
              (o, n) -> o.withPartyOrganisation(branch().activityRecord(
                  ActivityRecord.of(LocalDate.MIN.plusDays(n), LocalDate.of(2021, 12, 31))).build())),
          new Breaker("partyOrganisation.structure.committee.termStart", "a term starting in the year 3000",
              (o, n) -> o.withPartyOrganisation(branch().structure(BranchStructure.builder()
                  .committee(BranchCommittee.builder().secretary("甲").termStart(LocalDate.of(3000, 1, 1).plusDays(n)).build())
                  .build()).build())),
          new Breaker("sanctionRecord.sanctions[0].date", "a sanction before 1921",
              (o, n) -> o.withSanctionRecord(SanctionRecord.of(Sanction.of(SanctionKind.INDUSTRY_DISCIPLINE,
                  LocalDate.of(1900, 1, 1).plusDays(n))))),
          new Breaker("finances.annualWages", "wages of 1E+999999999 yuan",
              (o, n) -> o.withFinances(Finances.builder().annualWages(new BigDecimal("1E+999999999"))
                  .partyBuildingBudget(BigDecimal.ZERO).build())),
          new Breaker("finances.partyBuildingBudget", "a budget finer than the fen",
              (o, n) -> o.withFinances(Finances.builder().partyBuildingBudget(new BigDecimal("0.001").add(BigDecimal.valueOf(n))).build())),
          new Breaker("headCount", "more than ten million staff",
              (o, n) -> o.withHeadCount(ModelLimits.MAX_PERSONS + 1 + n)),
          new Breaker("formalMembers", "more formal members than staff",
              (o, n) -> o.withHeadCount(n).withFormalMembers(n + 1).withProbationaryMembers(OptionalInt.empty())),
          new Breaker("probationaryMembers", "members that overflow an int together",
              (o, n) -> o.withHeadCount(ModelLimits.MAX_PERSONS).withFormalMembers(ModelLimits.MAX_PERSONS - n)
                  .withProbationaryMembers(Integer.MAX_VALUE - n)),
          new Breaker("divisionCode", "no such province",
              (o, n) -> o.withDivisionCode("99" + o.getDivisionCode().substring(2))),
          new Breaker("name", "a name of invisible spaces",
              (o, n) -> o.withName(List.of("\u00A0", "\u200B", "\u3000", "\uFEFF").get(n % 4).repeat(1 + n % 3))),
          new Breaker("name", "a name with NUL or ESC",
              (o, n) -> o.withName("测试" + (n % 2 == 0 ? "\u0000" : "\u001B[2J") + "公司")),
          new Breaker("name", "a name that looks like a placeholder and is too long",
              (o, n) -> o.withName("{expected}{value}".repeat(20 + n))),
          new Breaker("partyOrganisation.coveredOrganisations[1]", "the same covered code twice",
              (o, n) -> o.withPartyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
                  .addCoveredOrganisations(o.getCreditCode(), o.getCreditCode()).build())),
          new Breaker("partyOrganisation.coveredOrganisationCount", "a joint organisation covering no organisation",
              (o, n) -> o.withPartyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
                  .coveredOrganisationCount(-(n % 2)).build())),
          new Breaker("partyOrganisation.activityRecord.events", "more events than a record may hold",
              (o, n) -> o.withPartyOrganisation(branch().activityRecord(
                  ActivityRecord.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                      .withEvents(Collections.nCopies(ModelLimits.MAX_ENTRIES + 1 + n,
                          ActivityEvent.of(ActivityKind.TALK, LocalDate.of(2021, 6, 1))))).build())),
          new Breaker("partyOrganisation", "a standalone organisation without a single member",
              (o, n) -> o.withHeadCount(OptionalInt.empty()).withFormalMembers(0).withProbationaryMembers(0)
                  .withPartyOrganisation(branch().build())));

  /** A standalone branch to hang a broken sub-record on. */
  private static PartyOrganisation.Builder branch() {
    return PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE).level(PartyOrganisationLevel.BRANCH);
  }

  private InvalidOrganisationGen() {}

  /** Every way the generator breaks an organisation, one per case; shrinks toward the first. */
  public static Gen<InvalidOrganisation> oneFieldBroken(Gen<Organisation> valid) {
    Gen<Integer> which = Gens.ints(0, BREAKERS.size() - 1);
    Gen<Integer> amount = Gens.ints(0, 1000);
    return Gens.combine(
        List.of(valid, which, amount),
        v -> {
          Breaker breaker = BREAKERS.get((Integer) v.get(1));
          Organisation broken = breaker.apply().apply((Organisation) v.get(0), (Integer) v.get(2));
          return new InvalidOrganisation(broken, breaker.field(), breaker.how());
        });
  }

  /** How many ways of breaking an organisation there are. */
  public static int breakerCount() {
    return BREAKERS.size();
  }

  private static String wrongCheck(String code) {
    char right = code.charAt(code.length() - 1);
    char wrong = right == '0' ? '1' : '0';
    return code.substring(0, code.length() - 1) + wrong;
  }
}
