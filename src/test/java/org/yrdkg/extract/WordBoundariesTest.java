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
}
