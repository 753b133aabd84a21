package org.partyorg.rules.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Evaluator;

/**
 * A what-if reform measured over a register: the same register streamed once through two
 * evaluators (the sets as their documents have them, and a variant from {@link
 * org.partyorg.rules.api.PolicySet#withOverrides}), giving both coverage reports, how each
 * target's coverage moves, and the organisations whose obligations change.
 *
 * <pre>{@code
 * Evaluator today = Evaluator.discover();
 * Evaluator at80 = today.withOverrides("wuhan-2016", Map.of("organisationStaffThreshold", 80));
 * WhatIfDiff diff = WhatIfDiff.of(today, at80, LocalDate.of(2017, 1, 1)).over(register);
 * diff.changedOrganisations();            // firms of 80 to 99 staff without a party organisation, ...
 * diff.target("wuhan-2016", "enterprisesWithOrganisation").covered();   // before and after
 * }</pre>
 *
 * <p>Memory does not grow with the register: the reports keep what {@link CoverageReport} keeps,
 * and of the changes the first {@code keepAtMost} organisations in register order; every change
 * goes to the {@linkplain Request#onChange sink} as well. A parallel stream gives the same diff
 * as a sequential one. Immutable and safe to share.
 */
public final class WhatIfDiff {
  /** How one target moves: its coverage in the first and in the second report. */
  public record TargetMove(String policySetId, String key, TargetCoverage before, TargetCoverage after) {
    /** The base (organisations) before and after: a threshold that moves a band moves the base. */
    public long baseChange() {
      return after.total().base() - before.total().base();
    }

    /** The covered count (organisations) after less before. */
    public long coveredChange() {
      return after.total().covered() - before.total().covered();
    }

    /** Whether anything of the total figures or the verdict differs. */
    public boolean moved() {
      return !before.total().equals(after.total()) || before.verdict() != after.verdict();
    }
  }

  /** The obligation changes of one organisation, with its position in the register. */
  public record Changed(long index, String creditCode, List<ObligationChange> changes) {
    public Changed {
      changes = List.copyOf(changes);
    }
  }

  private final CoverageReport before;
  private final CoverageReport after;
  private final long changedOrganisations;
  private final long changes;
  private final List<Changed> kept;

  private WhatIfDiff(CoverageReport before, CoverageReport after, Changes changes) {
    this.before = before;
    this.after = after;
    this.changedOrganisations = changes.organisations;
    this.changes = changes.changes;
    this.kept = List.copyOf(changes.kept);
  }

  /**
   * A diff of {@code after} against {@code before} on {@code asOf}. The two evaluators should
   * hold the same sets by id, one or more of them a variant; targets are paired by set id and key.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Request of(Evaluator before, Evaluator after, LocalDate asOf) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return new Request(CoverageReport.of(before, asOf), CoverageReport.of(after, asOf), before, after, asOf, 100, c -> {});
  }

  /** The report with the first evaluator. */
  public CoverageReport before() {
    return before;
  }

  /** The report with the second evaluator. */
  public CoverageReport after() {
    return after;
  }

  /** Every target of the first report with its coverage in the second, in the first's order. */
  public List<TargetMove> targets() {
    List<TargetMove> moves = new ArrayList<>();
    for (TargetCoverage old : before.targets()) {
      String key = old.target().getKey();
      moves.add(new TargetMove(old.policySetId(), key, old, after.target(old.policySetId(), key)));
    }
    return List.copyOf(moves);
  }

  /**
   * The move of one target.
   *
   * @throws IllegalArgumentException if either report has no such target
   */
  public TargetMove target(String policySetId, String key) {
    return new TargetMove(policySetId, key, before.target(policySetId, key), after.target(policySetId, key));
  }

  /** How many organisations have at least one obligation that changes. */
  public long changedOrganisations() {
    return changedOrganisations;
  }

  /** How many findings change, over all organisations. */
  public long changes() {
    return changes;
  }

  /** The first changed organisations in register order, as many as the request keeps. */
  public List<Changed> changed() {
    return kept;
  }

  @Override
  public String toString() {
    return "WhatIfDiff{" + changedOrganisations + " organisations, " + changes + " findings change; targets moved: "
        + targets().stream().filter(TargetMove::moved).map(m -> m.policySetId() + "/" + m.key()).toList() + "}";
  }

