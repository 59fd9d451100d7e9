package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private static List<String> found(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  @Test
  void aFirstCharacterLookaheadMatchesWhatTheAlternationAloneMatches() {
    // Given an alternation of words, with and without the lookahead of their first characters
    List<String> words = List.of("有限公司", "公司", "集团", "研究院", "𠀀字");
    String alternation = "(?:" + String.join("|", words) + ")";
    Pattern plain = Pattern.compile(alternation);
    Pattern guarded = Pattern.compile(Lexicon.firstCharOf(words) + alternation);

    // When both look through texts with and without the words (one starting with a supplementary character)
    for (String text : List.of("由某某集团有限公司牵头，某研究院参与", "推进公司制改革和集团化经营", "没有一个词", "", "𠀀字号")) {
      // Then they find the same matches
      assertEquals(found(plain, text), found(guarded, text), text);
    }
  }
}
