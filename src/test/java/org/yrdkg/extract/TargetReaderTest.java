package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yrdkg.extract.TargetReader.Target;

class TargetReaderTest {

  @Test
  void oneSentenceWithSeveralTargetsGivesOneTargetEach() {
    List<Target> t = TargetReader.read("到2025年，铁路网密度达到507公里/万平方公里，高速公路密度达到5公里/百平方公里，5G网络覆盖率达到80%。", null);

    assertEquals(3, t.size());
    assertEquals(new Target("铁路网密度", new BigDecimal("507"), "507", "公里/万平方公里", "Reach", 2025, false, 7, 25), t.get(0));
    assertEquals("高速公路密度", t.get(1).indicator());
    assertEquals("%", t.get(2).unit());
    assertEquals(new BigDecimal("80"), t.get(2).value());
  }

  @Test
  void comparatorComesFromTheSuffixOrTheVerb() {
    List<Target> t = TargetReader.read("到2025年，研发投入强度达到3%以上，城乡居民收入差距控制在2.2∶1以内，森林覆盖率超过40%，人口规模1500万人左右。", null);

    assertEquals(List.of("AtLeast", "AtMost", "Exceed", "Approximately"), t.stream().map(Target::comparator).toList());
    assertNull(t.get(1).value());
    assertEquals("2.2:1", t.get(1).valueText());
  }

  @Test
  void aCapWithoutAYearIsATargetAndADescribedFigureIsNot() {
    String cap = "深化钢铁行业污染治理，全市钢铁行业铁水产能规模控制在1502万吨以内，完成超低排放改造。";
    String described = "城镇体系完备，常住人口城镇化率超过60%，研发强度均超过3%。";

    List<Target> t = TargetReader.readAll(cap, null);

    assertEquals(1, t.size());
    assertEquals("全市钢铁行业铁水产能规模", t.get(0).indicator());
    assertEquals("AtMost", t.get(0).comparator());
    assertEquals("万吨", t.get(0).unit());
    assertNull(t.get(0).year());
    assertEquals(List.of(), TargetReader.read(cap, null));
    assertEquals(List.of(), TargetReader.readAll(described, null));
  }

  @Test
  void reductionKeepsItsVerbInTheIndicator() {
    List<Target> t = TargetReader.read("到2025年，单位GDP能耗较2017年下降10%。", null);

    assertEquals("单位GDP能耗较2017年下降", t.get(0).indicator());
    assertEquals("%", t.get(0).unit());
  }

  @Test
  void bareYearMakesABaselineFigure() {
    List<Target> t = TargetReader.read("2018年，地区生产总值达到21.1万亿元。", null);

    assertTrue(t.get(0).baseline());
    assertEquals("万亿元", t.get(0).unit());
    assertEquals(2018, t.get(0).year());
  }

  @Test
  void clausesWithoutANumberOrYearGiveNothing() {
    assertEquals(List.of(), TargetReader.read("到2025年，细颗粒物（PM2.5）平均浓度总体达标。", null));
    assertEquals(List.of(), TargetReader.read("推进长三角一体化发展，建设G60科创走廊。", null));
  }

  @Test
  void yearCarriesToTheNextSentenceOfTheParagraph() {
    Integer year = TargetReader.yearOf("到2030年，全市人均期望寿命达到84岁。");

    List<Target> t = TargetReader.read("劳动年龄人口平均受教育年限达到11.5年。", year);

    assertEquals(2030, t.get(0).year());
    assertEquals("年", t.get(0).unit());
  }

  @Test
  void longSentenceWithoutPunctuationIsReadInBoundedTime() {
    String s = "到2025年" + "推进长三角一体化发展".repeat(1000);

    assertEquals(List.of(), TargetReader.read(s, null));
  }

  @Test
  void aTargetFarIntoALongSentenceIsFoundWhereverItsClauseStarts() {
    // Given a target clause after a long clause without figures, and a figure too far from the clause's start
    String sentence = "到2030年，全面建成布局合理、功能完备、运行高效、绿色低碳、安全可靠、智能先进、服务优质的现代化综合交通运输体系和"
        + "区域协同发展的长效机制，城际铁路网络与市域铁路网络、城市轨道交通网络实现多层次深度融合发展，轨道交通站点周边"
        + "一公里范围内常住人口覆盖率达到60%。";

    // When it is read
    List<Target> t = TargetReader.read(sentence, null);

    // Then the target is found, its indicator the words before the verb within reach
    assertEquals(1, t.size());
    assertEquals(new BigDecimal("60"), t.get(0).value());
    assertTrue(t.get(0).indicator().endsWith("常住人口覆盖率"), t.get(0).indicator());
  }

  @Test
  void aFigureWithoutAVerbOrBoundIsNoTarget() {
    assertEquals(List.of(), TargetReader.read("到2025年，建成5个示范区和3条示范走廊，推动12项改革举措落地。", null));
  }
}
