package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  // Few characters, so that phrases nest, overlap and share starts (港, 港口, 口岸, 港口岸线); one beyond the BMP.
  private static final String ALPHABET = "港口岸线江海湖河新区a1𠀀";

  @Test
  void findsWhatAnAhoCorasickPassOverEveryCharacterFinds() {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      Map<String, Integer> phrases = new TreeMap<>();
      int size = 1 + random.nextInt(12);
      while (phrases.size() < size) {
        phrases.put(word(random, 1 + random.nextInt(4)), phrases.size());
      }
      PhraseMatcher<Integer> matcher = new PhraseMatcher<>(phrases);
      Oracle oracle = new Oracle(phrases);
      String text = word(random, random.nextInt(40));
      String context = phrases + " in " + text;
      assertEquals(oracle.findAll(text), matcher.findAll(text), context);
      BiPredicate<Integer, Integer> accept = (a, b) -> (a * 31 + b) % 3 != 0;
      assertEquals(oracle.findAll(text, accept), matcher.findAll(text, accept::test), context);
      List<List<Integer>> every = new ArrayList<>();
      matcher.forEach(text, (b, e, v) -> every.add(List.of(b, e, v)));
      assertEquals(oracle.every(text), every, context);
      for (int end = 0; end <= text.length(); end++) {
        assertEquals(oracle.endingAt(text, end), matcher.endingAt(text, end), context + " ending at " + end);
      }
    }
  }

  @Test
  void leftmostLongestAndTheLongestThatEndsWhereAsked() {
    PhraseMatcher<String> m = new PhraseMatcher<>(Map.of("港口", "a", "港口岸线", "b", "口岸", "c", "岸线", "d"));

    assertEquals(List.of("港口岸线", "口岸"), m.findAll("港口岸线与口岸").stream().map(PhraseMatcher.Match::phrase).toList());
    // a rejected phrase leaves the shorter one at its start, and what it hid to its right
    assertEquals(List.of("港口", "岸线"), m.findAll("港口岸线", (a, b) -> b - a < 4).stream()
        .map(PhraseMatcher.Match::phrase).toList());
    // many phrases at one start: the longest accepted one is taken
    Map<String, Integer> nested = new java.util.HashMap<>();
    for (int k = 1; k <= 12; k++) {
      nested.put("港".repeat(k), k);
    }
    assertEquals(List.of(10, 2), new PhraseMatcher<>(nested).findAll("港".repeat(12), (a, b) -> b - a <= 10).stream()
        .map(PhraseMatcher.Match::value).toList());
    assertEquals("港口岸线", m.endingAt("新港口岸线", 5).phrase());
    assertEquals(1, m.endingAt("新港口岸线", 5).from());
    assertEquals("口岸", m.endingAt("新港口岸线", 4).phrase());
    assertNull(m.endingAt("新港口岸线", 2));
    // a phrase starting more than 24 characters before the end is not looked for
    PhraseMatcher<String> long25 = new PhraseMatcher<>(Map.of("港".repeat(25), "x"));
    assertNull(long25.endingAt("港".repeat(25), 25));
    assertEquals(List.of(), new PhraseMatcher<String>(Map.of()).findAll("港口"));
  }

  private static String word(Random random, int n) {
    StringBuilder b = new StringBuilder();
    int[] cps = ALPHABET.codePoints().toArray();
    while (b.length() < n) {
      b.appendCodePoint(cps[random.nextInt(cps.length)]);
    }
    return b.toString();
  }

  /** The matcher as it was: HanLP's Aho-Corasick automaton stepped through every character. */
  private static final class Oracle {
    private final AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();

    Oracle(Map<String, Integer> phrases) {
      trie.build(new TreeMap<>(phrases));
    }

    // every occurrence as {begin, end, value}, by begin and then by end
    List<List<Integer>> every(String text) {
      List<List<Integer>> all = new ArrayList<>();
      trie.parseText(text, (begin, end, value) -> all.add(List.of(begin, end, value)));
      all.sort(java.util.Comparator.<List<Integer>>comparingInt(o -> o.get(0)).thenComparingInt(o -> o.get(1)));
      return all;
    }

    List<PhraseMatcher.Match<Integer>> findAll(String text) {
      int[] endAt = new int[text.length()];
      Integer[] valueAt = new Integer[text.length()];
      trie.parseText(text, (begin, end, value) -> {
        if (end > endAt[begin]) {
          endAt[begin] = end;
          valueAt[begin] = value;
        }
      });
      return PhraseMatcher.leftmostLongest(text, endAt, valueAt);
    }

    List<PhraseMatcher.Match<Integer>> findAll(String text, BiPredicate<Integer, Integer> accept) {
      @SuppressWarnings("unchecked")
      List<PhraseMatcher.Match<Integer>>[] at = new List[text.length()];
      trie.parseText(text, (begin, end, value) -> {
        if (at[begin] == null) {
          at[begin] = new ArrayList<>();
        }
        at[begin].add(new PhraseMatcher.Match<>(begin, end, text.substring(begin, end), value));
      });
      List<PhraseMatcher.Match<Integer>> matches = new ArrayList<>();
      int covered = 0;
      for (int i = 0; i < text.length(); i++) {
        if (i < covered || at[i] == null) {
          continue;
        }
        at[i].sort((a, b) -> b.to() - a.to());
        for (PhraseMatcher.Match<Integer> m : at[i]) {
          if (accept.test(m.from(), m.to())) {
            matches.add(m);
            covered = m.to();
            break;
          }
        }
      }
      return matches;
    }

    PhraseMatcher.Match<Integer> endingAt(String text, int end) {
      List<PhraseMatcher.Match<Integer>> best = new ArrayList<>();
      String window = text.substring(Math.max(0, end - 24), end);
      int offset = end - window.length();
      trie.parseText(window, (b, e, v) -> {
        if (e == window.length() && (best.isEmpty() || b + offset < best.get(0).from())) {
          best.clear();
          best.add(new PhraseMatcher.Match<>(b + offset, end, window.substring(b, e), v));
        }
      });
      return best.isEmpty() ? null : best.get(0);
    }
  }
}
