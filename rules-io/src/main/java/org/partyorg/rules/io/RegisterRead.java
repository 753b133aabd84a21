package org.partyorg.rules.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Violation;
import org.partyorg.rules.register.CoverageReport;

/**
 * One register being read: its organisations as a lazy stream, the summary of what was read,
 * and the rows behind the evaluator's rejections. From {@link RegisterReader#read}.
 *
 * <p>Reading is streamed: memory does not grow with the register (beyond the first problems kept
 * and one entry per rejected row or multi-line record to find rows again). Not thread-safe,
 * except that the stream may be consumed by a parallel pipeline and {@link #problemsOf} called
 * from its threads. Close it (or the stream) when done; closing closes the source.
 */
public final class RegisterRead implements Closeable {
  private final RowSource source;
  private final RowMapper mapper;
  private final boolean warnMemberCount;
  private final int keep;
  private final Consumer<RowProblem> sink;
  private final List<RowProblem> kept = new ArrayList<>();
  // index of an accepted row -> (row number - index), recorded where the difference changes
  private final ConcurrentSkipListMap<Long, Long> offsets = new ConcurrentSkipListMap<>();
  private long lastOffset = Long.MIN_VALUE;
  private long rows;
  private long accepted;
  private long rejected;
  private long problemCount;
  private boolean streamed;
  private boolean done;
  private Optional<String> sheet = Optional.empty();

  RegisterRead(RowSource source, RowMapper mapper, boolean warnMemberCount, int keep, Consumer<RowProblem> sink) {
    this.source = source;
    this.mapper = mapper;
    this.warnMemberCount = warnMemberCount;
    this.keep = keep;
    this.sink = sink;
  }

  /** The file (and sheet) read. */
  public String name() {
    return source.name();
  }

