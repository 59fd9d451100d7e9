package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ViterbiWordsTest {

  // words and natures, "word/nature word/nature …"
  private static String read(ViterbiWords.Words w) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < w.size(); k++) {
      b.append(w.word(k)).append('/').append(w.natures()[k]).append(' ');
    }
    return b.toString();
  }

  private static void assertSameAsHanLP(String text) {
    assertEquals(read(ViterbiWords.byHanLP(text)), read(ViterbiWords.of(text)), text);
  }

  private static List<String> seedTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  @Test
  void readsEveryClauseOfTheSeedsAsHanLPDoes() throws IOException {
    int clauses = 0;
    for (String text : seedTexts()) {
      for (String clause : text.split("[，。；：！？\\n]")) {
        if (!clause.isBlank()) {
          assertSameAsHanLP(clause);
          clauses++;
        }
      }
    }
    assertTrue(clauses > 5_000, "clauses read: " + clauses);
  }

  @Test
  void readsWindowsOfTheSeedsAsHanLPDoes() throws IOException {
    Random random = new Random(11);
    for (String text : seedTexts()) {
      for (int n = 0; n < 2_000; n++) {
        int from = random.nextInt(text.length());
        assertSameAsHanLP(text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(80))));
      }
    }
  }

  /**
   * Texts dense in what the lattice treats apart: numbers with decimal points and separators, Chinese numerals,
   * letters, full-width forms, punctuation, characters no word holds, and characters of the seeds' words.
   */
  @Test
  void readsMixedTextsAsHanLPDoes() throws IOException {
    String seeds = String.join("", seedTexts()).replaceAll("\\s", "");
    String[] odd = {"1", "25", "3.5", "1,000", "１２", "．", "，", ".", ",", "%", "％", "一", "二十", "百", "万", "亿", "两",
        "〇", "零", "第", "a", "GDP", "Ｇ", "5G", "·", "-", "—", "（", "）", "“", "”", " ", "\u3000", "\uE000", "😀", "年",
        "月", "个", "亿元", "km"};
    Random random = new Random(13);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = 1 + random.nextInt(12); i > 0; i--) {
        if (random.nextBoolean()) {
          b.append(odd[random.nextInt(odd.length)]);
        } else {
          int at = random.nextInt(seeds.length() - 6);
          b.append(seeds, at, at + 1 + random.nextInt(5));
        }
      }
      assertSameAsHanLP(b.toString());
    }
  }

  @Test
  void wordsEndWhereTheTextDoes() {
    ViterbiWords.Words w = ViterbiWords.of("推进长三角一体化发展");
    assertEquals(10, w.ends()[w.size() - 1]);
    assertEquals(0, ViterbiWords.of("").size());
  }
}
