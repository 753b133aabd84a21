package org.partyorg.rules.core.rule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Messages;
import org.partyorg.rules.api.Obligation;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.model.PartyOrganisationForm;

/**
 * The baseline every 2016 document repeats from the national notice (组通字〔2016〕40号),
 * written once and cited per document:
 * <ul>
 *   <li><b>N1</b> — 3 or more formal members: a party organisation of its own (单独组建);
 *       a joint one does not meet it, and the finding asks for the split.
 *   <li><b>N2</b> — party members, but fewer than 3 formal ones: a joint organisation
 *       (联合组建).
 *   <li><b>N3</b> — no party members: work coverage, an instructor and mass organisations.
 * </ul>
 * Exactly one of them applies to an organisation whose member counts are known; when a count
 * is missing, each rule that might apply says it cannot decide.
 *
 * <p>A document that repeats the whole baseline builds the trio with {@link #builder}; one that
 * repeats only a part takes the rules one by one, under its own rule ids and sentences, with
 * {@link #standaloneRule}, {@link #jointRule} and {@link #workCoverageRule}.
 *
 * <pre>{@code
 * BaselineRules baseline = BaselineRules.builder("wuhan-2016")
 *     .standalone(N1_CITATION)
 *     .joint(N2_CITATION)
 *     .workCoverage(N3_CITATION)
 *     .deadline(LocalDate.of(2016, 11, 20))
 *     .build();
 * }</pre>
 */
public final class BaselineRules {
  /**
   * The texts of N1–N3 ({@code baseline_zh.properties}), shared by every set: keyed by the
   * baseline's case ({@code standalone.none}), since a document that repeats a rule under its own
   * id takes the same text; {@link PolicySetBuilder} adds them to every set's messages.
   */
  static final Messages MESSAGES = Messages.load(BaselineRules.class, "baseline");

  /** The key of the standalone threshold (3 formal members) among a set's parameters. */
  public static final String STANDALONE_THRESHOLD = "standaloneFormalMembers";

  private final Parameter standaloneThreshold;
  private final List<Rule> rules;

  private BaselineRules(Builder builder) {
    this.standaloneThreshold = builder.thresholdParameter != null ? builder.thresholdParameter
        : Parameter.of(STANDALONE_THRESHOLD, builder.threshold, "formalMembers", builder.n1);
    // N1 and N2 compare the formal members with the threshold (and read what picks the accepted
    // forms); N3 only asks whether there are members at all
    Parameter[] bands = builder.formReads.toArray(new Parameter[0]);
    FindingFactory n1 = factory(builder, "N1", builder.n1).reads(standaloneThreshold).reads(bands)
        .obligation(Obligation.STANDALONE_ORGANISATION);
    FindingFactory n2 = factory(builder, "N2", builder.n2).reads(standaloneThreshold).reads(bands)
        .obligation(Obligation.JOINT_ORGANISATION);
    FindingFactory n3 = factory(builder, "N3", builder.n3).obligation(Obligation.WORK_COVERAGE);
    this.rules =
        List.of(
            new StandaloneRule(n1, builder.threshold, builder.acceptedStandalone),
            new JointRule(n2, builder.threshold, builder.acceptedJoint),
            new WorkCoverageRule(n3, builder.threshold));
  }

  private static FindingFactory factory(Builder builder, String ruleId, Citation citation) {
    if (builder.deadlineParameter != null) {
      return FindingFactory.of(builder.policySetId, ruleId, citation, builder.deadlineParameter);
    }
    return builder.deadline
        .map(d -> FindingFactory.of(builder.policySetId, ruleId, citation, d))
        .orElseGet(() -> FindingFactory.of(builder.policySetId, ruleId, citation));
  }

