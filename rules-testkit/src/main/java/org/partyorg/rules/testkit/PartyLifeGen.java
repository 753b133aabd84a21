package org.partyorg.rules.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.partyorg.rules.api.model.ActivityEvent;
import org.partyorg.rules.api.model.ActivityKind;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchCommittee;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Facility;
import org.partyorg.rules.api.model.Institution;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.PartyGroup;
import org.partyorg.rules.api.model.MemberStatus;
import org.partyorg.rules.api.model.PartyMember;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.QualificationPlatform;

/**
 * The inside of a party organisation: its structure (platforms, roster, committee and term,
 * party groups) and its activity record (a period, the dated events of every kind, talks of the
 * secretary, institutions, facilities, theme-education figures). Both are built from a seed, once
 * the organisation's form and member counts are known, so that they fit them and hold together
 * as the validator requires: every name the committee and the groups give is on the roster when
 * there is one, no group names a member twice, every event lies in the record's period, a talk
 * names two different people, participants never outnumber the members due, and no term starts
 * after {@code historyEnd}.
 *
 * <p>Counts are biased toward the thresholds of the set (platforms per joint branch, a
 * platform's formal members, a group's members, events per period, institutions) and dates
 * toward its anchor dates less the years a rule counts (a term of 3 years ending on the day a
 * set starts), so that every side of every rule comes up: records long enough to judge and too
 * short, periods with the events required and periods without.
 */
final class PartyLifeGen {
  /** The largest roster the generator lists by name; a larger membership is reported without one. */
  static final int MAX_ROSTER = 60;

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
  private static final String GIVEN_NAMES = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";
  private static final String ORDINALS = "一二三四五六七八九十";
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  /** How many different names there are: every surname with every given name. */
  static final int NAME_POOL = 400;
  private static final List<String> NAMES = namePool();
  /** Strides prime to {@link #NAME_POOL}, so that a walk meets every name once. */
  private static final int[] STRIDES = {1, 3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47};
  /** Mixed into a structure's seed for the platforms' credit codes, a stream of their own. */
  private static final long CODES_SALT = 0x2545F4914F6CDD1DL;
  /** Months per period of each cadence: month, quarter, half-year, year. */
  private static final int[] CADENCES = {1, 3, 6, 12};

  private final LocalDate historyEnd;
  private final List<LocalDate> anchors;
  private final int[] termYears;
  private final int[] platformCounts;
  private final int[] platformMembers;
  private final int[] groupMembers;
  private final int[] eventsPerPeriod;
  private final int[] institutions;

  /**
   * @param historyEnd no committee term starts after it
   * @param anchors the dates a set turns on (its first day, its deadlines)
   * @param termYears the years of a committee's term
   * @param platformCounts platforms of a joint branch to bias to (a cap)
   * @param platformMembers a platform's formal members to bias to
   * @param groupMembers a party group's members (and formal members) to bias to
   * @param eventsPerPeriod events of a kind per period to bias to
   * @param institutions institutions in place to bias to
   */
  PartyLifeGen(LocalDate historyEnd, List<LocalDate> anchors, int[] termYears, int[] platformCounts,
      int[] platformMembers, int[] groupMembers, int[] eventsPerPeriod, int[] institutions) {
    this.historyEnd = historyEnd;
    this.anchors = List.copyOf(anchors);
    this.termYears = termYears.clone();
    this.platformCounts = platformCounts.clone();
    this.platformMembers = platformMembers.clone();
    this.groupMembers = groupMembers.clone();
    this.eventsPerPeriod = eventsPerPeriod.clone();
    this.institutions = institutions.clone();
  }

  // --- the structure ---

