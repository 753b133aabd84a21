package org.partyorg.rules.benchmarks.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;
import org.partyorg.rules.api.model.Organisation;

/**
 * The workload's rules in Drools 10 ({@code workload.drl}), compiled once to Drools' executable
 * model in memory: the baseline the library is compared with.
 *
 * <p>Two ways of running it, both on stateless sessions: a new session for every record
 * ({@link #assess(Organisation, LocalDate)}), and one session that executes a batch of facts at
 * a time ({@link #assessBatch}). Building the container takes a few seconds: build one
 * baseline and keep it. Not thread-safe: the batch session is reused.
 */
public final class DroolsBaseline {
  static final String DRL = "org/partyorg/rules/benchmarks/drools/workload.drl";

  private final KieBase kieBase;
  private final StatelessKieSession batchSession;

  private DroolsBaseline(KieBase kieBase) {
    this.kieBase = kieBase;
    this.batchSession = kieBase.newStatelessKieSession();
  }

  /**
   * Compiles the DRL and builds the container.
   *
   * @throws IllegalStateException listing the compiler's errors if the DRL does not compile
   */
  public static DroolsBaseline build() {
    KieServices services = KieServices.Factory.get();
    ReleaseId releaseId = services.newReleaseId("org.partyorg.rules", "benchmarks-drl", "1.0.0");
    KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
    files.write("src/main/resources/" + DRL, drl());
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("workload.drl does not compile: " + builder.getResults().getMessages());
    }
    KieContainer container = services.newKieContainer(releaseId);
    return new DroolsBaseline(container.getKieBase());
  }

  /** The DRL text, from the classpath. */
  static String drl() {
    try (InputStream in = DroolsBaseline.class.getClassLoader().getResourceAsStream(DRL)) {
      if (in == null) {
        throw new IllegalStateException(DRL + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One record on a new stateless session; the fact returned carries the findings' codes. */
  public EnterpriseFact assess(Organisation organisation, LocalDate asOf) {
    EnterpriseFact fact = EnterpriseFact.of(organisation, asOf);
    kieBase.newStatelessKieSession().execute(fact);
    return fact;
  }

  /** A batch of facts in one execution of the shared stateless session; each fact carries its codes. */
  public void assessBatch(List<EnterpriseFact> facts) {
    batchSession.execute(facts);
  }
}
