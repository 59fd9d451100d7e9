package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordBoundariesTest {

  @Test
  void aFragmentInsideAWordDoesNotEndOne() {
    WordBoundaries words = new WordBoundaries("推进绿化工程建设");
    assertFalse(words.endsWord(3, 5), "化工 of 绿化工程");
    assertTrue(words.endsWord(2, 4), "绿化");
    assertTrue(words.aligned(2, 4), "绿化 starts and ends on boundaries");
    assertFalse(words.aligned(3, 6), "化工程 starts inside 绿化");
  }

  @Test
  void theEndsOfTheTextAndPunctuationMarksEndWords() {
    WordBoundaries words = new WordBoundaries("发展生物医药、化工，");
    assertTrue(words.endsWord(4, 6), "医药 before 、");
    assertTrue(words.aligned(7, 9), "化工 between 、 and ，");
    assertTrue(words.aligned(0, 2), "发展 at the start of the text");
    assertTrue(new WordBoundaries("深化工业").endsWord(2, 4), "工业 at the end of the text");
  }

  @Test
  void aLongTextReadInWindowsAgreesWithAShortOneReadWhole() {
    String clause = "推进绿化工程建设";
    String padding = "加快推进长江三角洲区域一体化发展规划纲要确定的各项重点任务落实落地";
    WordBoundaries whole = new WordBoundaries(clause);
    WordBoundaries windows = new WordBoundaries(padding + clause + padding);
    int shift = padding.length();
    assertTrue(padding.length() * 2 + clause.length() > 48, "long enough to be read in windows");
    for (int from = 0; from < clause.length(); from++) {
      for (int to = from + 1; to <= clause.length(); to++) {
        if (to == clause.length() || from == 0) {
          continue; // an end of the short text is a boundary there, not inside the long one
        }
        assertTrue(whole.endsWord(from, to) == windows.endsWord(from + shift, to + shift),
            clause.substring(from, to) + " ends a word alike in both");
      }
    }
  }

  @Test
  void boundariesSettledWithoutSegmentingAgreeWithTheSegmenter() {
    // clauses of at most 48 characters are segmented whole, so the segmenter's own word ends are the answer at every
    // position; most positions here are settled by the dictionary check instead (two Chinese characters, no word
    // across), the rest by segmenting: numerals, Latin letters and digits, compounds, words across the position
    String[] clauses = {
      "推进绿化工程建设", "深化工业互联网创新应用", "建设上海国际航运中心和长三角生态绿色一体化发展示范区",
      "到2025年新增LNG接收能力300万吨", "打造三十个以上特色小镇", "加快沪苏湖铁路前期工作并适时开工建设",
      "提升水生态修复能力和文化教育水平", "研究建设南京至宣城铁路，推进宁杭二通道规划建设",
      // characters no dictionary word holds, from the ends of the BMP and outside it
      "发展\uE000产业\uFFFD集群\uD83D\uDE00建设\u3400园区\uFFFF港口"
    };
    int checked = 0;
    for (String clause : clauses) {
      java.util.Set<Integer> ends = new java.util.HashSet<>();
      int at = 0;
      for (String word : WordBoundaries.words(clause)) {
        at += word.length();
        ends.add(at);
      }
      WordBoundaries words = new WordBoundaries(clause);
      for (int to = 1; to < clause.length(); to++) {
        org.junit.jupiter.api.Assertions.assertEquals(ends.contains(to), words.endsWord(0, to),
            clause.substring(0, to) + "|" + clause.substring(to));
        checked++;
      }
    }
    assertTrue(checked > 120, "every position of every clause");
  }
}
