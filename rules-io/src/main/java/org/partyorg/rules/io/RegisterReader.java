package org.partyorg.rules.io;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.partyorg.rules.api.model.OrganisationCategory;

/**
 * Reads registers (台账) from any {@link RowSource} into organisations, the way organisation
 * departments keep them: the columns of {@link Column} under their Chinese names or aliases, an
 * empty cell an unknown fact, every bad row reported with where and why and the rest read on.
 *
 * <pre>{@code
 * RegisterReader reader = RegisterReader.builder().memberCount(MemberCount.FORMAL_AND_PROBATIONARY).build();
 * try (RegisterRead read = reader.read(CsvRowSource.open(path, StandardCharsets.UTF_8))) {
 *   CoverageReport report = CoverageReport.of(evaluator, asOf)
 *       .onRejected(result -> read.problemsOf(result).forEach(log::warn))
 *       .over(read.organisations());
 *   report = read.accountFor(report);                // read = assessed + excluded + rejected, for every row
 *   System.out.println(read.summary().text(Locale.CHINESE));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; one reader serves any number of files.
 */
public final class RegisterReader {
  private final Optional<MemberCount> memberCount;
  private final Optional<OrganisationCategory> defaultCategory;
  private final int keep;
  private final Consumer<RowProblem> sink;

  private RegisterReader(Builder b) {
    this.memberCount = b.memberCount;
    this.defaultCategory = b.defaultCategory;
    this.keep = b.keep;
    this.sink = b.sink;
  }

  /** A reader with the defaults: member count's meaning not given (warned, read conservatively), category required, 100 problems kept. */
  public static RegisterReader create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts reading {@code source}: reads and checks its header now, the rows as
   * {@link RegisterRead#organisations()} is consumed. The read owns the source and closes it.
   *
   * @throws RegisterFormatException if the header lacks a required column or names one twice,
   *     or the file cannot be decoded; the source is closed then
   * @throws IOException if the source cannot be read
   */
  public RegisterRead read(RowSource source) throws IOException {
    Objects.requireNonNull(source, "source");
    try {
      RowMapper mapper = new RowMapper(source.name(), source.header(), memberCount, defaultCategory);
      return new RegisterRead(source, mapper, memberCount.isEmpty() && mapper.has(Column.MEMBERS), keep, sink);
    } catch (IOException | RuntimeException e) {
      try {
        source.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Options of a reader. Not thread-safe; build once. */
  public static final class Builder {
    private Optional<MemberCount> memberCount = Optional.empty();
    private Optional<OrganisationCategory> defaultCategory = Optional.empty();
    private int keep = 100;
    private Consumer<RowProblem> sink = p -> {};

    private Builder() {}

    /** What the one member count 党员数 means ({@link MemberCount}); without it, a warning and the conservative reading. */
    public Builder memberCount(MemberCount meaning) {
      this.memberCount = Optional.of(Objects.requireNonNull(meaning, "meaning"));
      return this;
    }

    /** The category of every row for a register without a 单位类别 column (or with the cell empty). */
    public Builder defaultCategory(OrganisationCategory category) {
      this.defaultCategory = Optional.of(Objects.requireNonNull(category, "category"));
      return this;
    }

    /**
     * How many problems the summary lists, the first in file order; 100 unless told. The counts are always complete.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder keepAtMost(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("keepAtMost is " + count + ", below 0");
      }
      this.keep = count;
      return this;
    }

    /** Where every problem goes as it is found, in file order, on the reading thread. */
    public Builder onProblem(Consumer<RowProblem> sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    public RegisterReader build() {
      return new RegisterReader(this);
    }
  }
}