  /**
   * A structure for a party organisation of this form, whose organisation reports these member
   * counts: a roster of that many members when both are known and small enough (now and then not
   * reported), a committee drawn from it, party groups drawn from it, and for a joint branch the
   * platforms it covers, registered in {@code division} (their credit codes say so).
   */
  BranchStructure structure(long seed, PartyOrganisationForm form, OptionalInt formal, OptionalInt probationary,
      Optional<LocalDate> founded, String division) {
    SplittableRandom random = new SplittableRandom(seed);
    int formalCount;
    int probationaryCount;
    if (formal.isPresent() && probationary.isPresent()) {
      formalCount = formal.getAsInt();
      probationaryCount = probationary.getAsInt();
    } else {
      formalCount = formal.orElse(biased(random, 0, 15, 3, 7));
      probationaryCount = probationary.orElse(random.nextInt(3));
    }
    boolean listed = formalCount + probationaryCount <= MAX_ROSTER && random.nextInt(8) != 0;
    List<String> names = names(random, Math.min(formalCount + probationaryCount, MAX_ROSTER) + 8);
    List<PartyMember> roster = new ArrayList<>();
    for (int i = 0; i < Math.min(formalCount + probationaryCount, MAX_ROSTER); i++) {
      boolean isFormal = i < formalCount;
      // a status is now and then not reported
      roster.add(random.nextInt(12) == 0 ? PartyMember.of(names.get(i))
          : isFormal ? PartyMember.formal(names.get(i)) : PartyMember.probationary(names.get(i)));
    }
    // who can hold a post or sit in a group: the roster if it is listed, else any name
    List<PartyMember> people = roster.isEmpty() || !listed ? everyone(names, formalCount) : roster;

    BranchStructure.Builder structure = BranchStructure.builder();
    if (listed) {
      structure.members(roster);
    }
    if (random.nextInt(8) != 0) {
      structure.committee(committee(random, people, founded));
    }
    structure.partyGroups(groups(random, people));
    structure.platforms(platforms(random, form, new SplittableRandom(seed ^ CODES_SALT), division));
    return structure.build();
  }

