package org.partyorg.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.internal.Wording;

/** A code fact names its codes for texts; data keeps the code. */
class FactTypeNamingTest {
  private static final FactType CLASS = FactType.code("ledgerClass", "台账分类", "ledger class")
      .naming("JOINT", "联合建立党组织", "joint party organisation");
  private static final FactType POSTS = FactType.codes("missingRoles", "未配备的职务", "posts not filled")
      .naming("secretary", "书记", "secretary");

  @Test
  void aNamedCodeIsShownByItsNameAnUnnamedOneAsItStands() {
    assertEquals(Optional.of("联合建立党组织"), CLASS.codeName("JOINT", Locale.SIMPLIFIED_CHINESE));
    assertEquals(Optional.of("joint party organisation"), CLASS.codeName("JOINT", Locale.ENGLISH));
    assertEquals(Optional.empty(), CLASS.codeName("STANDALONE", Locale.ENGLISH));
    Wording chinese = Wording.chinese(code -> Optional.empty());
    assertEquals("联合建立党组织", chinese.value(CLASS, "JOINT"));
    assertEquals("STANDALONE", chinese.value(CLASS, "STANDALONE"));
    assertEquals("书记、disciplineInspector", chinese.value(POSTS, List.of("secretary", "disciplineInspector")));
    assertEquals("secretary", Wording.english(code -> Optional.empty()).value(POSTS, List.of("secretary")));
    // a talk short in a half-year: the period and the person
    FactType talks = FactType.codes("missingTalks", "谈心谈话次数不足的期间和人员", "periods and people with too few talks");
    assertEquals("王勇（2018年上半年）、林娟（2018年第四季度）", chinese.value(talks, List.of("2018-H1 王勇", "2018-Q4 林娟")));
    assertEquals("王勇 (the first half of 2018) and 林娟 (2018)",
        Wording.english(code -> Optional.empty()).value(talks, List.of("2018-H1 王勇", "2018 林娟")));
  }

  @Test
  void aNamedFactKeepsItsOwnNames() {
    assertEquals("台账分类", CLASS.getNameZh());
    assertEquals("ledger class", CLASS.getNameEn());
    assertEquals("ledgerClass", CLASS.getName());
    assertEquals(FactKind.CODE, CLASS.getKind());
  }

  @Test
  void namingIsForCodesOnceEach() {
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
        () -> FactType.count("headCount", Unit.PERSONS, "职工人数", "head-count").naming("x", "某", "x"));
    assertTrue(count.getMessage().contains("headCount is a COUNT, not a code"), count::getMessage);
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> CLASS.naming("JOINT", "联合", "joint"));
    assertTrue(twice.getMessage().contains("code JOINT named twice"), twice::getMessage);
    assertThrows(IllegalArgumentException.class, () -> CLASS.naming("STANDALONE", " ", "own"));
    assertNotEquals(FactType.code("ledgerClass", "台账分类", "ledger class"), CLASS);
    assertEquals(FactType.code("ledgerClass", "台账分类", "ledger class").naming("JOINT", "联合建立党组织", "joint party organisation"), CLASS);
  }
}
