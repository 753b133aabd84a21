package org.partyorg.rules.api.model;

/**
 * The sections (门类) of GB/T 4754-2017, the national classification of economic activities, A to
 * T: the industry an organisation is registered under, at the coarsest level the standard has.
 * Wuhan groups members into joint organisations by similar industry (行业相近) and Liaoning by
 * trade (同业共建); the section is the level every register can give. The letter is the
 * constant's name; the Chinese and English names are in the model's names file.
 */
public enum IndustrySection {
  /** A 农、林、牧、渔业. */
  A,
  /** B 采矿业. */
  B,
  /** C 制造业. */
  C,
  /** D 电力、热力、燃气及水生产和供应业. */
  D,
  /** E 建筑业. */
  E,
  /** F 批发和零售业. */
  F,
  /** G 交通运输、仓储和邮政业. */
  G,
  /** H 住宿和餐饮业. */
  H,
  /** I 信息传输、软件和信息技术服务业. */
  I,
  /** J 金融业. */
  J,
  /** K 房地产业. */
  K,
  /** L 租赁和商务服务业 (accounting, law and appraisal firms are here). */
  L,
  /** M 科学研究和技术服务业. */
  M,
  /** N 水利、环境和公共设施管理业. */
  N,
  /** O 居民服务、修理和其他服务业. */
  O,
  /** P 教育. */
  P,
  /** Q 卫生和社会工作. */
  Q,
  /** R 文化、体育和娱乐业. */
  R,
  /** S 公共管理、社会保障和社会组织. */
  S,
  /** T 国际组织. */
  T
}
