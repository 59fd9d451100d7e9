package org.yrdkg.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a paragraph's normalised text into sentences at 。！？ (closing quotes and brackets stay with their sentence). */
public final class SentenceSplitter {
  private static final String END = "。！？!?";
  private static final String CLOSE = "”’」』）》】\"')";
  private static final int LEAD_MAX = 30;

  private SentenceSplitter() {}

  /**
   * @param start where the first sentence begins (after an item number)
   * @param firstIndex document-wide index of the first sentence
   */
  public static List<Sentence> split(NormalisedText text, int start, int paragraph, int firstIndex) {
    String s = text.text();
    List<int[]> bounds = new ArrayList<>();
    int from = skipSpace(s, start);
    for (int i = from; i < s.length(); i++) {
      if (END.indexOf(s.charAt(i)) >= 0) {
        int end = i + 1;
        while (end < s.length() && (END.indexOf(s.charAt(end)) >= 0 || CLOSE.indexOf(s.charAt(end)) >= 0)) {
          end++;
        }
        bounds.add(new int[] {from, end});
        from = skipSpace(s, end);
        i = from - 1;
      }
    }
    if (from < s.length()) {
      bounds.add(new int[] {from, s.length()});
    }
    List<Sentence> out = new ArrayList<>();
    for (int k = 0; k < bounds.size(); k++) {
      int[] b = bounds.get(k);
      String t = s.substring(b[0], b[1]);
      boolean lead = k == 0 && bounds.size() > 1 && t.endsWith("。") && t.length() <= LEAD_MAX
          && t.indexOf('，') < 0 && t.indexOf('；') < 0;
      out.add(new Sentence(firstIndex + k, paragraph, t, text.rawSpan(b[0], b[1]), b[0], lead));
    }
    return out;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