  /** What to compare and how much to keep; immutable, each method returns a new request. */
  public static final class Request {
    private final CoverageReport.Request before;
    private final CoverageReport.Request after;
    private final Evaluator beforeEvaluator;
    private final Evaluator afterEvaluator;
    private final LocalDate asOf;
    private final int keep;
    private final Consumer<Changed> sink;

    Request(CoverageReport.Request before, CoverageReport.Request after, Evaluator beforeEvaluator,
        Evaluator afterEvaluator, LocalDate asOf, int keep, Consumer<Changed> sink) {
      this.before = before;
      this.after = after;
      this.beforeEvaluator = beforeEvaluator;
      this.afterEvaluator = afterEvaluator;
      this.asOf = asOf;
      this.keep = keep;
      this.sink = sink;
    }

    /**
     * The count before the campaign for a growth target, given to both reports (see {@link
     * CoverageReport.Request#baseline}).
     */
    public Request baseline(String policySetId, String targetKey, long count) {
      return new Request(before.baseline(policySetId, targetKey, count), after.baseline(policySetId, targetKey, count),
          beforeEvaluator, afterEvaluator, asOf, keep, sink);
    }

    /**
     * How many changed organisations, uncovered organisations per target and rejected records to
     * keep, the first in register order; 100 unless told. Counts are always complete.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Request keepAtMost(int count) {
      return new Request(before.keepAtMost(count), after.keepAtMost(count), beforeEvaluator, afterEvaluator, asOf,
          count, sink);
    }

    /**
     * A sink for every changed organisation; called from the stream's threads, in any order, so
     * thread-safe for a parallel stream.
     */
    public Request onChange(Consumer<Changed> sink) {
      return new Request(before, after, beforeEvaluator, afterEvaluator, asOf, keep, Objects.requireNonNull(sink, "sink"));
    }

    /**
     * Streams the register once through both evaluators. Consumes the stream; a parallel stream
     * uses every core and gives the same diff.
     *
     * @throws NullPointerException if {@code register} is null (a null element is a rejected record)
     * @throws IllegalArgumentException at once if the as-of date lies outside 1921-07-01 to
     *     2100-12-31
     */
    public WhatIfDiff over(Stream<? extends Organisation> register) {
      Objects.requireNonNull(register, "register");
      Collector<Pair, ?, CoverageReport> left = Collectors.mapping(Pair::before, before.collector());
      Collector<Pair, ?, CoverageReport> right = Collectors.mapping(Pair::after, after.collector());
      Collector<Pair, Changes, Changes> changes =
          Collector.of(() -> new Changes(keep, sink), Changes::accept, Changes::combine);
      // assessAll numbers the records and checks the date at once; the variant takes each at its position
      return beforeEvaluator.assessAll(register, asOf)
          .map(result -> new Pair(result,
              afterEvaluator.assessAt(result.getIndex(), result.getOrganisation().orElse(null), asOf)))
          .collect(Collectors.teeing(left, Collectors.teeing(right, changes, Both::new),
              (b, rest) -> new WhatIfDiff(b, rest.report, rest.changes)));
    }
  }

  private record Pair(AssessmentResult before, AssessmentResult after) {}

  private record Both(CoverageReport report, Changes changes) {}

  /**
   * Counts every changed organisation and keeps the first {@code keep} in register order: the
   * collector is ordered, so {@link #combine} gets the part of the stream after this one.
   */
  private static final class Changes {
    private final int keep;
    private final Consumer<Changed> sink;
    long organisations;
    long changes;
    final List<Changed> kept = new ArrayList<>();

    Changes(int keep, Consumer<Changed> sink) {
      this.keep = keep;
      this.sink = sink;
    }

    void accept(Pair pair) {
      if (!pair.before.isAssessed() || !pair.after.isAssessed()) {
        return; // a record one side rejects is in that report's rejected count; it has no obligations to compare
      }
      List<ObligationChange> found =
          ObligationChange.between(pair.before.getAssessment().get(), pair.after.getAssessment().get());
      if (found.isEmpty()) {
        return;
      }
      Changed changed = new Changed(pair.before.getIndex(), pair.before.getAssessment().get().getOrganisation().getCreditCode(), found);
      organisations++;
      changes += found.size();
      sink.accept(changed);
      if (kept.size() < keep) {
        kept.add(changed);
      }
    }

    Changes combine(Changes other) {
      organisations += other.organisations;
      changes += other.changes;
      Tally.keepFirst(kept, other.kept, keep);
      return this;
    }
  }
}
