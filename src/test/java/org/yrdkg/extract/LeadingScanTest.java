package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingScanTest {

  /** Every match as start, end and text, in order, as Matcher.find reads them. */
  private static List<String> found(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  private static List<String> scanned(LeadingScan scan, String text) {
    List<String> out = new ArrayList<>();
    LeadingScan.Hits m = scan.in(text);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  private static String random(Random r, String alphabet, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  @Test
  void findsWhatFindFindsWithLookaroundAnchorsAndOverlaps() {
    // a lookbehind reaching before the start, an anchor, a lookahead past a match, matches that overlap and nest
    Pattern p = Pattern.compile("(?<=配合)国家(?:层面)?|^政府|省委(?![员会])|委|等[一二]+大|一大");
    LeadingScan scan = new LeadingScan(p, List.of("国家", "政府", "省委", "委", "等", "一"));
    Random r = new Random(7);
    int matches = 0;
    for (int i = 0; i < 3000; i++) {
      String text = random(r, "配合国家层面政府省委员会等一二大，", 1 + r.nextInt(40));
      List<String> expected = found(p, text);
      matches += expected.size();
      assertEquals(expected, scanned(scan, text), text);
    }
    assertTrue(matches > 3000, "the texts hold matches: " + matches);
  }

  @Test
  void theSectorListClosersAreFoundAsFindFindsThem() {
    LeadingScan closers = ExtractionContext.load().sectors().closers;
    Random r = new Random(11);
    int matches = 0;
    String[] pieces = {"等", "一", "十", "两", "几", "大", "产业", "重点领域", "战略性新兴产业", "制造业集群", "服务业", "新兴",
        "、", "和", "集"};
    for (int i = 0; i < 3000; i++) {
      StringBuilder t = new StringBuilder();
      for (int k = r.nextInt(12); k >= 0; k--) {
        t.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = t.toString();
      List<String> expected = found(closers.pattern(), text);
      matches += expected.size();
      assertEquals(expected, scanned(closers, text), text);
    }
    assertTrue(matches > 300, "the texts hold closers: " + matches);
  }

  @Test
  void aPatternThatMatchesNothingAndAnEmptyTextFindNothing() {
    LeadingScan scan = new LeadingScan(Pattern.compile("甲乙"), List.of("甲"));
    assertEquals(List.of(), scanned(scan, ""));
    assertEquals(List.of(), scanned(scan, "甲甲丙乙"));
    assertEquals(List.of("1-3:甲乙", "3-5:甲乙"), scanned(scan, "甲甲乙甲乙"));
  }
}
