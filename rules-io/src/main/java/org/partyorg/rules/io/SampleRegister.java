package org.partyorg.rules.io;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.partyorg.rules.api.model.IndustrySection;
import org.partyorg.rules.api.model.MassOrganisation;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationForm;
import org.partyorg.rules.api.model.PartyOrganisationLevel;
import org.partyorg.rules.api.model.RegistrationLevel;
import org.partyorg.rules.api.model.UnifiedSocialCreditCode;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * A deterministic synthetic register (台账) for demonstrations, tests and benchmarks: the same size
 * and seed always give the same organisations, on every machine. Spread across Wuhan (4201xx, a
 * third), the rest of Hubei (42xxxx), Hunan (43xxxx) and Liaoning (21xxxx); four in five are
 * non-public enterprises, the rest social organisations of every category; head-counts are skewed
 * as in real registers (log-normal: median about 10, one in a hundred over 500); most small firms
 * have no party member, larger ones more often have members and a party organisation of their
 * own or a joint one; a few facts are left unknown (empty), as in real registers. Every credit
 * code is unique in the register and valid (GB 32100-2015); every party organisation was founded
 * by 2016-11-30, so the register can be assessed on any date from 2016-12-01.
 *
 * <p>Thread-safe: every call has its own random source.
 */
public final class SampleRegister {
  /** The seed of the sample bundled with the command-line tool. */
  public static final long BUNDLED_SEED = 20161130L;
  /** The size of the sample bundled with the command-line tool, in organisations. */
  public static final int BUNDLED_SIZE = 3000;

  private static final String[] WUHAN = {"420102", "420103", "420104", "420105", "420106", "420107", "420111", "420112",
      "420113", "420114", "420115", "420116", "420117"};
  private static final String[] HUBEI = {"420202", "420303", "420502", "420602", "420703", "420802", "420902", "421002",
      "421102", "421202", "421302", "422801"};
  private static final String[] HUNAN = {"430102", "430103", "430104", "430105", "430111", "430202", "430302", "430402",
      "430502", "430602", "430702", "430802", "430902", "431002", "431102", "431202", "431302", "433101"};
  private static final String[] LIAONING = {"210102", "210103", "210104", "210105", "210106", "210202", "210203",
      "210204", "210302", "210402", "210502", "210602", "210702", "210802", "210902", "211002", "211102", "211202",
      "211302", "211402"};
  private static final String[] CITY_NAMES = {"武汉", "湖北", "湖南", "辽宁"};
  private static final String[] TRADE_NAMES = {"华信", "长江", "楚天", "光谷", "汉江", "东湖", "晨曦", "鼎盛", "博远", "恒通", "金桥",
      "同创", "卓越", "新程", "远景", "瑞丰", "天成", "宏图", "嘉禾", "启明", "湘江", "岳麓", "辽河", "海韵", "北辰", "众合", "智联",
      "云帆", "星河", "兴业"};
  private static final String[] TRADES = {"科技", "商贸", "建设", "物流", "软件", "餐饮", "置业", "机械", "电子", "咨询", "印务", "医药"};
  private static final IndustrySection[] TRADE_SECTIONS = {IndustrySection.M, IndustrySection.F, IndustrySection.E,
      IndustrySection.G, IndustrySection.I, IndustrySection.H, IndustrySection.K, IndustrySection.C, IndustrySection.C,
      IndustrySection.L, IndustrySection.C, IndustrySection.F};
  private static final String[] PARKS = {"东湖新技术开发区", "经济技术开发区", "高新技术产业园", "临空经济区", "创意产业园"};
  private static final String[] STREETS = {"中南路街道", "水果湖街道", "关山街道", "花桥街道", "五里墩街道", "东风街道", "解放街道",
      "人民路街道", "新华街道", "中山路街道"};
  // categories and their weights (per mille)
  private static final OrganisationCategory[] CATEGORIES = OrganisationCategory.values();
  private static final int[] WEIGHTS = {800, 40, 20, 10, 30, 5, 20, 20, 10, 10, 15, 15, 5, 0};

  private SampleRegister() {}

