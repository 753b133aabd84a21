package org.partyorg.rules.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.core.PolicySetDiscoveryException;
import picocli.CommandLine.Option;

/** Options every command takes, and the helpers they share. */
final class Common {
  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "文字的语言，默认中文 the language of texts: zh (default) or en")
  Lang lang = Lang.zh;

  @Option(names = "--no-progress", description = "不显示进度条 no progress bar (none is shown outside a terminal anyway)")
  boolean noProgress;

  /** Every bundled set, or only those named, in the order named. */
  static Evaluator evaluator(List<String> setIds) {
    Evaluator all;
    try {
      all = Evaluator.discover();
    } catch (PolicySetDiscoveryException e) {
      throw new CliError(ExitCodes.INTERNAL, "找不到政策方案：" + e.getMessage(), "No policy set found: " + e.getMessage());
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
      throw new CliError(ExitCodes.USAGE, "没有这个政策方案：" + quoteAll(unknown) + "；现有方案：" + String.join("、", known) + "。",
          "No such policy set: " + quoteAll(unknown) + "; the sets are " + String.join(", ", known) + ".");
    }
    return Evaluator.of(sets);
  }

  private static String quoteAll(List<String> values) {
    return String.join(", ", values.stream().map(CliError::quote).toList());
  }

  /** Writes a file in UTF-8, creating its directory; an error that names the file. */
  static void write(Path file, String text) {
    try (OutputStream out = open(file)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException e) {
      throw cannotWrite(file, e);
    }
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
    return new CliError(ExitCodes.OUTPUT, "无法写入文件 " + file + "：" + e.getMessage(),
        "Cannot write the file " + file + ": " + e.getMessage(), e);
  }
}
