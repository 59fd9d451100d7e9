package org.yrdkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormaliserTest {

  @Test
  void spacesBetweenChineseGoAndSpacesBetweenLatinWordsStay() {
    assertEquals("到2025年，AI医生和Type II城市", CharNormaliser.normalise("到 2025 年 ， AI 医生和 Type  II 城市"));
  }

  @Test
  void fullWidthLettersAndDigitsBecomeHalfWidth() {
    assertEquals("G60科创走廊，5G网络达到95%", CharNormaliser.normalise("Ｇ６０科创走廊，５Ｇ网络达到９５％"));
  }

  @Test
  void halfWidthPunctuationBesideChineseBecomesFullWidth() {
    assertEquals("深化改革，扩大开放；（四）加强督查：1,000人", CharNormaliser.normalise("深化改革,扩大开放;(四)加强督查:1,000人"));
  }

  @Test
  void traditionalCharactersBecomeSimplified() {
    assertEquals("跨境电商网络和应用", CharNormaliser.normalise("跨境電商網絡和應用"));
  }

  @Test
  void loneDashBecomesHyphenButDoubleDashStays() {
    assertEquals("虹桥-昆山-相城——跌破冰点", CharNormaliser.normalise("虹桥—昆山－相城——跌破冰点"));
  }

  @Test
  void offsetsPointAtTheRawCharacters() {
    String raw = "推进 浙沪\n联络线";

    NormalisedText text = CharNormaliser.normalise(raw, List.of(new int[] {0, 5}, new int[] {6, 9}));

    assertEquals("推进浙沪联络线", text.text());
    assertEquals(3, text.rawIndex(2));
    assertEquals(6, text.rawIndex(4));
    assertEquals(new Span(3, 9), text.rawSpan(2, 7));
  }

  @Test
  void layoutNoiseLinesAndContinuationMarkersAreLeftOut() {
    String raw = "（上接第三版）加快建设\n- 12 -\n要 闻\n2019 年 12 月 2 日 星期一\n浙沪联络线。(下转 8 版)";

    List<int[]> kept = LayoutReader.keptRanges(raw, new Span(0, raw.length()));

    assertEquals("加快建设浙沪联络线。", CharNormaliser.normalise(raw, kept).text());
  }
}