  /**
   * N1 alone, under the document's own rule id and sentence: {@code findings} names them. For a
   * document that repeats only this part of the baseline.
   *
   * @param threshold the formal members from which an organisation needs its own party
   *     organisation (persons; 3 in every 2016 document)
   * @param alsoAccepted forms that meet the rule besides a standalone organisation
   * @throws IllegalArgumentException if {@code threshold} is less than 1
   */
  public static Rule standaloneRule(FindingFactory findings, int threshold, PartyOrganisationForm... alsoAccepted) {
    Set<PartyOrganisationForm> accepted = EnumSet.of(PartyOrganisationForm.STANDALONE, alsoAccepted);
    return new StandaloneRule(named(findings, Obligation.STANDALONE_ORGANISATION), requireThreshold(threshold), accepted);
  }

  /**
   * N1 alone with its threshold as a cited parameter: list the same parameter among the set's
   * parameters (see {@link #standaloneThreshold(Citation, int)}), so that the catalogue shows it
   * and a what-if override reaches the rule.
   */
  public static Rule standaloneRule(FindingFactory findings, Parameter threshold, PartyOrganisationForm... alsoAccepted) {
    FindingFactory reading = findings.parameters().contains(threshold) ? findings : findings.reads(threshold);
    return standaloneRule(reading, threshold.intValue(), alsoAccepted);
  }

  /**
   * The standalone threshold as a parameter keyed {@link #STANDALONE_THRESHOLD}, compared with
   * {@code formalMembers} (persons), cited to the document's own sentence: 3 in every 2016
   * document.
   */
  public static Parameter standaloneThreshold(Citation citation, int formalMembers) {
    return Parameter.of(STANDALONE_THRESHOLD, requireThreshold(formalMembers), "formalMembers", citation);
  }

  /**
   * N2 alone, under the document's own rule id and sentence: party members, fewer than
   * {@code threshold} formal ones, a joint organisation.
   *
   * @throws IllegalArgumentException if {@code threshold} is less than 1
   */
  public static Rule jointRule(FindingFactory findings, int threshold, PartyOrganisationForm... alsoAccepted) {
    Set<PartyOrganisationForm> accepted = EnumSet.of(PartyOrganisationForm.JOINT, alsoAccepted);
    return new JointRule(named(findings, Obligation.JOINT_ORGANISATION), requireThreshold(threshold), accepted);
  }

  /**
   * N3 alone, under the document's own rule id and sentence: no party members, work coverage.
   *
   * @throws IllegalArgumentException if {@code threshold} is less than 1
   */
  public static Rule workCoverageRule(FindingFactory findings, int threshold) {
    return new WorkCoverageRule(named(findings, Obligation.WORK_COVERAGE), requireThreshold(threshold));
  }

  /** The factory naming the baseline's obligation, unless its author named another. */
  private static FindingFactory named(FindingFactory findings, Obligation obligation) {
    return findings.obligation().isPresent() ? findings : findings.obligation(obligation);
  }

  private static int requireThreshold(int formalMembers) {
    if (formalMembers < 1) {
      throw new IllegalArgumentException(
          "the standalone threshold must be at least 1 formal member, got " + formalMembers);
    }
    return formalMembers;
  }

  public static Builder builder(String policySetId) {
    return new Builder(policySetId);
  }

  /** N1, N2 and N3, in that order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The standalone threshold (3 formal members), cited to the N1 sentence. */
  public List<Parameter> parameters() {
    return List.of(standaloneThreshold);
  }

  /** Collects the citations, the deadline and the accepted forms of one document. */
  public static final class Builder {
    private final String policySetId;
    private Citation n1;
    private Citation n2;
    private Citation n3;
    private Optional<LocalDate> deadline = Optional.empty();
    private Parameter deadlineParameter;
    private int threshold = 3;
    private Parameter thresholdParameter;
    private List<Parameter> formReads = List.of();
    private Set<PartyOrganisationForm> acceptedStandalone = EnumSet.of(PartyOrganisationForm.STANDALONE);
    private Set<PartyOrganisationForm> acceptedJoint = EnumSet.of(PartyOrganisationForm.JOINT);