  /**
   * The organisations of the accepted rows, in file order, read as the stream is consumed; the
   * i-th element (0-based, as {@link AssessmentResult#getIndex()} numbers it) is found again by
   * {@link #rowOf}. Rejected rows are left out and counted in {@link #summary()}. Call once.
   * A file that breaks off (bytes invalid in its encoding, a quote never closed) ends the stream
   * with an {@link UncheckedIOException} whose cause is a {@link RegisterFormatException}.
   *
   * @throws IllegalStateException if called twice
   */
  public Stream<Organisation> organisations() {
    if (streamed) {
      throw new IllegalStateException("the organisations of " + source.name() + " were already streamed");
    }
    streamed = true;
    Spliterator<Organisation> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super Organisation> action) {
        Organisation next = next();
        if (next == null) {
          return false;
        }
        action.accept(next);
        return true;
      }
    };
    return StreamSupport.stream(rows, false).onClose(() -> {
      try {
        close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private synchronized Organisation next() {
    if (done) {
      return null;
    }
    try {
      while (true) {
        Optional<RowSource.Row> row = source.next();
        if (row.isEmpty()) {
          done = true;
          return null;
        }
        if (isBlank(row.get())) {
          continue;
        }
        rows++;
        sheet = row.get().sheet();
        Object mapped = mapper.map(row.get());
        if (mapped instanceof Organisation organisation) {
          long index = accepted++;
          long offset = row.get().number() - index;
          if (offset != lastOffset) {
            offsets.put(index, offset);
            lastOffset = offset;
          }
          return organisation;
        }
        rejected++;
        @SuppressWarnings("unchecked")
        List<RowProblem> problems = (List<RowProblem>) mapped;
        problems.forEach(this::report);
      }
    } catch (IOException e) {
      done = true;
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isBlank(RowSource.Row row) {
    for (String cell : row.cells()) {
      if (cell != null && !cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private void report(RowProblem problem) {
    problemCount++;
    if (kept.size() < keep) {
      kept.add(problem);
    }
    sink.accept(problem);
  }

  /**
   * The line (CSV) or row (Excel) of the {@code index}-th organisation of {@link #organisations()}.
   *
   * @throws IllegalArgumentException if no organisation with that index has been read yet
   */
  public long rowOf(long index) {
    Map.Entry<Long, Long> entry = offsets.floorEntry(index);
    if (entry == null || index < 0 || index >= accepted()) {
      throw new IllegalArgumentException("no organisation " + index + " read from " + source.name() + " yet");
    }
    return index + entry.getValue();
  }

  private synchronized long accepted() {
    return accepted;
  }

  /**
   * The problems of an evaluator's rejection of one of this read's organisations, located like a
   * reading problem: file, line, the column its field was read from, the value and the reason in
   * both languages. Empty for an assessed result. Thread-safe.
   *
   * @throws IllegalArgumentException if the result's index is not one of this read's organisations
   */
  public List<RowProblem> problemsOf(AssessmentResult result) {
    if (result.isAssessed()) {
      return List.of();
    }
    long row = rowOf(result.getIndex());
    Optional<String> sheet = sheet();
    List<RowProblem> out = new ArrayList<>();
    for (Violation violation : result.getRejections()) {
      Optional<String> column = columnOf(violation.getField()).map(mapper::headerOf);
      String zh = violation.getMessageZh();
      String en = violation.getMessageEn();
      out.add(new RowProblem(source.name(), sheet, row, column, violation.getValue(),
          zh.endsWith("。") ? zh : zh + "。", en.endsWith(".") ? en : en + "."));
    }
    if (out.isEmpty()) {
      String message = result.getFailure().map(Throwable::getMessage).orElse("");
      out.add(new RowProblem(source.name(), sheet, row, Optional.empty(), Optional.empty(),
          "评估时出错：" + Texts.quote(message) + "。", "the assessment failed: " + Texts.quote(message) + "."));
    }
    return out;
  }

  private synchronized Optional<String> sheet() {
    return sheet;
  }

  /** The column a property path of the model was read from. */
  static Optional<Column> columnOf(String field) {
    String path = field.replaceAll("\\[\\d+]", "");
    return Optional.ofNullable(switch (path) {
      case "creditCode" -> Column.CREDIT_CODE;
      case "name" -> Column.NAME;
      case "category" -> Column.CATEGORY;
      case "divisionCode" -> Column.DIVISION_CODE;
      case "registrationLevel" -> Column.REGISTRATION_LEVEL;
      case "industry" -> Column.INDUSTRY;
      case "park", "park.name" -> Column.PARK;
      case "park.level" -> Column.PARK_LEVEL;
      case "building" -> Column.BUILDING;
      case "street" -> Column.STREET;
      case "headCount" -> Column.HEAD_COUNT;
      case "fullTimeStaff" -> Column.FULL_TIME_STAFF;
      case "formalMembers" -> Column.FORMAL_MEMBERS;
      case "probationaryMembers" -> Column.PROBATIONARY_MEMBERS;
      case "partyOrganisation", "partyOrganisation.form" -> Column.PARTY_ORGANISATION_FORM;
      case "partyOrganisation.level" -> Column.PARTY_ORGANISATION_LEVEL;
      case "partyOrganisation.foundingDate" -> Column.FOUNDED;
      case "partyOrganisation.coveredOrganisationCount" -> Column.COVERED_ORGANISATIONS;
      case "workCoverage.instructorAssigned" -> Column.INSTRUCTOR;
      case "workCoverage.massOrganisations" -> Column.MASS_ORGANISATIONS;
      default -> null;
    });
  }

  /**
   * The summary of the rows read so far (all of them once {@link #organisations()} is consumed):
   * rows = accepted + rejected, the first problems, and the warnings — the unknown columns
   * ignored, and, when a 党员数 column was read without saying what it counts, that it was read
   * conservatively ({@link MemberCount}).
   */
  public synchronized ReadSummary summary() {
    List<ReadSummary.Warning> warnings = new ArrayList<>();
    if (warnMemberCount) {
      String header = mapper.headerOf(Column.MEMBERS);
      warnings.add(new ReadSummary.Warning(
          "“" + header + "”列未说明是否含预备党员：党员数为0的读作正式党员0名、预备党员0名，其余的正式党员数和预备党员数按不详处理"
              + "（另有正式党员数、预备党员数列的除外）。如已知其含义，请指定“仅正式党员”或“含预备党员”（--member-count）。",
          "Column " + header + " does not say whether probationary members are in it: a count of 0 reads as no formal and no "
              + "probationary members, any other leaves both unknown (unless columns of formal or probationary members give "
              + "them). If you know what it counts, say so (formal only, or formal and probationary: --member-count)."));
    }
    if (!mapper.unknownHeaders.isEmpty()) {
      String list = String.join("、", mapper.unknownHeaders);
      warnings.add(new ReadSummary.Warning("以下列不是已知的列，未读取：" + list + "。",
          "These columns are not known and were not read: " + String.join(", ", mapper.unknownHeaders) + "."));
    }
    return new ReadSummary(source.name(), rows, accepted, rejected, problemCount, kept, warnings);
  }

  /**
   * The report with this read's rejected rows added ({@link CoverageReport#withRejectedOnRead}),
   * so that it accounts for every row of the file: rows = assessed + excluded + rejected on
   * reading + rejected by the evaluator. Call once, after the stream is consumed.
   */
  public CoverageReport accountFor(CoverageReport report) {
    return report.withRejectedOnRead(summary().rejected());
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
