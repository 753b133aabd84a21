package org.partyorg.rules.hunan.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Finding;
import org.partyorg.rules.api.Outcome;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.Phase;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.model.ModelLimits;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.core.OrganisationValidator;
import org.partyorg.rules.core.Violation;
import org.partyorg.rules.hunan.quota.QuotaCheck;

/**
 * The selection of benchmark organisations of the Hunan plan (三（二）、三（三）, 附件1): the review of
 * one application, and of a batch against the selection quotas.
 *
 * <p>A review checks, each result cited:
 * <ul>
 *   <li>{@code B4.form}: every field of 附件1 is given and valid (names at most 200 characters,
 *       counts 0 to 10,000,000 persons, dates 1921-07-01 to 2100-12-31, honours within the 3
 *       years before submission, a recommending city or the direct channel, not both), and so is
 *       the practice's record (as the model validates it, on the date of submission);
 *   <li>{@code B4.basis}: the basis for the application has at most
 *       {@value #BASIS_MAX_CHARACTERS} characters, counted in Unicode code points as the form
 *       counts characters (500 is accepted, 501 is not);
 *   <li>{@code B4.due}: the form reached the provincial association by the due date,
 *       2020-08-15 inclusive (“于2020年8月15日前报”: as every “……前” deadline of the library, the day
 *       itself is in time, the day after is late), read from the set's timetable (B6);
 *   <li>{@code B4.scope}, only when violated: the practice is an accounting or appraisal firm in Hunan;
 *   <li>{@code B1} and {@code B2}: the set's own findings on the practice's record, assessed on
 *       the date of submission (the application date of 二); the form's founding date stands in
 *       for the record's where the record gives none.
 * </ul>
 * A missing fact is undecided, never read as 0 or false: without a date of submission neither
 * the due date nor B1 and B2 can be judged.
 *
 * <pre>{@code
 * Selection selection = Selection.of(evaluator.policySet("hunan-benchmark-2020"));
 * Review review = selection.review(form);
 * review.verdict();      // ELIGIBLE, INELIGIBLE or UNDECIDED
 * review.reasons();      // the results that are not satisfied, with their texts and citations
 * BatchReview batch = selection.review(List.of(form, other, third));
 * batch.overQuota();     // 长沙市推荐了2个创建单位（第1、2份申请），超过每个市州1个的名额，……
 * batch.directlyManaged().shortfall();
 * }</pre>
 *
 * <p>The quotas are the set's parameters {@code recommendationsPerCity} (1),
 * {@code directlyManagedSelections} (10) and {@code cityLevelSelections} (14), so a variant set
 * with other values reviews a batch the same way. A selection is immutable and safe to share
 * between threads; creating one creates an {@link OrganisationValidator}, which is costly: keep it.
 */
public final class Selection {
  /** The most characters (Unicode code points) of the basis for the application, 附件1 “500字以内”. */
  public static final int BASIS_MAX_CHARACTERS = 500;

  /** The most characters (code points) of a name or an honour on the form, as the model's names. */
  static final int MAX_NAME = ModelLimits.MAX_NAME_LENGTH;

  /** The codes of Hunan's 14 cities and prefectures (GB/T 2260): 长沙市 to 娄底市, and 湘西土家族苗族自治州. */
  static final Set<String> CITIES = Set.of("430100", "430200", "430300", "430400", "430500", "430600", "430700",
      "430800", "430900", "431000", "431100", "431200", "431300", "433100");

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private final PolicySet plan;
  private final OrganisationValidator validator;
  private final LocalDate due;
  private final Citation form;
  private final Citation basis;
  private final Citation dueCitation;
  private final Citation scope;
  private final Parameter ageYears;
  private final Parameter sanctionYears;
  private final Parameter perCity;
  private final Parameter directQuota;
  private final Parameter cityQuota;