    private Builder(String policySetId) {
      this.policySetId = Objects.requireNonNull(policySetId, "policySetId");
    }

    /** The document's sentence for N1 ("凡有3名及以上正式党员的，必须单独建立党组织"). */
    public Builder standalone(Citation citation) {
      this.n1 = Objects.requireNonNull(citation, "citation");
      return this;
    }

    /** The document's sentence for N2 ("党员不足3人的……建立联合党组织"). */
    public Builder joint(Citation citation) {
      this.n2 = Objects.requireNonNull(citation, "citation");
      return this;
    }

    /** The document's sentence for N3 (no members: instructor, mass organisations). */
    public Builder workCoverage(Citation citation) {
      this.n3 = Objects.requireNonNull(citation, "citation");
      return this;
    }

    /** The date by which the document wants N1–N3 met; without it findings have no deadline. */
    public Builder deadline(LocalDate deadline) {
      this.deadline = Optional.of(deadline);
      this.deadlineParameter = null;
      return this;
    }

    /**
     * The deadline as the set's date parameter, value in effect: N1–N3 list it among the
     * parameters they read.
     *
     * @throws IllegalArgumentException if it is not a date parameter
     */
    public Builder deadline(Parameter deadline) {
      this.deadline = Optional.of(deadline.getDate().orElseThrow(
          () -> new IllegalArgumentException("parameter " + deadline.getKey() + " is not a date")));
      this.deadlineParameter = deadline;
      return this;
    }

    /**
     * The standalone threshold as the set's parameter keyed {@link #STANDALONE_THRESHOLD}, value
     * in effect: N1 and N2 list it among the parameters they read.
     *
     * @throws IllegalArgumentException if its key is another, or its value is less than 1
     */
    public Builder standaloneThreshold(Parameter formalMembers) {
      if (!formalMembers.getKey().equals(STANDALONE_THRESHOLD)) {
        throw new IllegalArgumentException("the standalone threshold is keyed " + STANDALONE_THRESHOLD + ", not "
            + formalMembers.getKey());
      }
      this.threshold = requireThreshold(formalMembers.intValue());
      this.thresholdParameter = formalMembers;
      return this;
    }

    /**
     * Further parameters N1 and N2 read where the set picks the forms they accept by them (the
     * societies' full-time staff under which a work group counts), values in effect.
     */
    public Builder formReads(Parameter... parameters) {
      this.formReads = List.of(parameters);
      return this;
    }

    /**
     * The standalone threshold, 3 in every document; another value is for what-if analysis.
     *
     * @throws IllegalArgumentException if {@code formalMembers} is less than 1
     */
    public Builder standaloneThreshold(int formalMembers) {
      this.threshold = requireThreshold(formalMembers);
      this.thresholdParameter = null;
      return this;
    }

    /** Forms that meet N1 besides a standalone one (a functional one, where the document allows it). */
    public Builder alsoAcceptForStandalone(PartyOrganisationForm... forms) {
      this.acceptedStandalone.addAll(List.of(forms));
      return this;
    }

    /** Forms that meet N2 besides a joint one. */
    public Builder alsoAcceptForJoint(PartyOrganisationForm... forms) {
      this.acceptedJoint.addAll(List.of(forms));
      return this;
    }

    /**
     * The builder can go on being used: rules built earlier keep the settings they were built
     * with (a region builds a strict and a more accepting baseline from one builder).
     *
     * @throws IllegalStateException if a citation is missing
     */
    public BaselineRules build() {
      if (n1 == null || n2 == null || n3 == null) {
        throw new IllegalStateException(
            "baseline rules of '" + policySetId + "' need the N1, N2 and N3 citations; missing:"
                + (n1 == null ? " N1" : "") + (n2 == null ? " N2" : "") + (n3 == null ? " N3" : ""));
      }
      return new BaselineRules(this);
    }
  }
}
