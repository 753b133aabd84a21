package org.partyorg.rules.api.model;

/**
 * Facts about an organisation that some rule turns on and that its category does not say.
 * An organisation has a trait only if the caller says so; the absence of a trait is not
 * evidence of anything else.
 */
public enum Trait {
  /** 互联网企业. */
  INTERNET("互联网"),
  /** 文化创意企业. */
  CULTURAL_CREATIVE("文化创意"),
  /** 规模较大、具备组建条件: judged large and ready for a party organisation by the local department. */
  LARGE_AND_READY("规模较大、具备组建条件"),
  /** 规模以上企业. */
  ABOVE_DESIGNATED_SIZE("规模以上"),
  /** 外商投资企业. */
  FOREIGN_INVESTED("外商投资"),
  /** 有名无实的"空壳"企业: removed from the base (Wuhan W10). */
  SHELL("空壳"),
  /** 久不运转的"僵尸"企业: removed from the base (Wuhan W10). */
  ZOMBIE("僵尸"),
  /** 多重注册的"影子"企业: removed from the base (Wuhan W10). */
  SHADOW("影子"),
  /** 脱钩行业协会商会: an association decoupled from its administrative body. */
  DECOUPLED("脱钩"),
  /** 以机关事业单位人员为主体: staffed mainly by people from government bodies or public institutions. */
  STAFFED_BY_PUBLIC_SECTOR("以机关事业单位人员为主体"),
  /** 散、虚、弱: a society found scattered, hollow or weak (Hubei science societies S4). */
  SCATTERED_HOLLOW_WEAK("散、虚、弱"),
  /** 符合条件: judged by the local department to meet the conditions for a party organisation. */
  MEETS_FORMATION_CONDITIONS("符合条件");

  private final String chineseName;

  Trait(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