  private Selection(PolicySet plan, OrganisationValidator validator) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.form = Citation.of(plan.source(), "三（二）",
        "各申报、推荐单位要认真填写《湖南省注册会计师资产评估行业党建“标杆引领”计划创建单位申请表》（见附件1）");
    this.basis = Citation.of(plan.source(), "附件1", "党组织创建申报依据（500字以内）");
    this.scope = Citation.of(plan.source(), "一", "在全省行业基层党组织中");
    // the timetable's phase of 三（二）gives both the due date and the sentence it rests on
    Phase applications = plan.phases().stream()
        .filter(p -> p.getCitation().getSection().equals("三（二）"))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "policy set " + plan.id() + " has no phase for the applications (三（二）), so no due date"));
    this.due = applications.getUntil();
    this.dueCitation = applications.getCitation();
    this.ageYears = parameter(plan, "partyOrganisationMinimumYears");
    this.sanctionYears = parameter(plan, "sanctionFreeYears");
    this.perCity = parameter(plan, "recommendationsPerCity");
    this.directQuota = parameter(plan, "directlyManagedSelections");
    this.cityQuota = parameter(plan, "cityLevelSelections");
  }

  private static Parameter parameter(PolicySet plan, String key) {
    return plan.parameter(key).orElseThrow(() -> new IllegalArgumentException(
        "policy set " + plan.id() + " declares no parameter " + key + "; it has " + plan.parameters().stream()
            .map(Parameter::getKey).toList()));
  }

  /**
   * The selection of {@code plan}, {@code hunan-benchmark-2020} or a variant of it, validating
   * the practices' records with the model's constraints only.
   *
   * @throws IllegalArgumentException if the set lacks the phase of 三（二） or one of the
   *     parameters named above (the message lists the set's parameters)
   * @throws NullPointerException if {@code plan} is null
   */
  public static Selection of(PolicySet plan) {
    return new Selection(plan, OrganisationValidator.create());
  }

  /**
   * As {@link #of(PolicySet)}, validating the practices' records with {@code validator}, for
   * example an evaluator's ({@code Evaluator.validator()}), which also checks traits and extra facts.
   */
  public static Selection of(PolicySet plan, OrganisationValidator validator) {
    return new Selection(plan, validator);
  }

  /** The day by which the forms must reach the provincial association, inclusive: 2020-08-15. */
  public LocalDate dueDate() {
    return due;
  }

  /**
   * Reviews one application on its own.
   *
   * @throws NullPointerException if {@code application} is null
   */
  public Review review(Application application) {
    return review(1, Objects.requireNonNull(application, "application"));
  }

  /**
   * Reviews every application of a batch, a null entry included (it is reported, as the others,
   * and stops nothing), and the batch against the quotas.
   *
   * @throws NullPointerException if {@code applications} itself is null
   */
  public BatchReview review(List<Application> applications) {
    Objects.requireNonNull(applications, "applications");
    List<Review> reviews = new ArrayList<>(applications.size());
    int position = 0;
    for (Application application : applications) {
      position++;
      reviews.add(application == null ? nullEntry(position) : review(position, application));
    }
    List<QuotaCheck.Candidate> recommended = new ArrayList<>();
    Set<String> directEligible = new LinkedHashSet<>();
    Set<String> directUndecided = new LinkedHashSet<>();
    Map<String, Set<String>> cityEligible = new LinkedHashMap<>();
    Set<String> cityUndecided = new LinkedHashSet<>();
    for (Review review : reviews) {
      Verdict verdict = review.verdict();
      if (review.cityGroup().isPresent()) {
        String group = review.cityGroup().get();
        recommended.add(new QuotaCheck.Candidate(review.id(), group));
        if (verdict == Verdict.ELIGIBLE) {
          cityEligible.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(review.id());
        } else if (verdict == Verdict.UNDECIDED) {
          cityUndecided.add(review.id());
        }
      } else if (review.isDirectlyManaged()) {
        if (verdict == Verdict.ELIGIBLE) {
          directEligible.add(review.id());
        } else if (verdict == Verdict.UNDECIDED) {
          directUndecided.add(review.id());
        }
      }
    }
    int perCityLimit = perCity.intValue();
    int cityCount = cityEligible.values().stream().mapToInt(ids -> Math.min(ids.size(), perCityLimit)).sum();
    return new BatchReview(reviews, QuotaCheck.atMostPerGroup(perCity).check(recommended),
        new BatchReview.Total(BatchReview.Channel.DIRECT, directQuota, directEligible.size(), directUndecided.size(), 0),
        new BatchReview.Total(BatchReview.Channel.CITY, cityQuota, cityCount, cityUndecided.size(), perCityLimit));
  }

  private Review nullEntry(int position) {
    Problem problem = problem("application", null, "problem.null", Map.of("position", position));
    Result result = formResult(List.of(problem));
    return new Review(position, null, "#" + position, List.of(problem), List.of(result), null);
  }

  private Review review(int position, Application application) {
    List<Problem> problems = new ArrayList<>();
    text(problems, "partyOrganisationName", application.getPartyOrganisationName(), MAX_NAME);
    date(problems, "foundingDate", application.getFoundingDate());
    text(problems, "secretary", application.getSecretary(), MAX_NAME);
    persons(problems, "headCount", application.getHeadCount());
    persons(problems, "members", application.getMembers());
    Optional<LocalDate> submitted = application.getSubmitted().filter(ModelLimits::isInRange);
    honours(problems, application.getHonours(), submitted);
    basisText(problems, application.getBasis());
    String cityGroup = channel(problems, application);
    date(problems, "submitted", application.getSubmitted());
    if (submitted.isPresent() && submitted.get().isBefore(plan.source().getDate())) {
      problems.add(problem("submitted", submitted.get(), "problem.submitted.before-plan",
          Map.of("issued", plan.source().getDate())));
    }
    Optional<Organisation> practice = application.getPractice().map(p -> withFoundingDate(p, application));
    boolean practiceValid = false;
    if (practice.isEmpty()) {
      problems.add(problem("practice", null, "problem.not-null", Map.of()));
    } else {
      foundingDateAgrees(problems, application, practice.get());
      List<Violation> violations = submitted.isPresent()
          ? validator.violations(practice.get(), submitted.get()) : validator.violations(practice.get());
      for (Violation v : violations) {
        String field = v.getField().isEmpty() ? "practice" : "practice." + v.getField();
        problems.add(new Problem(field, v.getValue(), v.getFieldNameZh(), v.getFieldNameEn(), v.getMessageZh(),
            v.getMessageEn()));
      }
      practiceValid = violations.isEmpty();
    }

    List<Result> results = new ArrayList<>();
    results.add(formResult(problems));
    application.getBasis().ifPresent(text -> results.add(basisResult(text)));
    results.add(dueResult(submitted));
    if (practice.isPresent() && practiceValid && !plan.jurisdiction().covers(practice.get())) {
      results.add(result("B4.scope", "B4.scope.outside", Outcome.VIOLATED, scope, Map.of()));
    }
    eligibility(results, practice, practiceValid, submitted);
    String id = practice.map(Organisation::getCreditCode).orElse("#" + position);
    return new Review(position, application, id, problems, results, cityGroup);
  }

  // --- the form's fields ---

  private static void text(List<Problem> problems, String field, Optional<String> text, int max) {
    if (text.isEmpty()) {
      problems.add(problem(field, null, "problem.not-null", Map.of()));
      return;
    }
    textProblem(problems, field, text.get(), max, false);
  }

  /** Adds what is wrong with a text that is given; {@code lines}: whether line breaks and tabs are allowed. */
  private static void textProblem(List<Problem> problems, String field, String text, int max, boolean lines) {
    boolean blank = true;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
        problems.add(problem(field, text, lines ? "problem.basis.control-character" : "problem.control-character", Map.of()));
        return;
      }
      blank = blank && (type == Character.FORMAT || Character.isWhitespace(c) || Character.isSpaceChar(c));
      i += Character.charCount(c);
    }
    if (blank) {
      problems.add(problem(field, text, "problem.blank", Map.of()));
    } else if (max > 0 && characters(text) > max) {
      problems.add(problem(field, text, "problem.too-long", Map.of("maxLength", max, "length", characters(text))));
    }
  }

  /** Characters as the form counts them: Unicode code points, not UTF-16 units. */
  static int characters(String text) {
    return text.codePointCount(0, text.length());
  }

  private static void date(List<Problem> problems, String field, Optional<LocalDate> date) {
    if (date.isEmpty()) {
      problems.add(problem(field, null, "problem.not-null", Map.of()));
    } else if (!ModelLimits.isInRange(date.get())) {
      problems.add(problem(field, date.get(), "problem.date-range",
          Map.of("earliest", ModelLimits.EARLIEST_DATE, "latest", ModelLimits.LATEST_DATE)));
    }
  }

  private static void persons(List<Problem> problems, String field, OptionalInt count) {
    if (count.isEmpty()) {
      problems.add(problem(field, null, "problem.not-null", Map.of()));
    } else if (count.getAsInt() < 0 || count.getAsInt() > ModelLimits.MAX_PERSONS) {
      problems.add(problem(field, count.getAsInt(), "problem.persons-range", Map.of("max", ModelLimits.MAX_PERSONS)));
    }
  }

  /**
   * Each honour named and dated, within the 3 years before submission counted as B2 counts a
   * sanction: one awarded on 2017-08-15 is within them on 2020-08-14, not on 2020-08-15.
   */
  private static void honours(List<Problem> problems, List<Application.Honour> honours, Optional<LocalDate> submitted) {
    for (int i = 0; i < honours.size(); i++) {
      Application.Honour honour = honours.get(i);
      String at = "honours[" + i + "]";
      textProblem(problems, at + ".name", honour.name(), MAX_NAME, false);
      if (!ModelLimits.isInRange(honour.date())) {
        date(problems, at + ".date", Optional.of(honour.date()));
      } else if (submitted.isPresent()) {
        Map<String, Object> values = Map.of("honour", honour.name(), "submitted", submitted.get());
        if (honour.date().isAfter(submitted.get())) {
          problems.add(problem(at + ".date", honour.date(), "problem.honour.after", values));
        } else if (!submitted.get().isBefore(honour.date().plusYears(3))) {
          problems.add(problem(at + ".date", honour.date(), "problem.honour.outside", values));
        }
      }
    }
  }

  /** The basis's form; its length is a result of its own, {@code B4.basis}. */
  private static void basisText(List<Problem> problems, Optional<String> basis) {
    if (basis.isEmpty()) {
      problems.add(problem("basis", null, "problem.not-null", Map.of()));
    } else {
      textProblem(problems, "basis", basis.get(), 0, true);
    }
  }

  /** The group of a valid city recommendation; null for the direct channel or a wrong one. */
  private static String channel(List<Problem> problems, Application application) {
    Optional<String> city = application.getCity();
    if (city.isPresent() && application.isDirectlyManaged()) {
      problems.add(problem("channel", city.get(), "problem.channel.both", Map.of()));
      return null;
    }
    if (city.isEmpty()) {
      if (!application.isDirectlyManaged()) {
        problems.add(problem("channel", null, "problem.channel.neither", Map.of()));
      }
      return null;
    }
    if (!CITIES.contains(city.get())) {
      problems.add(problem("city", city.get(), "problem.city", Map.of()));
      return null;
    }
    return city.get().substring(0, 4);
  }

  private static Organisation withFoundingDate(Organisation practice, Application application) {
    Optional<PartyOrganisation> party = practice.getPartyOrganisation();
    if (party.isPresent() && party.get().exists() && party.get().getFoundingDate().isEmpty()
        && application.getFoundingDate().filter(ModelLimits::isInRange).isPresent()) {
      return practice.withPartyOrganisation(party.get().withFoundingDate(application.getFoundingDate().get()));
    }
    return practice;
  }

  private static void foundingDateAgrees(List<Problem> problems, Application application, Organisation practice) {
    Optional<LocalDate> recorded = practice.getPartyOrganisation().flatMap(PartyOrganisation::getFoundingDate);
    Optional<LocalDate> given = application.getFoundingDate().filter(ModelLimits::isInRange);
    if (given.isPresent() && recorded.isPresent() && !given.equals(recorded)) {
      problems.add(problem("foundingDate", given.get(), "problem.founding-date.mismatch", Map.of("record", recorded.get())));
    }
  }

  private static Problem problem(String field, Object value, String key, Map<String, Object> values) {
    String nameZh = Texts.fieldName(field, ZH);
    String nameEn = Texts.fieldName(field, EN);
    Map<String, Object> zh = new HashMap<>(values);
    if (value != null) {
      zh.put("value", value);
    }
    Map<String, Object> en = new HashMap<>(zh);
    zh.put("field", nameZh);
    en.put("field", nameEn);
    Optional<String> shown = Optional.ofNullable(value).map(Selection::echo);
    return new Problem(field, shown, nameZh, nameEn, Texts.format(key, ZH, zh), Texts.format(key, EN, en));
  }

  /**
   * A value as a problem shows it: at most 64 characters, then …(N chars), control characters
   * escaped as the engine's violations escape them ({@code \n}, {@code \u001B}), so that the value
   * reads as the message beside it and as the practice record's violations. The engine's echo
   * is in the API's internal package, which holds the value style and so is exported to the
   * engine only (examples' PublicSurfaceTest); hence this copy.
   */
  static String echo(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < text.length() && shown < 64; shown++) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
      } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
        out.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    int length = characters(text);
    return length > 64 ? out + "…(" + length + " chars)" : out.toString();
  }

  // --- the results ---

  private Result formResult(List<Problem> problems) {
    if (problems.isEmpty()) {
      return result("B4.form", "B4.form.complete", Outcome.SATISFIED, form, Map.of());
    }
    Set<String> zh = new LinkedHashSet<>();
    Set<String> en = new LinkedHashSet<>();
    for (Problem p : problems) {
      zh.add(p.fieldNameZh());
      en.add(p.fieldNameEn());
    }
    Map<String, Object> valuesZh = Map.of("count", zh.size(), "fields", List.copyOf(zh));
    Map<String, Object> valuesEn = Map.of("count", en.size(), "fields", List.copyOf(en));
    return new Result("B4.form", Outcome.VIOLATED, form, Texts.format("B4.form.wrong", ZH, valuesZh),
        Texts.format("B4.form.wrong", EN, valuesEn));
  }

  private Result basisResult(String text) {
    int length = characters(text);
    boolean within = length <= BASIS_MAX_CHARACTERS;
    return result("B4.basis", within ? "B4.basis.within" : "B4.basis.too-long",
        within ? Outcome.SATISFIED : Outcome.VIOLATED, basis, Map.of("length", length, "limit", BASIS_MAX_CHARACTERS));
  }

  private Result dueResult(Optional<LocalDate> submitted) {
    if (submitted.isEmpty()) {
      return result("B4.due", "B4.due.undecided", Outcome.UNDECIDED, dueCitation, Map.of());
    }
    boolean inTime = !submitted.get().isAfter(due);
    return result("B4.due", inTime ? "B4.due.met" : "B4.due.late", inTime ? Outcome.SATISFIED : Outcome.VIOLATED,
        dueCitation, Map.of("submitted", submitted.get(), "due", due));
  }

  private void eligibility(List<Result> results, Optional<Organisation> practice, boolean valid, Optional<LocalDate> submitted) {
    String why = practice.isEmpty() ? "no-record" : !valid ? "invalid-record" : submitted.isEmpty() ? "no-date" : null;
    if (why != null) {
      results.add(undecided("B1", ageYears, why));
      results.add(undecided("B2", sanctionYears, why));
      return;
    }
    for (Finding finding : plan.assess(practice.get(), submitted.get()).getFindings()) {
      if (finding.getRuleId().equals("B1") || finding.getRuleId().equals("B2")) {
        results.add(Result.of(finding));
      }
    }
  }

  /** B1 or B2 when the set cannot be asked: {@code why} is {@code no-record}, {@code invalid-record} or {@code no-date}. */
  private static Result undecided(String ruleId, Parameter years, String why) {
    return result(ruleId, ruleId + "." + why, Outcome.UNDECIDED, years.getCitation(), Map.of("years", years.intValue()));
  }

  private static Result result(String resultKey, String textKey, Outcome outcome, Citation citation, Map<String, Object> values) {
    return new Result(resultKey, outcome, citation, Texts.format(textKey, ZH, values), Texts.format(textKey, EN, values));
  }
}
