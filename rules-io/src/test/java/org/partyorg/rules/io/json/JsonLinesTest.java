package org.partyorg.rules.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.testkit.OrganisationGen;

class JsonLinesTest {
  private static final JsonFormat JSON = JsonFormat.create();
  private static final String FIRM = OrganisationJsonTest.FIRM + "}";

  @Test
  void everyLineComesBackReadOrRejectedWithItsNumberAndABadOneStopsNothing() {
    String text = "\uFEFF" + FIRM + "\r\n"
        + "\n"
        + "   \n"
        + "{\"name\":5}\n"
        + "not json\n"
        + FIRM + "\n";
    List<JsonLine> lines = JsonLines.read(new StringReader(text), JSON).collect(Collectors.toList());
    assertEquals(List.of(1L, 4L, 5L, 6L), lines.stream().map(JsonLine::line).collect(Collectors.toList()));
    assertEquals(List.of(false, true, true, false), lines.stream().map(JsonLine::isRejected).collect(Collectors.toList()));
    assertEquals(List.of("/creditCode", "/name", "/category", "/divisionCode"),
        lines.get(1).problems().stream().map(JsonProblem::pointer).collect(Collectors.toList()));
    assertEquals(List.of(""), lines.get(2).problems().stream().map(JsonProblem::pointer).collect(Collectors.toList()));
    assertEquals(4L, lines.get(1).toException().line().getAsLong());
    assertTrue(lines.get(1).toException().getMessage().startsWith("line 4: 4 problems"), lines.get(1).toException().getMessage());
    assertEquals("420106", lines.get(3).organisation().orElseThrow().getDivisionCode());
  }

  @Test
  void aRegisterWrittenAsLinesReadsBackEqualInOrder() {
    SplittableRandom random = new SplittableRandom(12);
    List<Organisation> register = IntStream.range(0, 300)
        .mapToObj(i -> OrganisationGen.builder().build().generate(random).value()).collect(Collectors.toList());
    StringWriter out = new StringWriter();
    JsonLines.write(register.stream(), out, JSON);
    assertEquals(300, out.toString().split("\n", -1).length - 1);
    assertEquals(register, JsonLines.read(new StringReader(out.toString()), JSON)
        .map(line -> line.organisation().orElseThrow()).collect(Collectors.toList()));
  }

  @Test
  void readsLazilySoThatTheFirstLinesComeBeforeTheRestIsRead() {
    Reader failingAfterTwoLines = new Reader() {
      private final StringReader start = new StringReader(FIRM + "\n" + FIRM + "\n");

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int read = start.read(buffer, offset, length);
        if (read < 0) {
          throw new IOException("disk gone");
        }
        return read;
      }

      @Override
      public void close() {}
    };
    try (Stream<JsonLine> lines = JsonLines.read(failingAfterTwoLines, JSON)) {
      assertEquals(2, lines.limit(2).count());
    }
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> JsonLines.read(new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    }, JSON).count());
    assertEquals("disk gone", e.getCause().getMessage());
  }

  @Test
  void aLineOverTheLimitIsRejectedAndTheNextIsRead() {
    String text = FIRM + "\n" + "x".repeat(FIRM.length() + 1) + "\n" + FIRM;
    List<JsonLine> lines = StreamSupport.stream(
        new JsonLines.Lines(new StringReader(text), JSON, FIRM.length()), false).collect(Collectors.toList());
    assertEquals(List.of(false, true, false), lines.stream().map(JsonLine::isRejected).collect(Collectors.toList()));
    assertTrue(lines.get(1).problems().get(0).messageEn().contains("longer than " + FIRM.length()));
    assertFalse(lines.get(2).isRejected());
  }

  @Test
  void closingTheStreamClosesTheReader() {
    boolean[] closed = {false};
    Reader reader = new StringReader(FIRM) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    JsonLines.read(reader, JSON).close();
    assertTrue(closed[0]);
  }
}
