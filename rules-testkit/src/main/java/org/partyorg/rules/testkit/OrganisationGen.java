package org.partyorg.rules.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.ModelFacts;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.IndustrySection;
import org.partyorg.rules.api.model.JointScope;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkFacilities;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionKind;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.api.model.Trait;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * Generators of valid organisations, by region and category, with counts biased toward the
 * thresholds of a policy set so that 49/50, 99/100 and 2/3 come up often, and dates toward its
 * days: a party organisation founded 3 years (a rule's span) before the set's first day, a
 * sanction or a committee term starting 3 years before it.
 *
 * <pre>{@code
 * Gen<Organisation> wuhan = OrganisationGen.forPolicySet(wuhanSet).build();
 * Gen<Organisation> firms = OrganisationGen.builder()
 *     .divisionPrefixes("42")
 *     .categories(OrganisationCategory.ACCOUNTING_FIRM)
 *     .thresholds("headCount", 30)
 *     .build();
 * }</pre>
 *
 * <p>Every optional fact is absent now and then (and shrinks toward absent), so properties see
 * the "unknown" cases too; where the model can say "known none" ({@link Park#none()},
 * {@link PartyOrganisation#none()}, an empty work coverage, {@link SanctionRecord#none()}), that
 * comes up as well. Conditions the rules combine come up together often enough to be met: an
 * organisation known to have no party member at all whatever its size, a joint organisation with
 * the organisations it covers (a count around the set's cap, their codes, or both), the
 * governance of a party organisation, several of the set's traits at once, and the non-public
 * enterprise, the subject of most rules, about a quarter of the time.
 *
 * <p>An existing party organisation comes, each part reported or not, with its structure
 * (qualification platforms, a roster fitting the member counts, a committee and its term, party
 * groups) and an activity record (a period around the end of the history, events of every kind
 * at cadences from monthly to yearly with periods now and then skipped, the secretary's talks,
 * institutions, facilities, theme-education figures), built to hold together as the validator
 * requires and biased toward the set's thresholds (platforms per joint branch, members per group,
 * events per period, institutions): see {@code PartyLifeGen}. The parts alone (a park, a party
 * organisation, its structure or activity record, a sanction record ...) come from
 * {@link PartGen}. Invalid organisations, one field broken at a time, come from
 * {@link InvalidOrganisationGen}.
 */
public final class OrganisationGen {
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int MAX_STAFF = 2_000;
  private static final int MAX_MEMBERS = 150;
  /** The last day of the history {@link #builder()} gives: before every set's first day. */
  private static final LocalDate DEFAULT_HISTORY_END = LocalDate.of(2016, 7, 31);
  /** The earliest founding date given. */
  private static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1990, 1, 1);

  private final Set<String> divisionPrefixes = new LinkedHashSet<>();
  private final Set<OrganisationCategory> categories = EnumSet.noneOf(OrganisationCategory.class);
  private final Set<Trait> traits = new LinkedHashSet<>();
  private final Map<String, Set<Integer>> thresholds = new LinkedHashMap<>();
  private final List<FactType> extraFacts = new ArrayList<>();
  private final Set<LocalDate> anchors = new TreeSet<>();
  private LocalDate historyEnd = DEFAULT_HISTORY_END;
  private double traitProbability = 0.08;
  /** Whether trait densities vary between organisations (forPolicySet) or are fixed (traits(...)). */
  private boolean clusteredTraits;

  private OrganisationGen() {}

  /**
   * Any category (non-public enterprises a quarter of the time), anywhere in a few provinces, with
   * the thresholds 3 formal members and 50/100 staff.
   */
  public static OrganisationGen builder() {
    return new OrganisationGen();
  }

  /** Organisations in the set's jurisdiction, biased to every parameter that names a fact. */
  public static OrganisationGen forPolicySet(PolicySet set) {
    OrganisationGen gen = new OrganisationGen();
    gen.divisionPrefixes.addAll(set.jurisdiction().getDivisionPrefixes());
    gen.categories.addAll(set.jurisdiction().getCategories());
    gen.traits.addAll(set.vocabulary().getTraits());
    gen.clusteredTraits = true;
    gen.extraFacts.addAll(set.vocabulary().getFacts());
    // no founding or term after the set's first day: every as-of date it applies on can assess the record
    gen.historyUntil(set.effectivePeriod().getFrom());
    set.targets().forEach(target -> target.getDeadline().ifPresent(gen.anchors::add));
    set.phases().forEach(phase -> gen.anchors.add(phase.getUntil()));
    for (Parameter parameter : set.parameters()) {
      parameter.getDate().ifPresent(gen.anchors::add);
      if (parameter.getDate().isEmpty() && parameter.getFact().isPresent() && parameter.getValue().scale() <= 0) {
        gen.thresholds(parameter.getFact().get(), parameter.getValue().intValue());
      }
    }
    return gen;
  }

  /** Division-code prefixes (2 to 6 digits); the rest of the six digits is random. */
  public OrganisationGen divisionPrefixes(String... prefixes) {
    for (String prefix : prefixes) {
      if (!prefix.matches("[1-9][0-9]{1,5}")) {
        throw new IllegalArgumentException("division prefix '" + prefix + "' is not 2 to 6 digits");
      }
      divisionPrefixes.add(prefix);
    }
    return this;
  }

  public OrganisationGen categories(OrganisationCategory... categories) {
    this.categories.addAll(List.of(categories));
    return this;
  }

  /** Values of {@code fact} (an organisation property such as {@code headCount}) to bias toward. */
  public OrganisationGen thresholds(String fact, int... values) {
    Set<Integer> set = thresholds.computeIfAbsent(fact, k -> new LinkedHashSet<>());
    for (int value : values) {
      set.add(value);
    }
    return this;
  }

  /**
   * The last day of the organisations' history: no party organisation is founded and no committee
   * term starts after it, so that a record can be assessed on any date from it on (default
   * 2016-07-31, before every bundled set's first day; {@link #forPolicySet} takes the set's first
   * day). Dates a rule counts years from (a founding, a term, a sanction) are biased to lie that
   * many years before it or before the set's deadlines; an activity record covers some of the
   * years around it.
   */
  public OrganisationGen historyUntil(LocalDate day) {
    if (!ModelLimits.isInRange(day) || day.isBefore(EARLIEST_FOUNDING)) {
      throw new IllegalArgumentException("history end " + day + " lies outside " + EARLIEST_FOUNDING + " to "
          + ModelLimits.LATEST_DATE);
    }
    historyEnd = day;
    return this;
  }

  /**
   * Only these traits are ever given, each with the given probability (default: none, or the
   * traits the set declares for {@link #forPolicySet}: a quarter of the organisations have none,
   * the others each with 8%, 24% or 48%, so that the combinations a rule asks for, two traits
   * together, come up too).
   */
  public OrganisationGen traits(Set<Trait> traits, double probability) {
    this.traits.clear();
    this.traits.addAll(traits);
    this.traitProbability = probability;
    this.clusteredTraits = false;
    return this;
  }

  public Gen<Organisation> build() {
    List<String> prefixes = divisionPrefixes.isEmpty() ? List.of("11", "21", "42", "4201", "43") : List.copyOf(divisionPrefixes);
    List<OrganisationCategory> cats =
        weighted(categories.isEmpty() ? List.of(OrganisationCategory.values()) : List.copyOf(categories));
    Gen<Integer> staff = Gens.ints(0, MAX_STAFF, merged("headCount", 30, 50, 100));
    Gen<Integer> fullTime = Gens.ints(0, 50, merged("fullTimeStaff", 1));
    Gen<Integer> formal = Gens.ints(0, MAX_MEMBERS, merged("formalMembers", 3));
    Gen<Integer> probationary = Gens.ints(0, 20, merged("probationaryMembers", 1));
    List<LocalDate> dayAnchors = dayAnchors();
    PartyLifeGen life = new PartyLifeGen(historyEnd, dayAnchors,
        merged(ModelFacts.TERM_START.getName(), 3),
        merged(ModelFacts.PLATFORMS.getName(), 5),
        merged(ModelFacts.PLATFORM_FORMAL_MEMBERS.getName(), 3),
        merged(ModelFacts.STRUCTURE.getName() + ".partyGroups.members", 3, 1),
        merged(ModelFacts.ACTIVITY_RECORD.getName() + ".events", 1),
        merged(ModelFacts.INSTITUTIONS.getName()));

    List<Gen<?>> parts = new ArrayList<>();
    parts.add(divisions(prefixes));
    parts.add(Gens.oneOf(cats));
    parts.add(clusteredTraits ? traitClusters(traits, traitProbability) : Gens.subsets(traits, traitProbability));
    parts.add(Gens.optional(Gens.oneOf(RegistrationLevel.values())));
    parts.add(Gens.optional(parks()));
    parts.add(Gens.optionalInts(staff));
    parts.add(Gens.optionalInts(fullTime));
    parts.add(Gens.optionalInts(formal));
    parts.add(Gens.optionalInts(probationary));
    parts.add(Gens.optional(partyOrganisations(foundingDates(dayAnchors))));
    parts.add(Gens.optional(workCoverage()));
    parts.add(Gens.optional(finances()));
    parts.add(random -> Shrinkable.unshrinkable(random.nextLong()));
    parts.add(extraFacts(extraFacts));
    // the inside of an existing party organisation, each part reported or not
    parts.add(Gens.optional(seeds()));
    parts.add(Gens.optional(seeds()));
    parts.add(Gens.optional(governance()));
    parts.add(Gens.optional(coverage()));
    parts.add(Gens.optional(sanctionRecords(dayAnchors)));
    parts.add(rarely(16));
    return Gens.combine(parts, v -> assemble(v, life));
  }

  /** The days dates are biased to: the set's deadlines and phase ends, its dated parameters, the history's end. */
  private List<LocalDate> dayAnchors() {
    List<LocalDate> dayAnchors = new ArrayList<>(anchors);
    dayAnchors.add(historyEnd);
    return dayAnchors;
  }

  /** Sanctions dated as this builder's organisations' are: see {@link PartGen#sanctions(OrganisationGen)}. */
  Gen<Sanction> sanctionGen() {
    return sanctions(dayAnchors());
  }

  /** Sanction records as this builder's organisations report them: see {@link PartGen#sanctionRecords(OrganisationGen)}. */
  Gen<SanctionRecord> sanctionRecordGen() {
    return sanctionRecords(dayAnchors());
  }

  /**
   * The categories to draw from, the non-public enterprise repeated so that it comes up about a
   * quarter of the time among many categories: most organisations are enterprises, and most rules
   * are about them, several conditions at once (a size, traits, a joint organisation's scope).
   */
  static List<OrganisationCategory> weighted(List<OrganisationCategory> categories) {
    if (!categories.contains(OrganisationCategory.NON_PUBLIC_ENTERPRISE) || categories.size() < 5) {
      return categories;
    }
    List<OrganisationCategory> weighted = new ArrayList<>(categories);
    for (int i = 1; i < (categories.size() - 1) / 3; i++) {
      weighted.add(weighted.indexOf(OrganisationCategory.NON_PUBLIC_ENTERPRISE), OrganisationCategory.NON_PUBLIC_ENTERPRISE);
    }
    return List.copyOf(weighted);
  }

  /**
   * Founding dates up to the end of the history, half the time on or next to the day that is the
   * years a rule counts (3 by default) before an anchor date.
   */
  private Gen<LocalDate> foundingDates(List<LocalDate> dayAnchors) {
    return Gens.dates(EARLIEST_FOUNDING, historyEnd,
        yearsBefore(dayAnchors, merged(ModelFacts.FOUNDING_DATE.getName(), 3)).toArray(new LocalDate[0]));
  }

  /** Each anchor less each number of years, and each anchor itself. */
  private static List<LocalDate> yearsBefore(List<LocalDate> dayAnchors, int[] years) {
    List<LocalDate> days = new ArrayList<>(dayAnchors);
    for (LocalDate anchor : dayAnchors) {
      for (int y : years) {
        days.add(anchor.minusYears(y));
      }
    }
    return days;
  }

  /**
   * Sets of traits whose density varies: none, or each trait with {@code probability}, three or six
   * times it (at most every one).
   */
  static Gen<Set<Trait>> traitClusters(Set<Trait> traits, double probability) {
    return Gens.frequencyOneOf(
        Gens.constant(Set.<Trait>of()),
        Gens.subsets(traits, probability),
        Gens.subsets(traits, Math.min(1, 3 * probability)),
        Gens.subsets(traits, Math.min(1, 6 * probability)));
  }

  /** Seeds for a sub-record built once the rest of the organisation is known. */
  private static Gen<Long> seeds() {
    return random -> Shrinkable.unshrinkable(random.nextLong());
  }

  /** True one time in {@code n}; shrinks to false. */
  static Gen<Boolean> rarely(int n) {
    return random -> random.nextInt(n) == 0
        ? Shrinkable.of(true, () -> Stream.of(Shrinkable.unshrinkable(false)))
        : Shrinkable.unshrinkable(false);
  }

  /**
   * Values for the extra facts a set declares, each given or not (unknown), of its kind: counts
   * biased toward small numbers, flags both ways, dates in the campaigns' years, amounts to the fen.
   */
  static Gen<Map<String, Object>> extraFacts(List<FactType> types) {
    List<FactType> copy = List.copyOf(types);
    return random -> {
      Map<String, Object> values = new LinkedHashMap<>();
      for (FactType type : copy) {
        if (random.nextInt(4) == 0) {
          continue;
        }
        Object value = switch (type.getKind()) {
          case COUNT -> random.nextInt(4) == 0 ? random.nextInt(1000) : random.nextInt(10);
          case FLAG -> random.nextBoolean();
          case DATE -> LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
          case AMOUNT -> BigDecimal.valueOf(random.nextInt(10_000_000), 2);
          case RATE -> BigDecimal.valueOf(random.nextInt(101), 2);
          case CODE_LIST -> List.of("A");
          case PERIOD_LIST -> List.of("2020-Q3");
          default -> "A";
        };
        values.put(type.getName(), value);
      }
      // in the order of the types, in every virtual machine (Map.copyOf's order is not)
      return Shrinkable.unshrinkable(Collections.unmodifiableMap(values));
    };
  }

  /** Six-digit codes under one of the prefixes; the digits after the prefix are random. */
  static Gen<String> divisions(List<String> prefixes) {
    return random -> {
      StringBuilder code = new StringBuilder(prefixes.get(random.nextInt(prefixes.size())));
      while (code.length() < 6) {
        code.append((char) ('0' + random.nextInt(10)));
      }
      return Shrinkable.unshrinkable(code.toString());
    };
  }

  private int[] merged(String fact, int... defaults) {
    Set<Integer> values = new LinkedHashSet<>();
    for (int d : defaults) {
      values.add(d);
    }
    values.addAll(thresholds.getOrDefault(fact, Set.of()));
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  @SuppressWarnings("unchecked")
  private static Organisation assemble(List<Object> v, PartyLifeGen life) {
    String division = (String) v.get(0);
    OrganisationCategory category = (OrganisationCategory) v.get(1);
    OptionalInt headCount = (OptionalInt) v.get(5);
    OptionalInt fullTime = (OptionalInt) v.get(6);
    if (headCount.isPresent() && fullTime.isPresent() && fullTime.getAsInt() > headCount.getAsInt()) {
      fullTime = headCount;
    }
    OptionalInt formal = (OptionalInt) v.get(7);
    OptionalInt probationary = (OptionalInt) v.get(8);
    if ((Boolean) v.get(19)) {
      // now and then an organisation known to have no party member at all, whatever its size
      formal = OptionalInt.of(0);
      probationary = OptionalInt.of(0);
    }
    // party members work in the organisation: they never outnumber its head-count
    if (headCount.isPresent() && formal.isPresent() && formal.getAsInt() > headCount.getAsInt()) {
      formal = headCount;
    }
    if (headCount.isPresent() && probationary.isPresent()
        && formal.orElse(0) + probationary.getAsInt() > headCount.getAsInt()) {
      probationary = OptionalInt.of(headCount.getAsInt() - formal.orElse(0));
    }
    Optional<PartyOrganisation> party = (Optional<PartyOrganisation>) v.get(9);
    if (party.isPresent() && party.get().getForm() == PartyOrganisationForm.STANDALONE
        && formal.equals(OptionalInt.of(0)) && probationary.equals(OptionalInt.of(0))) {
      // a branch is made of members: with none reported, there is none
      party = Optional.of(PartyOrganisation.none());
    }
    long salt = (Long) v.get(12);
    String creditCode = creditCode(division, salt);
    Location location = Location.of(salt);
    if (party.isPresent() && party.get().exists()) {
      PartyOrganisation found = party.get();
      OptionalInt formalCount = formal;
      OptionalInt probationaryCount = probationary;
      Optional<BranchStructure> structure = ((Optional<Long>) v.get(14)).map(seed ->
          life.structure(seed, found.getForm(), formalCount, probationaryCount, found.getFoundingDate(),
              division));
      Optional<ActivityRecord> record = ((Optional<Long>) v.get(15)).map(seed -> life.record(seed, structure));
      PartyOrganisation inside = found.withStructure(structure).withActivityRecord(record)
          .withGovernance((Optional<PartyOrganisationGovernance>) v.get(16));
      Optional<Coverage> coverage = (Optional<Coverage>) v.get(17);
      if (found.getForm() == PartyOrganisationForm.JOINT && coverage.isPresent()) {
        inside = coverage.get().applyTo(inside, creditCode, salt);
      }
      party = Optional.of(inside);
    }
    return Organisation.builder()
        .creditCode(creditCode)
        .name("测试组织" + Long.toHexString(salt & 0xFFFFF))
        .category(category)
        .traits((Set<Trait>) v.get(2))
        .registrationLevel((Optional<RegistrationLevel>) v.get(3))
        .divisionCode(division)
        .park((Optional<Park>) v.get(4))
        .building(location.building())
        .street(location.street())
        .industry(location.industry())
        .headCount(headCount)
        .fullTimeStaff(fullTime)
        .formalMembers(formal)
        .probationaryMembers(probationary)
        .partyOrganisation(party)
        .workCoverage((Optional<WorkCoverage>) v.get(10))
        .finances((Optional<Finances>) v.get(11))
        .sanctionRecord((Optional<SanctionRecord>) v.get(18))
        .extraFacts((Map<String, Object>) v.get(13))
        .build();
  }

  /**
   * A building, a street and an industry section, each absent now and then, drawn from the
   * organisation's salt rather than from generators of their own, so that adding them left every
   * other generated value as it was. Few names, so that organisations share them often.
   */
  record Location(Optional<String> building, Optional<String> street, Optional<IndustrySection> industry) {
    static Location of(long salt) {
      SplittableRandom random = new SplittableRandom(salt ^ 0x5DEECE66DL);
      Optional<String> building = random.nextInt(3) == 0 ? Optional.empty()
          : Optional.of("测试大厦" + (1 + random.nextInt(3)) + "号楼");
      Optional<String> street = random.nextInt(4) == 0 ? Optional.empty()
          : Optional.of("测试街道" + (1 + random.nextInt(2)));
      IndustrySection[] sections = IndustrySection.values();
      Optional<IndustrySection> industry = random.nextInt(4) == 0 ? Optional.empty()
          : Optional.of(random.nextInt(2) == 0 ? IndustrySection.L : sections[random.nextInt(sections.length)]);
      return new Location(building, street, industry);
    }
  }

  /** A valid credit code whose characters 3 to 8 are the division code. */
  static String creditCode(String division, long salt) {
    SplittableRandom random = new SplittableRandom(salt);
    StringBuilder code = new StringBuilder("91").append(division);
    while (code.length() < UnifiedSocialCreditCode.LENGTH - 1) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
  }

  /** Any form, level and joint scope, founded on one of {@code founded} (the history's days). */
  static Gen<PartyOrganisation> partyOrganisations(Gen<LocalDate> founded) {
    return Gens.combine(
        List.of(
            Gens.oneOf(PartyOrganisationForm.values()),
            Gens.optional(Gens.oneOf(PartyOrganisationLevel.values())),
            Gens.optional(founded),
            Gens.optional(Gens.oneOf(JointScope.values()))),
        v -> {
          PartyOrganisationForm form = (PartyOrganisationForm) v.get(0);
          if (form == PartyOrganisationForm.NONE) {
            return PartyOrganisation.none();
          }
          @SuppressWarnings("unchecked")
          Optional<PartyOrganisationLevel> level = (Optional<PartyOrganisationLevel>) v.get(1);
          @SuppressWarnings("unchecked")
          Optional<LocalDate> date = (Optional<LocalDate>) v.get(2);
          @SuppressWarnings("unchecked")
          Optional<JointScope> scope = (Optional<JointScope>) v.get(3);
          return PartyOrganisation.builder()
              .form(form)
              .level(level)
              .foundingDate(date)
              .jointScope(form == PartyOrganisationForm.JOINT ? scope : Optional.empty())
              .build();
        });
  }

  /**
   * How a party organisation is led and staffed: each fact reported or not, the party-affairs
   * staff around 1.
   */
  static Gen<PartyOrganisationGovernance> governance() {
    Gen<Optional<Boolean>> flag = Gens.optional(Gens.booleans());
    return Gens.combine(
        List.of(flag, flag, flag, Gens.optionalInts(Gens.ints(0, 5, 1)), flag),
        v -> {
          @SuppressWarnings("unchecked")
          List<Optional<Boolean>> flags = List.of((Optional<Boolean>) v.get(0), (Optional<Boolean>) v.get(1),
              (Optional<Boolean>) v.get(2), (Optional<Boolean>) v.get(4));
          return PartyOrganisationGovernance.builder()
              .secretaryIsInvestorOrHead(flags.get(0))
              .fullTimeDeputySecretary(flags.get(1))
              .partyAndMassWorkDepartment(flags.get(2))
              .fullTimePartyAffairsStaff((OptionalInt) v.get(3))
              .affiliationAdjusted(flags.get(3))
              .build();
        });
  }

  /**
   * What a joint organisation covers: a number of organisations, biased to the set's cap, given as
   * a count, as the list of their credit codes (the reporting one's among them or not), or both.
   */
  private Gen<Coverage> coverage() {
    return Gens.combine(
        List.of(Gens.ints(1, 12, merged(ModelFacts.COVERED_ORGANISATIONS.getName())), Gens.ints(0, 3)),
        v -> new Coverage((Integer) v.get(0), (Integer) v.get(1)));
  }

  /**
   * @param organisations how many organisations are covered, the reporting one included
   * @param how 0: the count only; 1: the codes, the reporting one's among them; 2: the codes,
   *     without it (a caller who left it out); 3: both the count and the codes
   */
  private record Coverage(int organisations, int how) {
    PartyOrganisation applyTo(PartyOrganisation party, String ownCode, long salt) {
      if (how == 0) {
        return party.withCoveredOrganisationCount(organisations);
      }
      SplittableRandom random = new SplittableRandom(salt ^ 0x5DEECE66DL);
      Set<String> codes = new LinkedHashSet<>();
      if (how != 2) {
        codes.add(ownCode);
      }
      while (codes.size() < organisations) {
        String code = creditCode(ownCode.substring(2, 8), random.nextLong());
        if (!code.equals(ownCode)) {
          codes.add(code);
        }
      }
      PartyOrganisation listed = party.withCoveredOrganisations(codes);
      return how == 3 ? listed.withCoveredOrganisationCount(organisations) : listed;
    }
  }

  /**
   * Sanction records: none, or up to three sanctions of either kind, dated around the years a rule
   * counts (3 by default) before an anchor date, or anywhere in the years around it.
   */
  private Gen<SanctionRecord> sanctionRecords(List<LocalDate> dayAnchors) {
    Gen<Sanction> sanction = sanctions(dayAnchors);
    return Gens.combine(List.of(Gens.ints(0, 3), sanction, sanction, sanction), v -> {
      List<Sanction> sanctions = new ArrayList<>();
      for (int i = 0; i < (Integer) v.get(0); i++) {
        sanctions.add((Sanction) v.get(1 + i));
      }
      return SanctionRecord.of(sanctions.toArray(new Sanction[0]));
    });
  }

  /**
   * Sanctions of either kind, dated around the years a rule counts (3 by default) before an anchor
   * date, or anywhere from twice those years and one before the history's end to two years after
   * the last anchor.
   */
  private Gen<Sanction> sanctions(List<LocalDate> dayAnchors) {
    int[] years = merged(ModelFacts.SANCTION_RECORD.getName(), 3);
    LocalDate latest = dayAnchors.stream().max(LocalDate::compareTo).orElseThrow();
    int longest = Arrays.stream(years).max().orElse(3);
    Gen<LocalDate> dates = Gens.dates(historyEnd.minusYears(2L * longest + 1), latest.plusYears(2),
        yearsBefore(dayAnchors, years).toArray(new LocalDate[0]));
    return Gens.combine(List.of(Gens.oneOf(SanctionKind.values()), dates),
        v -> sanction((SanctionKind) v.get(0), (LocalDate) v.get(1)));
  }

  /**
   * A sanction of this kind on this day, described (the authority and the decision's number) three
   * times in four and not described the fourth. Whether and how it is described is drawn from the
   * kind and the day, not from the random source, so that adding descriptions left every other
   * generated value as it was; a sanction shrinks with its day, its description following.
   */
  static Sanction sanction(SanctionKind kind, LocalDate date) {
    long day = date.toEpochDay();
    int pick = (int) Math.floorMod(day * 31 + kind.ordinal(), 1_000L);
    if (pick % 4 == 0) {
      return Sanction.of(kind, date);
    }
    String authority = kind == SanctionKind.ADMINISTRATIVE_PENALTY
        ? (pick % 3 == 0 ? "测试市财政局" : "测试市市场监督管理局")
        : "测试省注册会计师协会";
    String prefix = kind == SanctionKind.ADMINISTRATIVE_PENALTY ? "测罚" : "测惩";
    String number = prefix + "〔" + date.getYear() + "〕" + (1 + pick % 97) + "号";
    return Sanction.of(kind, date).withDescription(authority + number);
  }

  /**
   * Reports of a park: {@link Park#none()} (in no park) or a named park of any level, whose
   * service centre is reported there, missing, or not reported at all.
   */
  static Gen<Park> parks() {
    return Gens.combine(
        List.of(Gens.oneOf(ParkLevel.values()), Gens.optional(Gens.optional(Gens.booleans()))),
        v -> {
          ParkLevel level = (ParkLevel) v.get(0);
          if (level == ParkLevel.NONE) {
            return Park.none();
          }
          @SuppressWarnings("unchecked")
          Optional<Optional<Boolean>> centre = (Optional<Optional<Boolean>>) v.get(1);
          return Park.builder()
              .name("测试园区")
              .level(level)
              .facilities(centre.map(c -> ParkFacilities.builder().partyAndMassServiceCentre(c).build()))
              .build();
        });
  }

  static Gen<WorkCoverage> workCoverage() {
    return Gens.combine(
        List.of(Gens.booleans(), Gens.subsets(MassOrganisation.class, EnumSet.allOf(MassOrganisation.class), 0.4)),
        v -> {
          @SuppressWarnings("unchecked")
          Set<MassOrganisation> mass = (Set<MassOrganisation>) v.get(1);
          return WorkCoverage.builder().instructorAssigned((Boolean) v.get(0)).massOrganisations(mass).build();
        });
  }

  static Gen<Finances> finances() {
    Gen<Optional<Integer>> yuan = Gens.optional(Gens.ints(0, 50_000_000, 100, 10_000));
    return Gens.combine(
        List.of(yuan, Gens.optional(Gens.booleans()), yuan, yuan),
        v -> {
          @SuppressWarnings("unchecked")
          Optional<Integer> wages = (Optional<Integer>) v.get(0);
          @SuppressWarnings("unchecked")
          Optional<Boolean> dues = (Optional<Boolean>) v.get(1);
          @SuppressWarnings("unchecked")
          Optional<Integer> duesIncome = (Optional<Integer>) v.get(2);
          @SuppressWarnings("unchecked")
          Optional<Integer> budget = (Optional<Integer>) v.get(3);
          return Finances.builder()
              .annualWages(wages.map(BigDecimal::valueOf))
              .collectsDues(dues)
              .annualDuesIncome(duesIncome.map(BigDecimal::valueOf))
              .partyBuildingBudget(budget.map(BigDecimal::valueOf))
              .build();
        });
  }
}