  /** A name for each of the first {@code formal} people formal, the others probationary. */
  private static List<PartyMember> everyone(List<String> names, int formal) {
    List<PartyMember> people = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      people.add(i < formal ? PartyMember.formal(names.get(i)) : PartyMember.probationary(names.get(i)));
    }
    return people;
  }

  private BranchCommittee committee(SplittableRandom random, List<PartyMember> people, Optional<LocalDate> founded) {
    BranchCommittee.Builder committee = BranchCommittee.builder();
    List<String> order = shuffled(random, people.stream().map(PartyMember::getName).toList());
    int next = 0;
    Optional<String> secretary = Optional.empty();
    if (!order.isEmpty() && random.nextInt(8) != 0) {
      secretary = Optional.of(order.get(next++));
      committee.secretary(secretary.get());
    }
    // half the committees have members besides the secretary, up to 6
    int members = random.nextBoolean() ? 0 : 1 + random.nextInt(6);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < members && next < order.size(); i++) {
      chosen.add(order.get(next++));
    }
    committee.members(chosen);
    int inspector = random.nextInt(6);
    if (inspector == 0 && !chosen.isEmpty()) {
      committee.disciplineInspector(chosen.get(random.nextInt(chosen.size())));
    } else if (inspector == 1 && secretary.isPresent()) {
      // the secretary may be named for discipline inspection too
      committee.disciplineInspector(secretary.get());
    } else if (inspector <= 3 && next < order.size()) {
      committee.disciplineInspector(order.get(next));
    }
    if (random.nextInt(8) != 0) {
      committee.termStart(termStart(random, founded));
    }
    return committee.build();
  }

  /**
   * The start of the current term: on or before {@code historyEnd}, often a term's length before
   * an anchor (the term ends on it), never before the founding.
   */
  private LocalDate termStart(SplittableRandom random, Optional<LocalDate> founded) {
    int years = termYears[random.nextInt(termYears.length)];
    LocalDate start;
    if (random.nextBoolean()) {
      LocalDate anchor = anchors.get(random.nextInt(anchors.size())).minusYears(years);
      start = anchor.plusDays(random.nextInt(3) - 1);
    } else {
      LocalDate earliest = historyEnd.minusYears(2L * years + 1);
      start = day(random, earliest, historyEnd);
    }
    if (start.isAfter(historyEnd)) {
      start = historyEnd;
    }
    if (founded.isPresent() && start.isBefore(founded.get())) {
      start = founded.get();
    }
    return start;
  }

  /** None half the time; otherwise up to 4 groups, of sizes around the threshold, drawn from {@code people}. */
  private List<PartyGroup> groups(SplittableRandom random, List<PartyMember> people) {
    if (people.isEmpty() || random.nextBoolean()) {
      return List.of();
    }
    List<PartyMember> formal = shuffled(random, people.stream().filter(PartyLifeGen::isFormal).toList());
    List<PartyMember> others = shuffled(random, people.stream().filter(m -> !isFormal(m)).toList());
    int count = 1 + random.nextInt(4);
    List<PartyGroup> groups = new ArrayList<>(count);
    int[] next = {0, 0};
    for (int g = 0; g < count; g++) {
      int size = biased(random, 1, 8, groupMembers);
      int formalWanted = Math.min(size, biased(random, 0, size, groupMembers));
      Set<PartyMember> members = new LinkedHashSet<>();
      // each group takes people no earlier group took, while there are any
      take(members, formalWanted, formal, next, 0);
      take(members, size, others, next, 1);
      take(members, size, formal, next, 0);
      PartyGroup.Builder group = PartyGroup.builder().members(List.copyOf(members));
      if (random.nextInt(10) != 0) {
        group.name("第" + ORDINALS.charAt(g) + "党小组");
      }
      groups.add(group.build());
    }
    return groups;
  }

  /** Adds people from {@code from}, after the ones taken before, until {@code members} holds {@code size}. */
  private static void take(Set<PartyMember> members, int size, List<PartyMember> from, int[] next, int which) {
    for (int tried = 0; members.size() < size && tried < from.size(); tried++) {
      members.add(from.get(next[which]++ % from.size()));
    }
  }

  private static boolean isFormal(PartyMember member) {
    return member.getStatus().equals(Optional.of(MemberStatus.FORMAL));
  }

  /**
   * For a joint branch, the platforms it covers, their number around the cap; for a standalone
   * one, its own platform half the time; else none. A platform's credit code is given two times
   * in three, drawn from {@code codes} rather than {@code random} so that adding it left every
   * other generated value as it was.
   */
  private List<QualificationPlatform> platforms(SplittableRandom random, PartyOrganisationForm form,
      SplittableRandom codes, String division) {
    int count = switch (form) {
      case JOINT -> biased(random, 1, STEMS.length(), platformCounts);
      case STANDALONE -> random.nextInt(2);
      default -> 0;
    };
    if (random.nextInt(8) == 0) {
      return List.of();
    }
    List<QualificationPlatform> platforms = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      QualificationPlatform.Builder platform = QualificationPlatform.builder().name("资质平台" + STEMS.charAt(i));
      if (random.nextInt(10) != 0) {
        platform.formalMembers(biased(random, 0, 12, platformMembers));
      }
      if (codes.nextInt(3) != 0) {
        platform.creditCode(OrganisationGen.creditCode(division, codes.nextLong()));
      }
      platforms.add(platform.build());
    }
    return platforms;
  }

  // --- the activity record ---

  /**
   * A record of one to three years (now and then a few months), starting on a 1 January or any
   * day around {@code historyEnd}, with events of every kind at a cadence of their own (monthly
   * to yearly, so many a period, now and then a period skipped), the secretary's talks with the
   * committee and the roster, institutions, facilities and theme-education figures.
   */
  ActivityRecord record(long seed, Optional<BranchStructure> structure) {
    SplittableRandom random = new SplittableRandom(seed);
    int year = historyEnd.getYear() - 3 + random.nextInt(5);
    LocalDate from = random.nextInt(5) < 3
        ? LocalDate.of(year, 1, 1)
        : LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    LocalDate end = random.nextInt(5) < 3
        ? from.plusYears(1 + random.nextInt(3)).minusDays(1)
        : from.plusDays(30 + random.nextInt(1100));
    LocalDate to = end.isAfter(ModelLimits.LATEST_DATE) ? ModelLimits.LATEST_DATE : end;
    List<ActivityEvent> events = new ArrayList<>();
    for (ActivityKind kind : ActivityKind.values()) {
      if (kind != ActivityKind.TALK && random.nextInt(8) != 0) {
        addEvents(random, kind, from, to, events);
      }
    }
    structure.flatMap(BranchStructure::getCommittee).ifPresent(committee -> addTalks(random, committee,
        structure.get().getMembers(), from, to, events));
    ActivityRecord.Builder record = ActivityRecord.builder().periodFrom(from).periodTo(to).events(events);
    if (random.nextInt(8) != 0) {
      int size = biased(random, 0, Institution.values().length, institutions);
      Set<Institution> chosen = EnumSet.noneOf(Institution.class);
      chosen.addAll(shuffled(random, List.of(Institution.values())).subList(0, size));
      record.institutions(Collections.unmodifiableSet(chosen));
    }
    if (random.nextInt(8) != 0) {
      Set<Facility> facilities = EnumSet.allOf(Facility.class);
      if (random.nextBoolean()) {
        facilities.removeIf(f -> random.nextInt(3) == 0);
      }
      record.facilities(Collections.unmodifiableSet(facilities));
    }
    if (random.nextInt(8) != 0) {
      int due = biased(random, 0, 120, 20, 40, 100);
      record.themeEducationMembers(due);
      if (random.nextInt(8) != 0) {
        // all, or a few short (one in twenty is 95%), or any number
        int absent = random.nextInt(4) != 0 ? random.nextInt(Math.min(due, 6) + 1) : random.nextInt(due + 1);
        record.themeEducationParticipants(due - absent);
      }
    }
    return record.build();
  }

  /** Events of one kind: so many in each period of a cadence, a period now and then skipped. */
  private void addEvents(SplittableRandom random, ActivityKind kind, LocalDate from, LocalDate to,
      List<ActivityEvent> events) {
    int months = CADENCES[random.nextInt(CADENCES.length)];
    int perPeriod = months == 12 ? biased(random, 0, 7, eventsPerPeriod) : random.nextInt(6) == 0 ? 2 : 1;
    int skip = random.nextBoolean() ? 0 : 2 + random.nextInt(8);
    for (LocalDate start = periodStart(from, months); !start.isAfter(to); start = start.plusMonths(months)) {
      if (skip > 0 && random.nextInt(skip) == 0) {
        continue;
      }
      LocalDate first = start.isBefore(from) ? from : start;
      LocalDate end = start.plusMonths(months).minusDays(1);
      LocalDate last = end.isAfter(to) ? to : end;
      for (int i = 0; i < perPeriod; i++) {
        events.add(event(kind, day(random, first, last)));
      }
    }
  }

  /**
   * An event of this kind on this day; a party lecture or a collective study names who gave it one
   * time in three. Whether and who is drawn from the day, not from the random source, so that
   * adding leaders left every other generated value as it was.
   */
  private static ActivityEvent event(ActivityKind kind, LocalDate day) {
    ActivityEvent event = ActivityEvent.of(kind, day);
    long pick = day.toEpochDay();
    if ((kind == ActivityKind.PARTY_LECTURE || kind == ActivityKind.COLLECTIVE_STUDY) && Math.floorMod(pick, 3L) == 0) {
      return event.withLeader(NAMES.get((int) Math.floorMod(pick * 7, (long) NAMES.size())));
    }
    return event;
  }

  /**
   * The secretary's talks, half-yearly or yearly, with each member of the committee, the person
   * for discipline inspection and each member on the roster, now and then one skipped; the
   * secretary is the leader or, now and then, the counterpart.
   */
  private static void addTalks(SplittableRandom random, BranchCommittee committee, List<PartyMember> roster,
      LocalDate from, LocalDate to, List<ActivityEvent> events) {
    if (committee.getSecretary().isEmpty() || random.nextInt(8) == 0) {
      return;
    }
    String secretary = committee.getSecretary().get();
    Set<String> team = new LinkedHashSet<>(committee.getMembers());
    committee.getDisciplineInspector().ifPresent(team::add);
    team.remove(secretary);
    Set<String> members = new LinkedHashSet<>();
    roster.forEach(m -> members.add(m.getName()));
    members.remove(secretary);
    int skip = random.nextBoolean() ? 0 : 3 + random.nextInt(20);
    int teamMonths = random.nextInt(3) == 0 ? 12 : 6;
    int memberMonths = random.nextInt(3) == 0 ? 6 : 12;
    talks(random, secretary, team, teamMonths, skip, from, to, events);
    talks(random, secretary, members, memberMonths, skip, from, to, events);
  }

  private static void talks(SplittableRandom random, String secretary, Set<String> people, int months, int skip,
      LocalDate from, LocalDate to, List<ActivityEvent> events) {
    for (LocalDate start = periodStart(from, months); !start.isAfter(to); start = start.plusMonths(months)) {
      LocalDate first = start.isBefore(from) ? from : start;
      LocalDate end = start.plusMonths(months).minusDays(1);
      LocalDate last = end.isAfter(to) ? to : end;
      for (String person : people) {
        if (skip > 0 && random.nextInt(skip) == 0) {
          continue;
        }
        LocalDate day = day(random, first, last);
        events.add(random.nextInt(10) == 0 ? ActivityEvent.talk(day, person, secretary)
            : ActivityEvent.talk(day, secretary, person));
      }
    }
  }

  // --- helpers ---

  /** The first day of the calendar period of {@code months} months that contains {@code day}. */
  private static LocalDate periodStart(LocalDate day, int months) {
    int month = (day.getMonthValue() - 1) / months * months + 1;
    return LocalDate.of(day.getYear(), month, 1);
  }

  private static LocalDate day(SplittableRandom random, LocalDate first, LocalDate last) {
    long from = first.toEpochDay();
    long span = last.toEpochDay() - from;
    return span <= 0 ? first : LocalDate.ofEpochDay(from + random.nextLong(span + 1));
  }

  /**
   * {@code count} different names (at most {@value #NAME_POOL}): the pool of two-character names
   * walked from a random place with a random stride prime to its size.
   */
  static List<String> names(SplittableRandom random, int count) {
    int start = random.nextInt(NAMES.size());
    int stride = STRIDES[random.nextInt(STRIDES.length)];
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < Math.min(count, NAMES.size()); i++) {
      names.add(NAMES.get((start + i * stride) % NAMES.size()));
    }
    return names;
  }

  private static List<String> namePool() {
    List<String> pool = new ArrayList<>(NAME_POOL);
    for (int i = 0; i < SURNAMES.length(); i++) {
      for (int j = 0; j < GIVEN_NAMES.length(); j++) {
        pool.add(new StringBuilder().append(SURNAMES.charAt(i)).append(GIVEN_NAMES.charAt(j)).toString());
      }
    }
    return List.copyOf(pool);
  }

  private static <T> List<T> shuffled(SplittableRandom random, List<T> values) {
    List<T> copy = new ArrayList<>(values);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }

  /**
   * A whole number in {@code [min, max]}, half the time a threshold or its neighbour, a quarter of
   * the time a small one: {@link Gens#ints}' distribution without the shrinking.
   */
  static int biased(SplittableRandom random, int min, int max, int... thresholds) {
    if (thresholds.length > 0 && random.nextBoolean()) {
      // a threshold or a neighbour, of those in range; each value once however many thresholds name it
      int[] nearby = new int[3 * thresholds.length];
      int n = 0;
      for (int t : thresholds) {
        for (int v = t - 1; v <= t + 1; v++) {
          if (v >= min && v <= max && !contains(nearby, n, v)) {
            nearby[n++] = v;
          }
        }
      }
      if (n > 0) {
        Arrays.sort(nearby, 0, n);
        return nearby[random.nextInt(n)];
      }
    }
    if (random.nextInt(4) == 0) {
      return Math.min(max, min + random.nextInt(10));
    }
    return min + random.nextInt(max - min + 1);
  }

  private static boolean contains(int[] values, int n, int value) {
    for (int i = 0; i < n; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

}
