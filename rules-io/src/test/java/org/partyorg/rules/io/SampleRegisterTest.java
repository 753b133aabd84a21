package org.partyorg.rules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.core.AssessmentResult;
import org.partyorg.rules.core.Evaluator;
import org.partyorg.rules.register.CoverageReport;

class SampleRegisterTest {
  static final Path BUNDLED = Path.of("../rules-cli/src/main/resources/org/partyorg/rules/cli/sample-register.csv");

  static String csv(int size, long seed) throws IOException {
    StringWriter out = new StringWriter();
    SampleRegister.write(size, seed, out);
    return out.toString();
  }

  @Test
  void bundledSampleIsWhatTheGeneratorGivesForItsSeed() throws IOException {
    String expected = csv(SampleRegister.BUNDLED_SIZE, SampleRegister.BUNDLED_SEED);
    if (Boolean.getBoolean("sample.write")) {
      Files.writeString(BUNDLED, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(BUNDLED, StandardCharsets.UTF_8),
        "regenerate with -Dsample.write=true -Dtest=SampleRegisterTest");
    assertEquals(SampleRegister.BUNDLED_SIZE + 1, expected.split("\r\n").length);
  }

  @Test
  void sameSeedSameRegisterOtherSeedOther() throws IOException {
    assertEquals(csv(200, 7), csv(200, 7));
    assertTrue(!csv(200, 7).equals(csv(200, 8)));
  }

  @Test
  void roundTripSampleCsvReaderGivesTheSameOrganisations() throws IOException {
    List<Organisation> generated = SampleRegister.organisations(2000, 99).toList();
    byte[] bytes = csv(2000, 99).getBytes(StandardCharsets.UTF_8);
    try (RegisterRead read = RegisterReader.create().read(
        CsvRowSource.of(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, "sample.csv"))) {
      List<Organisation> back = read.organisations().toList();
      assertEquals(List.of(), read.summary().problems());
      assertEquals(List.of(), read.summary().warnings());
      assertEquals(generated.size(), back.size());
      for (int i = 0; i < generated.size(); i++) {
        assertEquals(generated.get(i), back.get(i), "row " + (i + 2));
      }
    }
  }

  @Test
  void codesValidAndUniqueRegionsAndSpreadsRealistic() {
    List<Organisation> register = SampleRegister.organisations(SampleRegister.BUNDLED_SIZE, SampleRegister.BUNDLED_SEED).toList();
    Set<String> codes = new HashSet<>();
    for (Organisation o : register) {
      assertTrue(UnifiedSocialCreditCode.isValid(o.getCreditCode()), o.getCreditCode());
      assertTrue(codes.add(o.getCreditCode()), o.getCreditCode());
    }
    Map<String, Long> regions = register.stream().collect(Collectors.groupingBy(o -> o.getDivisionCode().startsWith("4201") ? "wuhan"
        : o.getDivisionCode().substring(0, 2), Collectors.counting()));
    assertEquals(Set.of("wuhan", "42", "43", "21"), regions.keySet());
    regions.values().forEach(n -> assertTrue(n > 300, regions.toString()));
    long enterprises = register.stream().filter(o -> o.getCategory() == OrganisationCategory.NON_PUBLIC_ENTERPRISE).count();
    assertTrue(enterprises > 2200 && enterprises < 2600, "enterprises " + enterprises);
    long small = register.stream().filter(o -> o.getHeadCount().orElse(-1) >= 0 && o.getHeadCount().getAsInt() < 50).count();
    long large = register.stream().filter(o -> o.getHeadCount().orElse(-1) >= 500).count();
    assertTrue(small > 2000 && large > 0 && large < 150, "small " + small + ", large " + large);
    long withoutMembers = register.stream().filter(o -> o.getFormalMembers().orElse(-1) == 0).count();
    long withParty = register.stream().filter(o -> o.getPartyOrganisation().map(p -> p.getForm().isStandaloneOrJoint()).orElse(false)).count();
    assertTrue(withoutMembers > 1200, "without members " + withoutMembers);
    assertTrue(withParty > 100 && withParty < 1200, "with a party organisation " + withParty);
    assertTrue(register.stream().anyMatch(o -> o.getHeadCount().isEmpty()));
  }

  @Test
  void everySampleOrganisationIsValidAndTheReportAccountsForAll() {
    Evaluator evaluator = Evaluator.discover();
    List<AssessmentResult> rejected = evaluator.assessAll(SampleRegister.organisations(3000, SampleRegister.BUNDLED_SEED),
        LocalDate.of(2016, 12, 1)).filter(r -> !r.isAssessed()).toList();
    assertEquals(List.of(), rejected.stream().map(r -> r.getRejections().toString()).toList());
    CoverageReport report = CoverageReport.of(evaluator, LocalDate.of(2016, 12, 1))
        .over(SampleRegister.organisations(3000, SampleRegister.BUNDLED_SEED));
    assertEquals(3000, report.read());
    assertTrue(report.assessed() > 1000 && report.excluded() > 0, report.toString());
  }

  static <T> Function<T, T> id() {
    return t -> t;
  }
}
