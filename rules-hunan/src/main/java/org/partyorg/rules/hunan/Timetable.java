package org.partyorg.rules.hunan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partyorg.rules.api.Citation;
import org.partyorg.rules.api.Phase;

/**
 * B6, the timetable of 三 实施步骤 (一)–(七), as cited phases. {@code RULES.md} summarises this
 * paragraph ("Selection and timetable (三)") without an id; the library gives it B6 (B4 is the
 * application, B5 the selection quotas), listed in the digest as an addition.
 *
 * <p>A month (“2020年9月”) is read as its first to its last day; “完成” with a month
 * (“2021年3月完成”) as done by that month's last day, no start given; “前完成” with a day as
 * done on or before that day.
 */
final class Timetable {
  static final String RULE_ID = "B6";

  static final List<Phase> PHASES = List.of(
      phase("全面动员部署", "mobilisation", null, LocalDate.of(2020, 7, 30),
          BenchmarkPlan.cite("三（一）", "营造行业党组织争创党建标杆的浓厚氛围。（2020年7月30日前完成）")),
      // the forms reach the provincial association by this day, inclusive; Selection reads it from here
      phase("自行申报推荐", "applications and recommendations", null, LocalDate.of(2020, 8, 15),
          BenchmarkPlan.cite("三（二）", "于2020年8月15日前报省注协行业党建工作部")),
      phase("确定创建对象", "selection of the organisations to be created", LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 30),
          BenchmarkPlan.cite("三（三）", "遴选确定10个行业党委直属基层党组织和14个市州执业机构党组织为创建对象。（2020年9月）")),
      phase("对标开展创建", "creation against the task guide", LocalDate.of(2020, 10, 1), LocalDate.of(2021, 2, 28),
          BenchmarkPlan.cite("三（四）", "组织实施。（2020年10月-2021年2月）")),
      phase("组织考核评估", "self-assessment and evaluation", null, LocalDate.of(2021, 3, 31),
          BenchmarkPlan.cite("三（五）", "行业党委通过实地考核进行综合评估。（2021年3月完成）")),
      phase("抓好巩固验收", "consolidation and acceptance", null, LocalDate.of(2021, 4, 30),
          BenchmarkPlan.cite("三（六）", "整改后进行复评。（2021年4月完成）")),
      phase("进行表彰授牌", "awards and plaques", null, LocalDate.of(2021, 6, 30),
          BenchmarkPlan.cite("三（七）", "对创建工作达标基层党组织进行授牌。（2021年6月完成）")));

  private Timetable() {}

  private static Phase phase(String zh, String en, LocalDate from, LocalDate until, Citation citation) {
    return Phase.builder()
        .ruleId(RULE_ID)
        .nameZh(zh)
        .nameEn(en)
        .from(Optional.ofNullable(from))
        .until(until)
        .citation(citation)
        .build();
  }
}
