package org.partyorg.rules.api;

/**
 * The unit a {@link FactType}'s value or a {@link Parameter} is counted in, with the word its
 * Chinese and English texts put after a number.
 */
public enum Unit {
  /** 人 / persons: staff, members. */
  PERSONS("人", "persons"),
  /** 个 / organisations: enterprises, social organisations, covered units. */
  ORGANISATIONS("个", "organisations"),
  /** 个 / items: platforms, groups, institutions and other things counted. */
  ITEMS("个", "items"),
  /** 次 / times: meetings, lectures, talks. */
  TIMES("次", "times"),
  /** 年 / years. */
  YEARS("年", "years"),
  /** 元 / yuan. */
  YUAN("元", "yuan"),
  /** A share between 0 and 1 (0.8 is 80%). */
  SHARE("", ""),
  /** 百分比 / percent, between 0 and 100. */
  PERCENT("%", "%"),
  /** No unit: codes, dates, flags, text. */
  NONE("", "");

  private final String zh;
  private final String en;

  Unit(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The word Chinese text puts after a number, e.g. 人; empty where there is none. */
  public String zh() {
    return zh;
  }

  /** The word English text puts after a number, e.g. persons; empty where there is none. */
  public String en() {
    return en;
  }
}
