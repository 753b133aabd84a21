package org.partyorg.rules.api.model;

import org.partyorg.rules.api.internal.ModelNames;

/**
 * What kind of organisation this is, as the five source documents name them.
 *
 * <p>Each category belongs to one {@link Sector}. The professional firms (law, accounting,
 * tax, asset appraisal) are counted among the social organisations, as Wuhan and Liaoning do
 * ("律师、会计师、税务师事务所等实体性社会组织").
 */
public enum OrganisationCategory {
  /** 非公有制企业. */
  NON_PUBLIC_ENTERPRISE(Sector.NON_PUBLIC_ECONOMY),
  /** 社会团体: a registered social group. Its registration level matters (市级, 省级). */
  SOCIAL_GROUP(Sector.SOCIAL_ORGANISATION),
  /** 民办学校: a social service institution. */
  PRIVATE_SCHOOL(Sector.SOCIAL_ORGANISATION),
  /** 民办医院: a social service institution. */
  PRIVATE_HOSPITAL(Sector.SOCIAL_ORGANISATION),
  /** 社会服务机构 (民办非企业单位) other than a private school or hospital. */
  OTHER_SOCIAL_SERVICE_INSTITUTION(Sector.SOCIAL_ORGANISATION),
  /** 基金会. */
  FOUNDATION(Sector.SOCIAL_ORGANISATION),
  /** 律师事务所. */
  LAW_FIRM(Sector.SOCIAL_ORGANISATION),
  /** 会计师事务所. */
  ACCOUNTING_FIRM(Sector.SOCIAL_ORGANISATION),
  /** 税务师事务所. */
  TAX_FIRM(Sector.SOCIAL_ORGANISATION),
  /** 资产评估机构. */
  ASSET_APPRAISAL_FIRM(Sector.SOCIAL_ORGANISATION),
  /** 学会、协会、研究会 under an association for science and technology (科协所属学会). */
  ACADEMIC_SOCIETY(Sector.SOCIAL_ORGANISATION),
  /** 行业协会商会: an industry association or chamber of commerce. */
  INDUSTRY_ASSOCIATION(Sector.SOCIAL_ORGANISATION),
  /** 城乡社区社会组织: an urban or rural community social organisation. */
  COMMUNITY_SOCIAL_ORGANISATION(Sector.SOCIAL_ORGANISATION),
  /** 农村新型经营主体. */
  RURAL_NEW_BUSINESS_ENTITY(Sector.RURAL);

  private final Sector sector;

  OrganisationCategory(Sector sector) {
    this.sector = sector;
  }

  /** The term the documents use, for messages and reports (from the model's names, {@code model_zh.properties}). */
  public String chineseName() {
    return ModelNames.of(this).orElseThrow()[0];
  }

  /** The English name, for messages and reports. */
  public String englishName() {
    return ModelNames.of(this).orElseThrow()[1];
  }

  public Sector sector() {
    return sector;
  }
}
