package org.partyorg.rules.api.model;

/**
 * What kind of organisation this is, as the five source documents name them.
 *
 * <p>Each category belongs to one {@link Sector}. The professional firms (law, accounting,
 * tax, asset appraisal) are counted among the social organisations, as Wuhan and Liaoning do
 * ("律师、会计师、税务师事务所等实体性社会组织").
 */
public enum OrganisationCategory {
  /** 非公有制企业. */
  NON_PUBLIC_ENTERPRISE("非公有制企业", Sector.NON_PUBLIC_ECONOMY),
  /** 社会团体: a registered social group. Its registration level matters (市级, 省级). */
  SOCIAL_GROUP("社会团体", Sector.SOCIAL_ORGANISATION),
  /** 民办学校: a social service institution. */
  PRIVATE_SCHOOL("民办学校", Sector.SOCIAL_ORGANISATION),
  /** 民办医院: a social service institution. */
  PRIVATE_HOSPITAL("民办医院", Sector.SOCIAL_ORGANISATION),
  /** 社会服务机构 (民办非企业单位) other than a private school or hospital. */
  OTHER_SOCIAL_SERVICE_INSTITUTION("其他社会服务机构", Sector.SOCIAL_ORGANISATION),
  /** 基金会. */
  FOUNDATION("基金会", Sector.SOCIAL_ORGANISATION),
  /** 律师事务所. */
  LAW_FIRM("律师事务所", Sector.SOCIAL_ORGANISATION),
  /** 会计师事务所. */
  ACCOUNTING_FIRM("会计师事务所", Sector.SOCIAL_ORGANISATION),
  /** 税务师事务所. */
  TAX_FIRM("税务师事务所", Sector.SOCIAL_ORGANISATION),
  /** 资产评估机构. */
  ASSET_APPRAISAL_FIRM("资产评估机构", Sector.SOCIAL_ORGANISATION),
  /** 学会、协会、研究会 under an association for science and technology (科协所属学会). */
  ACADEMIC_SOCIETY("学会", Sector.SOCIAL_ORGANISATION),
  /** 行业协会商会: an industry association or chamber of commerce. */
  INDUSTRY_ASSOCIATION("行业协会商会", Sector.SOCIAL_ORGANISATION),
  /** 城乡社区社会组织: an urban or rural community social organisation. */
  COMMUNITY_SOCIAL_ORGANISATION("城乡社区社会组织", Sector.SOCIAL_ORGANISATION),
  /** 农村新型经营主体. */
  RURAL_NEW_BUSINESS_ENTITY("农村新型经营主体", Sector.RURAL);

  private final String chineseName;
  private final Sector sector;

  OrganisationCategory(String chineseName, Sector sector) {
    this.chineseName = chineseName;
    this.sector = sector;
  }

  /** The term the documents use, for messages and reports. */
  public String chineseName() {
    return chineseName;
  }

  public Sector sector() {
    return sector;
  }
}
