package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yrdkg.extract.TargetReader.MAX_INDICATOR;
import static org.yrdkg.extract.TargetReader.NORMATIVE;
import static org.yrdkg.extract.TargetReader.REACH;
import static org.yrdkg.extract.TargetReader.SPACE;
import static org.yrdkg.extract.TargetReader.YEAR;
import static org.yrdkg.extract.TargetReader.comparator;
import static org.yrdkg.extract.TargetReader.hasDigit;
import static org.yrdkg.extract.TargetReader.lastStop;
import static org.yrdkg.extract.TargetReader.nextDigit;
import static org.yrdkg.extract.TargetReader.trimIndicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  @Test
  void anIndicatorTakesFortyCodePointsAtMostBeforeTheVerb() {
    // Given forty code points before the verb, two of them of two chars, the leading connectives no part of what is
    // measured; then the same with two code points more
    String measured = "𠀀𠀀密度达到5%";

    // When each is read
    Target forty = TargetReader.read("到2025年" + "其中".repeat(18) + measured, null).get(0);
    Target more = TargetReader.read("到2025年" + "其中".repeat(19) + measured, null).get(0);

    // Then the clause starts forty code points before the verb (42 chars), in both
    assertEquals(6, forty.from());
    assertEquals(8, more.from());
    assertEquals("𠀀𠀀密度", more.indicator());
  }

  @Test
  void aVerbAnywhereWithinReachComesBeforeABoundedFigure() {
    // Given a bounded figure, then within reach of its clause's start a verb and its figure, joined by 、
    String sentence = "到2025年，人口1500万人左右、就业人数达到800万人。";

    // When it is read
    List<Target> t = TargetReader.read(sentence, null);

    // Then the verb's reading is the one taken, over the shorter bounded one
    assertEquals(1, t.size());
    assertEquals("人口1500万人左右、就业人数", t.get(0).indicator());
    assertEquals(new BigDecimal("800"), t.get(0).value());
  }

  @Test
  void readsEveryClauseAsTheClausePatternDid() {
    // Given sentences of the genre at random: dense, with and without clause breaks, long runs, a supplementary character
    Random random = new Random(20250);
    for (int i = 0; i < 4000; i++) {
      String sentence = randomSentence(random);
      for (Integer inherited : new Integer[] {null, 2030}) {
        // When they are read, Then every target and each of its fields is the one the clause pattern gave
        assertEquals(ClausePattern.read(sentence, inherited, false), TargetReader.read(sentence, inherited), sentence);
        assertEquals(ClausePattern.read(sentence, inherited, true), TargetReader.readAll(sentence, inherited), sentence);
      }
    }
  }

  private static final String[] TIMES = {"", "", "到2025年，", "到2025年", "力争到 2030年底，", "至2035年前", "截至2020年末，",
      "2018年，", "预计到2027年", "2019 年"};
  private static final String[] INDICATORS = {"铁路网密度", "5G网络覆盖率", "人口规模", "城乡居民收入差距", "单位GDP能耗较2017年",
      "其中森林覆盖率", "研发投入强度总体", " 全市钢铁行业铁水产能规模", "常住人口城镇化率均", "𠀀指数", "空气质量优良天数比率", "",
      "PM2.5浓度", "同时 ", "基本", "人均𠀀"};
  private static final String[] NUMBERS = {"507", "80", "2.2∶1", "2.2 ∶ 1", "3:1", "1500", "21.1", "0.5", "10", "2025"};
  private static final String[] UNITS = {"%", "‰", "公里/万平方公里", "万人", "亿元", "", "", "万吨", "km²", "年", "个百分点",
      "𠀀"};
  private static final String[] COMPARATORS = {"", "", "以上", "以内", "以下", "左右"};
  private static final String[] BREAKS = {"，", "；", "。", "、", "", "", "", " ", "\n"};
  private static final String[] ENDS = {"。", "", "\n", "\r\n", "，"};
  private static final int[] FILLER = "推进长三角一体化发展建设科创走廊提升区域协同水平着力打造达增突𠀀𠀁 G".codePoints().toArray();

  private static String randomSentence(Random random) {
    StringBuilder s = new StringBuilder(pick(random, TIMES));
    for (int n = 1 + random.nextInt(7); n > 0; n--) {
      int kind = random.nextInt(10);
      if (kind < 3) {
        // a run of words without a break, often longer than an indicator
        for (int k = random.nextInt(50); k > 0; k--) {
          s.appendCodePoint(FILLER[random.nextInt(FILLER.length)]);
        }
      } else if (kind < 4) {
        s.append("建设").append(pick(random, NUMBERS)).append("个示范区");
      } else {
        s.append(pick(random, INDICATORS));
        int verb = random.nextInt(ClausePattern.VERBS.size() + 6);
        s.append(verb < ClausePattern.VERBS.size() ? ClausePattern.VERBS.get(verb) : verb % 2 == 0 ? "" : "下");
        s.append(pick(random, NUMBERS)).append(pick(random, UNITS)).append(pick(random, COMPARATORS));
      }
      s.append(pick(random, BREAKS));
    }
    return s.append(pick(random, ENDS)).toString();
  }

  private static String pick(Random random, String[] pieces) {
    return pieces[random.nextInt(pieces.length)];
  }

  /**
   * The reader as it was, one clause pattern tried by {@link Matcher#lookingAt()} at each start, kept as the oracle of
   * {@link #readsEveryClauseAsTheClausePatternDid()}: {@link TargetReader} reads every sentence as it does. What does
   * not find a clause (the year, trimming the indicator, the comparator, the digit and stop scans) is the reader's own.
   */
  private static final class ClausePattern {
    private static final String NUMBER = "(?<N>\\d+(?:\\.\\d+)?(?:\\s*[:∶]\\s*\\d+(?:\\.\\d+)?)?)";
    private static final String UNIT = "(?<U>%|‰|[\\p{IsHan}A-Za-z/²³]{0,12}?)";
    private static final List<String> VERBS = List.of("达到", "控制在", "缩小到", "缩小至", "下降到", "下降至", "下降",
        "降低到", "降低至", "降低", "提高到", "提高至", "提高", "提升到", "提升至", "增长到", "增长至", "增长", "超过", "不低于",
        "不超过", "不少于", "保持在", "稳定在", "突破", "增加到", "增加至", "达");
    // The lookahead before the verbs lets the lazy indicator grow past a character that starts no verb at once.
    private static final Pattern CLAUSE = Pattern.compile(
        "(?<ind>[^，；。]{0,40}?)" + Lexicon.firstCharOf(VERBS) + "(?<verb>" + String.join("|", VERBS) + ")"
            + NUMBER.replace("N", "num") + UNIT.replace("U", "unit") + "(?<cmp>以上|以内|以下|左右)?(?=[，；。、]|$)"
            // no verb, but an approximate or bounded figure: "人口规模1500万人左右"
            + "|(?<ind2>[^，；。]{0,40}?\\p{IsHan})" + NUMBER.replace("N", "num2") + UNIT.replace("U", "unit2")
            + "(?<cmp2>以上|以内|以下|左右)(?=[，；。、]|$)");

    static List<Target> read(String sentence, Integer inheritedYear, boolean undated) {
      Matcher y = YEAR.matcher(sentence);
      Integer year = inheritedYear;
      boolean baseline = false;
      int start = 0;
      if (y.find()) {
        year = Integer.valueOf(y.group("year"));
        baseline = y.group("to") == null;
        start = y.end();
      }
      List<Target> out = new ArrayList<>();
      if (year == null && !undated || !hasDigit(sentence, start)) {
        // every target states a figure; without one the clause pattern would only backtrack through the sentence
        return out;
      }
      Matcher m = CLAUSE.matcher(sentence);
      while (next(m, sentence, start)) {
        start = m.end() > m.start() ? m.end() : m.end() + 1;
        boolean verbless = m.group("verb") == null;
        String ind = verbless ? m.group("ind2") : m.group("ind");
        String indicator = trimIndicator(ind);
        if (indicator.isEmpty() || indicator.length() > MAX_INDICATOR) {
          continue;
        }
        String number = SPACE.matcher(m.group(verbless ? "num2" : "num")).replaceAll("").replace('∶', ':');
        BigDecimal value = number.contains(":") ? null : new BigDecimal(number);
        String verb = verbless ? "" : m.group("verb");
        if (year == null && !NORMATIVE.contains(verb)) {
          continue;
        }
        String unit = m.group(verbless ? "unit2" : "unit");
        String cmp = m.group(verbless ? "cmp2" : "cmp");
        String shown = indicator + (verb.startsWith("下降") || verb.startsWith("降低") || verb.startsWith("增长")
            || verb.startsWith("提高") || verb.startsWith("提升") ? verb.substring(0, 2) : "");
        int from = m.start(verbless ? "ind2" : "ind") + (ind.length() - ind.stripLeading().length());
        out.add(new Target(shown, value, number, unit, comparator(verb, cmp), year, baseline, from, m.end()));
      }
      return out;
    }

    private static boolean next(Matcher m, String sentence, int from) {
      int digit = -1;
      int stop = -1;
      for (int p = from; p < sentence.length(); p++) {
        if (digit <= p) {
          digit = nextDigit(sentence, p + 1);
          if (digit < 0) {
            return false;
          }
          stop = lastStop(sentence, p, digit);
        }
        if (stop >= p) {
          p = stop; // the clause starts after it at the earliest
          continue;
        }
        if (digit - p > REACH) {
          p = digit - REACH - 1;
          continue;
        }
        m.region(p, sentence.length());
        if (m.lookingAt()) {
          return true;
        }
      }
      return false;
    }
  }
}
