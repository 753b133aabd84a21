package org.partyorg.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After packaging: {@code target/partyorg-rules.jar} runs with {@code java -jar} in a process of
 * its own, finds all five bundled policy sets (the shade plugin merged every region's service
 * file), and reports on the bundled sample register.
 */
class ToolJarIT {
  private static final Path JAR = Path.of(System.getProperty("partyorg.toolJar", "target/partyorg-rules.jar"));
  private static final Path SAMPLE = Path.of(System.getProperty("partyorg.sample",
      "src/main/resources/org/partyorg/rules/cli/sample-register.csv"));

  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {}

  private Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.language=en", "-Dfile.encoding=ISO-8859-1", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished");
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarFindsAllFiveSets() throws Exception {
    Result rules = java("rules");
    assertEquals(0, rules.exitCode(), rules.err());
    for (String set : List.of("wuhan-2016", "hubei-cpa-2016", "hubei-science-societies-2016", "liaoning-2016", "hunan-benchmark-2020")) {
      assertTrue(rules.out().contains("\n## " + set + "\n"), set + " found in the shaded jar");
    }
  }

  @Test
  void theJarReportsOnTheBundledSample() throws Exception {
    Result report = java("report", SAMPLE.toAbsolutePath().toString(), "--as-of", "2017-01-01", "-o", "report.html");
    assertEquals(0, report.exitCode(), report.err());
    // UTF-8 on stdout whatever the platform's default encoding
    assertTrue(report.out().startsWith("截至2017年1月1日，台账共读取记录3000条"), report.out());
    assertTrue(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8).contains("<svg"));
    assertTrue(Files.exists(dir.resolve("report.json")));
    assertTrue(!report.err().contains("HV000001"), "no validator banner: " + report.err());
  }

  @Test
  void theJarExitsWith2OnAUsageError() throws Exception {
    Result result = java("report");
    assertEquals(2, result.exitCode(), result.err());
    assertTrue(result.err().contains("缺少必需的选项或参数：“REGISTER”。\nMissing a required option or argument: “REGISTER”."),
        result.err());
  }
}
