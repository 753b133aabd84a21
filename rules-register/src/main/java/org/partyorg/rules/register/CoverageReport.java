package org.partyorg.rules.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collector;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Evaluator;

/**
 * A register (台账) measured against every register-level target of every policy set of an
 * evaluator, at an as-of date: for each target the base after the document's exclusions, the
 * covered, the undecided, the rate against the target, met / not met / undecided and the
 * shortfall, in total, by division and by category; the organisations not covered with what they
 * owe; the obligations overdue by month of their deadline; the records rejected, with reasons.
 *
 * <pre>{@code
 * CoverageReport report = CoverageReport.of(Evaluator.discover(), LocalDate.of(2016, 12, 1))
 *     .baseline("liaoning-2016", "jointOrganisationGrowth", 120)  // joint organisations before the campaign
 *     .onUncovered(uncovered -> ledger.write(uncovered))             // every one, not only the kept ones
 *     .over(register.stream());                                      // sequential or parallel
 * System.out.println(report.summary(Locale.CHINESE));
 * }</pre>
 *
 * <p><b>Streaming.</b> Records are assessed one by one through {@link Evaluator#assessAll} and
 * folded into counters; the report keeps no record except the first {@link Request#keepAtMost}
 * organisations not covered per target and the first as many rejected records (100 unless told),
 * with the full counts. To see every one, give a sink ({@link Request#onUncovered},
 * {@link Request#onRejected}): it is called once per such record, from the stream's threads,
 * in no particular order for a parallel stream, so it must be thread-safe. Memory is bounded by
 * the number of targets × divisions, not by the register.
 *
 * <p><b>Accounting.</b> {@code read() == assessed() + excluded() + rejected()}: assessed records
 * fall under at least one policy set, excluded ones under none on the date, rejected ones are
 * invalid (their reasons in {@link #rejectedRecords()}). An organisation under two sets (a Wuhan
 * accounting firm under the Wuhan plan and the Hubei CPA plan) counts in each set's targets.
 *
 * <p><b>Parallel.</b> A parallel stream gives a report equal to the sequential one: counts are
 * sums, and the kept lists are the first ones in register order.
 *
 * <p>A report is immutable and safe to share between threads; a {@link Request} too.
 */
public final class CoverageReport {
  private static final Messages TEXTS = Messages.load(CoverageReport.class, "coverage-report");
  private static final int DEFAULT_KEEP = 100;

  private final LocalDate asOf;
  private final long read;
  private final long assessed;
  private final long excluded;
  private final long rejected;
  private final long rejectedOnRead;
  private final List<AssessmentResult> rejectedRecords;
  private final List<TargetCoverage> targets;
  private final Map<String, SortedMap<YearMonth, Long>> overdueByMonth;

  private CoverageReport(Tally tally) {
    Request request = tally.request;
    this.asOf = request.asOf;
    this.read = tally.read;
    this.assessed = tally.assessed;
    this.excluded = tally.excluded;
    this.rejected = tally.rejected;
    this.rejectedOnRead = 0;
    this.rejectedRecords = List.copyOf(tally.rejectedSample);
    List<TargetCoverage> coverages = new ArrayList<>();
    for (int i = 0; i < request.targets.size(); i++) {
      Entry entry = request.targets.get(i);
      Long baseline = request.baselines.get(entry.policySetId + "/" + entry.target.getKey());
      coverages.add(new TargetCoverage(entry, tally.targets[i],
          baseline == null ? OptionalLong.empty() : OptionalLong.of(baseline)));
    }
    this.targets = List.copyOf(coverages);
    Map<String, SortedMap<YearMonth, Long>> overdue = new TreeMap<>();
    tally.overdueByMonth.forEach((set, months) -> overdue.put(set, Collections.unmodifiableSortedMap(new TreeMap<>(months))));
    this.overdueByMonth = Collections.unmodifiableMap(overdue);
  }

  private CoverageReport(CoverageReport report, long rejectedOnRead) {
    this.asOf = report.asOf;
    this.read = report.read + rejectedOnRead;
    this.assessed = report.assessed;
    this.excluded = report.excluded;
    this.rejected = report.rejected + rejectedOnRead;
    this.rejectedOnRead = report.rejectedOnRead + rejectedOnRead;
    this.rejectedRecords = report.rejectedRecords;
    this.targets = report.targets;
    this.overdueByMonth = report.overdueByMonth;
  }

