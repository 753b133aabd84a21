package org.partyorg.rules.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.PolicySetDiscoveryException;
import picocli.CommandLine.Option;

/** Options every command takes, and the helpers they share. */
final class Common {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", descriptionKey = "option.lang")
  Lang lang = Lang.zh;

  @Option(names = "--no-progress", descriptionKey = "option.no-progress")
  boolean noProgress;

  /** The date given with {@code --as-of}, or today in Beijing, where the policies apply (not the machine's zone). */
  static LocalDate asOf(LocalDate given) {
    return given != null ? given : LocalDate.now(BEIJING);
  }

  /** A {@code --list} option's value is 0 or more; a negative one is a usage error. */
  static void checkList(int given) {
    if (given < 0) {
      throw new CliError(ExitCodes.USAGE, CliTexts.both("error.list-negative", "value", given));
    }
  }

  /** Every bundled set, or only those named, in the order named. */
  static Evaluator evaluator(List<String> setIds) {
    Evaluator all;
    try {
      all = Evaluator.discover();
    } catch (PolicySetDiscoveryException e) {
      throw new CliError(ExitCodes.INTERNAL, CliTexts.both("error.no-policy-set").detail(e), e);
    }
    if (setIds == null || setIds.isEmpty()) {
      return all;
    }
    List<PolicySet> sets = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : setIds) {
      try {
        sets.add(all.policySet(id));
      } catch (IllegalArgumentException e) {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      List<String> known = all.policySets().stream().map(PolicySet::id).toList();
      throw new CliError(ExitCodes.USAGE, CliTexts.both("error.unknown-policy-set",
          "unknown", CliTexts.quoted(unknown), "known", CliTexts.quoted(known)));
    }
    return Evaluator.of(sets);
  }

  /** Writes a file in UTF-8, creating its directory; an error that names the file. */
  static void write(Path file, String text) {
    try (OutputStream out = open(file)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException e) {
      throw cannotWrite(file, e);
    }
  }

  /** The file beside {@code file} with the same name and another extension: report.html → report.json. */
  static Path sibling(Path file, String extension) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return file.resolveSibling(stem + extension);
  }

  static OutputStream open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.newOutputStream(file);
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  static CliError cannotWrite(Path file, Exception e) {
    return new CliError(ExitCodes.OUTPUT, CliTexts.withWriteReason("error.cannot-write", e, "file", file), e);
  }
}
