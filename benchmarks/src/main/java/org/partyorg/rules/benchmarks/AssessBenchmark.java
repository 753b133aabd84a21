package org.partyorg.rules.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.partyorg.rules.api.Assessment;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.benchmarks.drools.DroolsBaseline;
import org.partyorg.rules.benchmarks.drools.EnterpriseFact;
import org.partyorg.rules.core.Evaluator;

/**
 * Records per second of each way of assessing the {@linkplain Workload workload}, on one thread.
 * One operation is one record, every path included ({@code droolsBatch1000} counts its 1,000
 * records per invocation with {@link OperationsPerInvocation}), so JMH's {@code ops/s} is records
 * per second and the GC profiler's {@code gc.alloc.rate.norm} is bytes allocated per record.
 *
 * <p>The register is built once per fork, in {@link Register#generate}, outside the measured
 * code; each benchmark walks it in order, one record after the other, wrapping round at the end.
 * At 1,000,000 records (about 560 MB of live objects) it does not fit in any cache, so every
 * path pays for fetching each record from memory: the hand-written method runs about seven
 * times faster over a register of 1,000 records ({@code -p records=1000}) than over the full one.
 *
 * <ul>
 *   <li>{@code evaluatorAssess}: {@link Evaluator#assess}, which validates each record, picks the
 *       applicable sets and assesses.
 *   <li>{@code setsAssessPrevalidated}: the records were validated once, in {@link Validated};
 *       in the loop the evaluator's {@link Evaluator#applicableSets} picks the sets (that is part
 *       of the library's work, so it is measured) and each one's {@link PolicySet#assess} runs.
 *   <li>{@code handWritten}: {@link HandWritten#assess}, the codes into a reused array.
 *   <li>{@code droolsPerRecord}: a fact made from the record, on a new stateless session.
 *   <li>{@code droolsBatch1000}: 1,000 facts made from the next 1,000 records, executed at once
 *       by one reused stateless session.
 * </ul>
 *
 * <p>The defaults below are the long run; BENCHMARKS.md gives the command and the shorter
 * settings used on a shared two-core machine.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
// a fixed heap, touched at start-up: on this project's virtual machines the first touch of a
// page is slow, and without it the figures drift down by a third over the run as the young
// generation spreads into fresh memory
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AssessBenchmark {
  static final int BATCH = 1_000;

  /** The register: built once per fork, before any measurement. */
  @State(Scope.Benchmark)
  public static class Register {
    /** Records in the register; a multiple of 1,000 (the batch). */
    @Param({"1000000"})
    public int records;

    @Param({"20161201"})
    public long seed;

    Organisation[] register;

    @Setup(Level.Trial)
    public void generate() {
      if (records % BATCH != 0) {
        throw new IllegalArgumentException("records must be a multiple of " + BATCH + ": " + records);
      }
      register = Workload.generate(seed, records);
      // Settle the register in the old generation now, in allocation order (a full collection
      // compacts by sliding), rather than let young collections during the measurement copy its
      // objects piecemeal: without it a path's figure drifts down from one iteration to the next
      // as the records' objects get scattered.
      System.gc();
    }
  }

  /** Where each benchmark is in the register. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    final int[] codes = new int[Codes.MAX_PER_RECORD];

    Organisation next(Register register) {
      Organisation[] records = register.register;
      int i = next;
      next = i + 1 == records.length ? 0 : i + 1;
      return records[i];
    }
  }

  /** The evaluator over every set on the classpath (found as services, as an application would). */
  @State(Scope.Benchmark)
  public static class Library {
    Evaluator evaluator;

    @Setup(Level.Trial)
    public void discover() {
      evaluator = Evaluator.discover();
    }
  }

  /** The register's records validated once, where they enter, as the pre-validated path assumes. */
  @State(Scope.Benchmark)
  public static class Validated {
    @Setup(Level.Trial)
    public void validate(Register register, Library library) {
      for (Organisation record : register.register) {
        library.evaluator.validator().validate(record);
      }
    }
  }

  /** The DRL compiled once into one container. */
  @State(Scope.Benchmark)
  public static class Drools {
    DroolsBaseline baseline;

    @Setup(Level.Trial)
    public void build() {
      baseline = DroolsBaseline.build();
    }
  }

  @Benchmark
  public Assessment evaluatorAssess(Register register, Cursor cursor, Library library) {
    return library.evaluator.assess(cursor.next(register), Workload.AS_OF);
  }

  /**
   * An assessment whose every message is read in both languages, as a report on a register does:
   * the cost of the texts (facts computed, values worded, patterns filled) on top of the rules.
   */
  @Benchmark
  public void evaluatorAssessAndReadMessages(Register register, Cursor cursor, Library library, Blackhole blackhole) {
    Assessment assessment = library.evaluator.assess(cursor.next(register), Workload.AS_OF);
    for (Finding finding : assessment.getFindings()) {
      blackhole.consume(finding.getMessageZh());
      blackhole.consume(finding.getMessageEn());
    }
  }

  @Benchmark
  public void setsAssessPrevalidated(
      Register register, Cursor cursor, Library library, Validated validated, Blackhole blackhole) {
    Organisation record = cursor.next(register);
    for (PolicySet set : library.evaluator.applicableSets(record, Workload.AS_OF)) {
      blackhole.consume(set.assess(record, Workload.AS_OF));
    }
  }

  @Benchmark
  public void handWritten(Register register, Cursor cursor, Blackhole blackhole) {
    int count = HandWritten.assess(cursor.next(register), Workload.AS_OF, cursor.codes);
    blackhole.consume(count);
    blackhole.consume(cursor.codes);
  }

  @Benchmark
  public EnterpriseFact droolsPerRecord(Register register, Cursor cursor, Drools drools) {
    return drools.baseline.assess(cursor.next(register), Workload.AS_OF);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void droolsBatch1000(Register register, Cursor cursor, Drools drools, Blackhole blackhole) {
    List<EnterpriseFact> facts = new ArrayList<>(BATCH);
    for (int k = 0; k < BATCH; k++) {
      facts.add(EnterpriseFact.of(cursor.next(register), Workload.AS_OF));
    }
    drools.baseline.assessBatch(facts);
    blackhole.consume(facts);
  }
}