  /**
   * This report with {@code rows} more records read and rejected before they reached the
   * evaluator: the rows of a register file that could not be read into organisations (rules-io
   * reports them with file, line and column). The identity {@code read() == assessed() +
   * excluded() + rejected()} then holds for every row of the file; {@link #rejectedOnRead()}
   * tells them apart. Targets and kept records are unchanged.
   *
   * @throws IllegalArgumentException if {@code rows} is negative
   */
  public CoverageReport withRejectedOnRead(long rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("rejected on reading is " + rows + ", below 0");
    }
    return rows == 0 ? this : new CoverageReport(this, rows);
  }

  /** Of {@link #rejected()}, the records rejected on reading, before the evaluator ({@link #withRejectedOnRead}); 0 unless given. */
  public long rejectedOnRead() {
    return rejectedOnRead;
  }

  /**
   * A request for reports over the targets of every set of {@code evaluator} with targets, at
   * {@code asOf}; configure it, then call {@link Request#over}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Request of(Evaluator evaluator, LocalDate asOf) {
    return new Request(Objects.requireNonNull(evaluator, "evaluator"), Objects.requireNonNull(asOf, "asOf"),
        Map.of(), DEFAULT_KEEP, Request.NO_SINK, Request.NO_REJECTED_SINK);
  }

  /** The as-of date: memberships, coverage and deadlines are judged on it. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Records read from the stream, null ones included. */
  public long read() {
    return read;
  }

  /** Valid records under at least one policy set on the as-of date. */
  public long assessed() {
    return assessed;
  }

  /** Valid records under no policy set on the as-of date (another province, a set not yet in force). */
  public long excluded() {
    return excluded;
  }

  /**
   * Records rejected as invalid (null, breaking the model's constraints, or a rule failed on
   * them), and those rejected on reading ({@link #rejectedOnRead()}).
   */
  public long rejected() {
    return rejected;
  }

  /** The first rejected records in register order, with their reasons ({@link AssessmentResult#getRejections()}). */
  public List<AssessmentResult> rejectedRecords() {
    return rejectedRecords;
  }

  /** Every target of every set of the evaluator, by set id, then in the set's order. */
  public List<TargetCoverage> targets() {
    return targets;
  }

  /**
   * The target with this set id and key.
   *
   * @throws IllegalArgumentException naming the set, the key and the targets there are, if none
   */
  public TargetCoverage target(String policySetId, String key) {
    for (TargetCoverage coverage : targets) {
      if (coverage.policySetId().equals(policySetId) && coverage.target().getKey().equals(key)) {
        return coverage;
      }
    }
    throw new IllegalArgumentException("no target " + policySetId + "/" + key + "; the report has "
        + targets.stream().map(t -> t.policySetId() + "/" + t.target().getKey()).toList());
  }

  /**
   * The findings overdue on the as-of date (violated, deadline passed), by set id and by the month
   * of their deadline; a finding counts once, an organisation with two overdue findings twice.
   */
  public Map<String, SortedMap<YearMonth, Long>> overdueByMonth() {
    return overdueByMonth;
  }

  /**
   * The report as a clerk reads it, in Chinese for a {@code zh} locale and in English otherwise:
   * the records read, then each target's description and figures, then the overdue obligations
   * by month. Independent of the default locale and time zone.
   */
  public String summary(Locale locale) {
    boolean chinese = "zh".equals(locale.getLanguage());
    Locale language = chinese ? Locale.CHINESE : Locale.ENGLISH;
    StringBuilder out = new StringBuilder();
    Map<String, Object> values = new HashMap<>();
    values.put("asOf", asOf);
    values.put("read", read);
    values.put("assessed", assessed);
    values.put("excluded", excluded);
    values.put("rejected", rejected);
    out.append(TEXTS.template("report.header").format(language, values)).append('\n');
    for (TargetCoverage coverage : targets) {
      Target target = coverage.target();
      out.append('\n').append(chinese ? target.getDescriptionZh() : target.getDescriptionEn()).append('\n');
      values.clear();
      Figures total = coverage.total();
      if (coverage.growth().isPresent()) {
        JointGrowth growth = coverage.growth().get();
        values.put("joint", growth.count().stripTrailingZeros().toPlainString());
        values.put("undecided", growth.undecided());
        if (growth.baseline().isPresent()) {
          values.put("baseline", growth.baseline().getAsLong());
          values.put("required", growth.required().orElseThrow().stripTrailingZeros().toPlainString());
          values.put("verdict", growth.verdict().ordinal());
          values.put("shortfall", growth.shortfall().getAsLong());
        }
        String key = growth.baseline().isPresent() ? "report.growth" : "report.growth.no-baseline";
        out.append(TEXTS.template(key).format(language, values)).append('\n');
        continue;
      }
      values.put("base", total.base());
      values.put("covered", total.covered());
      values.put("rate", total.rateShown().map(r -> r.toPlainString() + "%").orElse(null));
      values.put("target", percent(target.getRate().orElseThrow()));
      values.put("verdict", coverage.verdict().ordinal());
      values.put("shortfall", total.shortfall().orElseThrow());
      values.put("undecided", total.undecided());
      values.put("excluded", total.excluded());
      out.append(TEXTS.template("report.rate").format(language, values)).append('\n');
      if (coverage.uncoveredCount() > 0) {
        values.clear();
        values.put("uncovered", coverage.uncoveredCount());
        values.put("listed", (long) coverage.uncovered().size());
        out.append(TEXTS.template("report.uncovered").format(language, values)).append('\n');
      }
    }
    SortedMap<YearMonth, Long> overdue = new TreeMap<>();
    overdueByMonth.values().forEach(months -> months.forEach((m, c) -> overdue.merge(m, c, Long::sum)));
    if (!overdue.isEmpty()) {
      out.append('\n');
    }
    overdue.forEach((m, count) -> {
      values.clear();
      values.put("month", m);
      values.put("count", count);
      out.append(TEXTS.template("report.overdue").format(language, values)).append('\n');
    });
    return out.toString();
  }

  private static String percent(BigDecimal rate) {
    return rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "%";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CoverageReport that && asOf.equals(that.asOf) && read == that.read && assessed == that.assessed
        && excluded == that.excluded && rejected == that.rejected && rejectedOnRead == that.rejectedOnRead
        && rejectedRecords.equals(that.rejectedRecords) && targets.equals(that.targets)
        && overdueByMonth.equals(that.overdueByMonth);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, read, assessed, excluded, rejected, targets);
  }

  /** The English summary, for logs. */
  @Override
  public String toString() {
    return summary(Locale.ENGLISH);
  }

  /** One target of one set, as a report lists it. */
  static final class Entry {
    final String policySetId;
    final Target target;

    Entry(String policySetId, Target target) {
      this.policySetId = policySetId;
      this.target = target;
    }
  }

  /**
   * What a report is to measure: the evaluator, the date, the baselines of growth targets, how
   * many records to keep and where to send every one. Immutable: each method returns a new
   * request. Safe to share between threads (if the sinks are).
   */
  public static final class Request {
    static final Consumer<Uncovered> NO_SINK = u -> {};
    static final Consumer<AssessmentResult> NO_REJECTED_SINK = r -> {};

    final Evaluator evaluator;
    final LocalDate asOf;
    final Map<String, Long> baselines;
    final int keep;
    final Consumer<Uncovered> uncoveredSink;
    final Consumer<AssessmentResult> rejectedSink;
    final List<Entry> targets;
    private final Map<String, int[]> targetsBySet;

    Request(Evaluator evaluator, LocalDate asOf, Map<String, Long> baselines, int keep,
        Consumer<Uncovered> uncoveredSink, Consumer<AssessmentResult> rejectedSink) {
      this.evaluator = evaluator;
      this.asOf = asOf;
      this.baselines = baselines;
      this.keep = keep;
      this.uncoveredSink = uncoveredSink;
      this.rejectedSink = rejectedSink;
      List<Entry> entries = new ArrayList<>();
      Map<String, int[]> bySet = new LinkedHashMap<>();
      for (PolicySet set : evaluator.policySets()) {
        List<Target> setTargets = set.targets();
        int[] indices = new int[setTargets.size()];
        for (int i = 0; i < setTargets.size(); i++) {
          indices[i] = entries.size();
          entries.add(new Entry(set.id(), setTargets.get(i)));
        }
        bySet.put(set.id(), indices);
      }
      this.targets = List.copyOf(entries);
      this.targetsBySet = Map.copyOf(bySet);
    }

    int[] targetsOf(String policySetId) {
      int[] indices = targetsBySet.get(policySetId);
      return indices == null ? new int[0] : indices;
    }

    /**
     * The count before the campaign for a growth target (Liaoning's joint organisations before the
     * hundred-day campaign), in organisations; without it that target is undecided.
     *
     * @throws IllegalArgumentException if the evaluator has no such target, it is not a growth
     *     target, or the count is negative (the message names the targets there are)
     */
    public Request baseline(String policySetId, String targetKey, long count) {
      Objects.requireNonNull(policySetId, "policySetId");
      Objects.requireNonNull(targetKey, "targetKey");
      Optional<Entry> entry = targets.stream()
          .filter(e -> e.policySetId.equals(policySetId) && e.target.getKey().equals(targetKey)).findFirst();
      if (entry.isEmpty() || entry.get().target.getGrowthFactor().isEmpty()) {
        throw new IllegalArgumentException("baseline for " + policySetId + "/" + targetKey
            + ": no growth target of that set and key; growth targets: " + targets.stream()
                .filter(e -> e.target.getGrowthFactor().isPresent()).map(e -> e.policySetId + "/" + e.target.getKey()).toList());
      }
      if (count < 0) {
        throw new IllegalArgumentException("baseline for " + policySetId + "/" + targetKey + " is " + count + ", below 0");
      }
      Map<String, Long> copy = new HashMap<>(baselines);
      copy.put(policySetId + "/" + targetKey, count);
      return new Request(evaluator, asOf, Map.copyOf(copy), keep, uncoveredSink, rejectedSink);
    }

    /**
     * How many organisations not covered (per target) and rejected records to keep in the
     * report, the first ones in register order; 100 unless told. The counts are always complete.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Request keepAtMost(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("keepAtMost is " + count + ", below 0");
      }
      return new Request(evaluator, asOf, baselines, count, uncoveredSink, rejectedSink);
    }

    /**
     * A sink for every organisation of a rate target's base known not to be covered, one call per
     * organisation and target; called from the stream's threads, so thread-safe for a parallel
     * stream. Replaces any sink given before.
     */
    public Request onUncovered(Consumer<Uncovered> sink) {
      return new Request(evaluator, asOf, baselines, keep, Objects.requireNonNull(sink, "sink"), rejectedSink);
    }

    /** A sink for every rejected record, as {@link #onUncovered}. */
    public Request onRejected(Consumer<AssessmentResult> sink) {
      return new Request(evaluator, asOf, baselines, keep, uncoveredSink, Objects.requireNonNull(sink, "sink"));
    }

    /**
     * Streams the register through the evaluator into a report; a parallel stream uses every core
     * and gives the same report. Consumes the stream.
     *
     * @throws NullPointerException if {@code register} is null (a null element is a rejected record)
     * @throws IllegalArgumentException if the as-of date lies outside 1921-07-01 to 2100-12-31
     */
    public CoverageReport over(Stream<? extends Organisation> register) {
      return evaluator.assessAll(Objects.requireNonNull(register, "register"), asOf).collect(collector());
    }

    /** {@link #over(Stream)} over an iterable, read once, sequentially. */
    public CoverageReport over(Iterable<? extends Organisation> register) {
      return over(StreamSupport.stream(Objects.requireNonNull(register, "register").spliterator(), false));
    }

    /**
     * The collector behind {@link #over(Stream)}, for results the caller assessed itself with
     * this request's evaluator and as-of date (to share one pass with other collectors). It
     * keeps encounter order when combining, so an ordered parallel stream gives the sequential
     * report.
     */
    public Collector<AssessmentResult, ?, CoverageReport> collector() {
      return Collector.of(() -> new Tally(this), Tally::accept, Tally::combine, CoverageReport::new);
    }
  }
}
