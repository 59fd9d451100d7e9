package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartingWordsTest {

  private final StartingWords words = new StartingWords(List.of("加快", "加快推进", "推进", "建", "建设"));

  @Test
  void theLongestWordStartingAtThePositionWins() {
    // Given a text where a word and a longer one both start at 0
    String text = "加快推进园区建设";

    // When / Then the longer one is found there, and the next words where they start
    assertEquals("加快推进", words.at(text, 0));
    assertEquals("推进", words.at(text, 2));
    assertEquals("建设", words.at(text, 6));
  }

  @Test
  void aWordCutByTheEndOfTheTextIsNoMatch() {
    // Given a text that ends inside a longer word
    String text = "园区加快推";

    // When / Then only the word that fits is found
    assertEquals("加快", words.at(text, 2));
    assertNull(words.at(text, 4));
  }

  @Test
  void positionsWithoutAWordOrOutsideTheTextGiveNull() {
    assertNull(words.at("园区建设", 0));
    assertNull(words.at("园区建设", 4));
    assertNull(words.at("园区建设", 9));
    assertNull(words.at("园区建设", -1));
  }

  @Test
  void containsAnswersForWholeWordsOnly() {
    assertTrue(words.contains("加快"));
    assertFalse(words.contains("加"));
  }
}
