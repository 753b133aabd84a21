package org.partyorg.rules.hunan.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.hunan.ValueStyle;

/**
 * One application of the Hunan benchmark plan: the form of 附件1
 * (湖南省注册会计师资产评估行业党建“标杆引领”计划创建单位申请表) as the applicant filled it, with
 * what the selection needs besides: who sends it (a city or prefecture's recommendation, or an
 * organisation directly under the industry party committee applying itself, 三（二）), the day it
 * reached the provincial association, and the practice's record for B1 and B2.
 *
 * <p><b>Nothing is checked here.</b> Every field of the form is optional so that a form with
 * gaps can still be built and {@linkplain Selection#review(Application) reviewed}: the review
 * names every field that is missing or wrong at once, in Chinese and English. Unknown is not
 * zero: a count not given is absent, never 0.
 *
 * <p><b>Lengths</b> are counted in characters as the form counts them, that is in Unicode code
 * points (a character outside the Basic Multilingual Plane, such as 𠀀, is one character, not two
 * UTF-16 units): the basis at most 500 ({@link Selection#BASIS_MAX_CHARACTERS}), a name at
 * most 200, an honour at most 200.
 *
 * <pre>{@code
 * Application form = Application.builder()
 *     .partyOrganisationName("湖南某会计师事务所党支部")
 *     .foundingDate(LocalDate.of(2015, 3, 1))
 *     .secretary("张三")
 *     .headCount(86)                               // persons
 *     .members(9)                                  // persons
 *     .addHonours(new Application.Honour("先进基层党组织", LocalDate.of(2019, 7, 1)))
 *     .basis("……")                                 // at most 500 characters
 *     .city("430100")                              // recommended by 长沙市
 *     .submitted(LocalDate.of(2020, 8, 14))
 *     .practice(firm)                              // the practice's Organisation record
 *     .build();
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@ValueStyle
// the attribute 'from' takes the builder's name for copying from an instance; nothing copies these
@SuppressWarnings("immutables:from")
public abstract class Application {
  /** Built only by its builder. */
  Application() {}

  /** One honour of the last 3 years (所获荣誉：党组织及所在机构近3年获得的荣誉): its name and the day it was awarded. */
  public record Honour(String name, LocalDate date) {
    /** @throws NullPointerException if an argument is null */
    public Honour {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(date, "date");
    }
  }

  /** 党组织名称. */
  public abstract Optional<String> getPartyOrganisationName();

  /** 党组织成立时间; where the practice's record gives a founding date too, the two must agree. */
  public abstract Optional<LocalDate> getFoundingDate();

  /** 党组织书记: the secretary's name. */
  public abstract Optional<String> getSecretary();

  /** 所在机构员工人数, in persons. */
  public abstract OptionalInt getHeadCount();

  /** 党员人数, in persons (formal and probationary). */
  public abstract OptionalInt getMembers();

  /** 所获荣誉 of the party organisation and the practice in the 3 years before submission; empty when it lists none. */
  public abstract List<Honour> getHonours();

  /** 党组织创建申报依据: the basis for the application, at most 500 characters (code points). */
  public abstract Optional<String> getBasis();

  /**
   * The GB/T 2260 code of the city or prefecture that recommends the application (430100 for
   * 长沙市, 433100 for 湘西土家族苗族自治州); absent for an organisation directly under the
   * industry party committee, which says so with {@link #isDirectlyManaged()}.
   */
  public abstract Optional<String> getCity();

  /** Whether the organisation is directly under the industry party committee and applies itself (自行申报). */
  @Value.Default
  public boolean isDirectlyManaged() {
    return false;
  }

  /** The day the form reached the provincial association (报省注协行业党建工作部). */
  public abstract Optional<LocalDate> getSubmitted();

  /**
   * The practice's record (执业机构), with its party organisation and its sanction record, for
   * B1 and B2; validated as the model is.
   */
  public abstract Optional<Organisation> getPractice();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Application}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableApplication.Builder {
    Builder() {}
  }
}
