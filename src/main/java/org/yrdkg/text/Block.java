package org.yrdkg.text;

import java.util.List;

/**
 * A run of content lines that belong together (a paragraph or a heading), before structure is read.
 *
 * @param ranges raw ranges of its text, in order
 * @param lines how many raw lines it spans
 * @param continuation it opens with a newspaper continuation marker ("（上接第一版）")
 */
public record Block(List<int[]> ranges, int lines, boolean continuation) {
  public Span span() {
    return new Span(ranges.get(0)[0], ranges.get(ranges.size() - 1)[1]);
  }
}