  /**
   * The register's organisations, in order, computed lazily (memory does not grow with size).
   *
   * @param size organisations, at least 0 (at most 10 million: credit codes stay unique)
   * @param seed any number; the same seed gives the same register
   * @throws IllegalArgumentException if size is negative or above 10 million
   */
  public static Stream<Organisation> organisations(int size, long seed) {
    if (size < 0 || size > 10_000_000) {
      throw new IllegalArgumentException("size is " + size + ", outside 0 to 10,000,000");
    }
    SplittableRandom root = new SplittableRandom(seed);
    long base = root.nextLong();
    return IntStream.range(0, size).mapToObj(i -> organisation(i, new SplittableRandom(base ^ (i * 0x9E3779B97F4A7C15L))));
  }

  /**
   * Writes the register as CSV (UTF-8 when {@code out} is, RFC 4180 with CRLF) with the canonical
   * Chinese headers ({@link RegisterCsv}); {@code out} is flushed, not closed.
   */
  public static void write(int size, long seed, Writer out) throws IOException {
    Writer unclosed = new java.io.FilterWriter(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
    try (CsvOutput csv = CsvOutput.to(unclosed)) {
      RegisterCsv.write(organisations(size, seed), csv);
    }
  }

  private static Organisation organisation(int i, SplittableRandom r) {
    int regionPick = r.nextInt(100);
    int region = regionPick < 35 ? 0 : regionPick < 60 ? 1 : regionPick < 80 ? 2 : 3;
    String[] divisions = region == 0 ? WUHAN : region == 1 ? HUBEI : region == 2 ? HUNAN : LIAONING;
    String division = divisions[r.nextInt(divisions.length)];
    OrganisationCategory category = category(r);
    boolean enterprise = category == OrganisationCategory.NON_PUBLIC_ENTERPRISE;

    // head-count: log-normal, median e^2.3 ≈ 10
    int headCount = (int) Math.max(1, Math.min(20_000, Math.round(Math.exp(2.3 + 1.3 * r.nextGaussian()))));
    if (!enterprise) {
      headCount = Math.max(3, headCount / 2);
    }

    int trade = r.nextInt(TRADES.length);
    String tradeName = TRADE_NAMES[r.nextInt(TRADE_NAMES.length)] + TRADE_NAMES[r.nextInt(TRADE_NAMES.length)];
    String place = region == 0 ? "武汉" : CITY_NAMES[region];
    Organisation.Builder b = Organisation.builder()
        .creditCode(creditCode(i, division, enterprise ? '9' : '5'))
        .name(place + tradeName + suffix(category, trade) + (i % 7 == 0 ? "（" + (i / 7 % 90 + 10) + "）" : ""))
        .category(category)
        .divisionCode(division);

    if (r.nextInt(100) < 95) {
      b.headCount(headCount);
    }
    if (!enterprise) {
      int level = r.nextInt(10);
      b.registrationLevel(level < 1 ? RegistrationLevel.PROVINCIAL : level < 4 ? RegistrationLevel.CITY
          : RegistrationLevel.DISTRICT_OR_BELOW);
      b.fullTimeStaff(Math.max(1, headCount / 3));
    }
    b.industry(industry(category, trade));
    int park = r.nextInt(10);
    if (park < 2) {
      ParkLevel level = new ParkLevel[] {ParkLevel.NATIONAL, ParkLevel.PROVINCIAL, ParkLevel.CITY, ParkLevel.DISTRICT}[r.nextInt(4)];
      b.park(Park.of(place + PARKS[r.nextInt(PARKS.length)], level));
    } else if (park < 8) {
      b.park(Park.none());
    }
    if (r.nextInt(10) < 6) {
      b.street(STREETS[r.nextInt(STREETS.length)]);
    }
    if (r.nextInt(20) == 0) {
      b.building(TRADE_NAMES[r.nextInt(TRADE_NAMES.length)] + "大厦");
    }

    // members: more likely and more of them in larger organisations; most small firms have none
    boolean membersKnown = r.nextInt(100) < 94;
    double chance = Math.min(0.95, 0.12 + 0.18 * Math.log10(headCount));
    int members = 0;
    if (r.nextDouble() < chance) {
      members = 1 + (int) Math.round(headCount * (0.02 + 0.08 * r.nextDouble()) * r.nextDouble());
      members = Math.min(members, headCount);
    }
    int probationary = members > 3 && r.nextInt(4) == 0 ? Math.max(1, members / 10) : 0;
    int formal = members - probationary;
    if (membersKnown) {
      b.formalMembers(formal).probationaryMembers(probationary);
    }

    int partyPick = r.nextInt(100);
    if (partyPick < 4) {
      // party organisation not reported
    } else if (formal >= 3 && partyPick < 70) {
      PartyOrganisationLevel level = formal >= 100 ? PartyOrganisationLevel.PRIMARY_COMMITTEE
          : formal >= 50 ? PartyOrganisationLevel.GENERAL_BRANCH : PartyOrganisationLevel.BRANCH;
      b.partyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.STANDALONE).level(level)
          .foundingDate(founded(r)).build());
    } else if (members >= 1 && partyPick < 45) {
      b.partyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.JOINT)
          .level(PartyOrganisationLevel.BRANCH).foundingDate(founded(r)).coveredOrganisationCount(2 + r.nextInt(4)).build());
    } else if (members >= 1 && enterprise && partyPick < 50) {
      b.partyOrganisation(PartyOrganisation.builder().form(PartyOrganisationForm.FUNCTIONAL).foundingDate(founded(r)).build());
    } else {
      b.partyOrganisation(PartyOrganisation.none());
      int work = r.nextInt(10);
      if (work < 7) {
        EnumSet<MassOrganisation> mass = EnumSet.noneOf(MassOrganisation.class);
        for (MassOrganisation m : MassOrganisation.values()) {
          if (r.nextInt(headCount >= 25 ? 2 : 6) == 0) {
            mass.add(m);
          }
        }
        b.workCoverage(WorkCoverage.builder().instructorAssigned(r.nextInt(10) < 4).massOrganisations(mass).build());
      }
    }
    return b.build();
  }

  private static OrganisationCategory category(SplittableRandom r) {
    int pick = r.nextInt(1000);
    for (int c = 0; c < WEIGHTS.length; c++) {
      pick -= WEIGHTS[c];
      if (pick < 0) {
        return CATEGORIES[c];
      }
    }
    return OrganisationCategory.NON_PUBLIC_ENTERPRISE;
  }

  private static String suffix(OrganisationCategory category, int trade) {
    return switch (category) {
      case NON_PUBLIC_ENTERPRISE -> TRADES[trade] + "有限公司";
      case SOCIAL_GROUP -> "联谊会";
      case PRIVATE_SCHOOL -> "培训学校";
      case PRIVATE_HOSPITAL -> "医院";
      case OTHER_SOCIAL_SERVICE_INSTITUTION -> "社会工作服务中心";
      case FOUNDATION -> "公益基金会";
      case LAW_FIRM -> "律师事务所";
      case ACCOUNTING_FIRM -> "会计师事务所";
      case TAX_FIRM -> "税务师事务所";
      case ASSET_APPRAISAL_FIRM -> "资产评估有限公司";
      case ACADEMIC_SOCIETY -> "科技学会";
      case INDUSTRY_ASSOCIATION -> TRADES[trade] + "行业协会";
      case COMMUNITY_SOCIAL_ORGANISATION -> "社区志愿者协会";
      case RURAL_NEW_BUSINESS_ENTITY -> "种植专业合作社";
    };
  }

  private static IndustrySection industry(OrganisationCategory category, int trade) {
    return switch (category) {
      case NON_PUBLIC_ENTERPRISE -> TRADE_SECTIONS[trade];
      case LAW_FIRM, ACCOUNTING_FIRM, TAX_FIRM, ASSET_APPRAISAL_FIRM -> IndustrySection.L;
      case PRIVATE_SCHOOL -> IndustrySection.P;
      case PRIVATE_HOSPITAL -> IndustrySection.Q;
      case RURAL_NEW_BUSINESS_ENTITY -> IndustrySection.A;
      default -> IndustrySection.S;
    };
  }

  private static LocalDate founded(SplittableRandom r) {
    return LocalDate.of(2005, 1, 1).plusDays(r.nextInt(4351)); // 2005-01-01 to 2016-11-30
  }

  /** A valid, unique code: authority and type, the division, a 9-character body from the index, the check character. */
  static String creditCode(int index, String division, char authority) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    StringBuilder body = new StringBuilder();
    long n = index;
    for (int k = 0; k < 7; k++) {
      body.append(alphabet.charAt((int) (n % 31)));
      n /= 31;
    }
    String first17 = authority + "1" + division + "MA" + body.reverse();
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }
}
