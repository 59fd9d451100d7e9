package org.yrdkg.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a copy of a document lines up with the fullest version of it.
 *
 * @param copy the copy
 * @param full the fullest version
 * @param coverage share of the fullest version's body characters that the copy carries
 * @param covered chapters and sections of the fullest version the copy carries at least half of
 * @param partial chapters and sections it carries less than half of, but some
 * @param variants spans where the wording differs
 * @param paragraphMap for each copy paragraph, the full paragraph most of it aligns with, or -1
 * @param charMap for each body character of the copy (paragraphs laid end to end), the body
 *     character of the fullest version it aligns with, or -1
 */
public record CopyAlignment(
    StructuredDocument copy,
    StructuredDocument full,
    double coverage,
    List<Heading> covered,
    List<Heading> partial,
    List<Variant> variants,
    int[] paragraphMap,
    int[] charMap) {

  /**
   * The fullest version's paragraph and position aligned with position {@code pos} of copy
   * paragraph {@code paragraph}, as {@code int[]{paragraph, position}}, or null where the copy
   * has text the fullest version lacks.
   */
  public int[] toFull(int paragraph, int pos) {
    return positions().toFull(paragraph, pos);
  }

  /**
   * {@link #toFull} for many positions of this alignment: the paragraphs' offsets are found once, and a position's
   * paragraph in the fullest version by binary search, instead of walking both documents' paragraphs each time.
   */
  public Positions positions() {
    return new Positions(this);
  }

  /** Positions of the copy mapped onto the fullest version, as {@link CopyAlignment#toFull} maps them. */
  public static final class Positions {
    private final int[] charMap;
    // where each copy paragraph starts among the copy's body characters; a paragraph not in the copy starts at its end
    private final Map<Integer, Integer> copyStarts = new HashMap<>();
    private final int copyLength;
    // the fullest version's paragraphs, in order: where each starts and ends among its body characters, its index
    private final int[] fullStarts;
    private final int[] fullEnds;
    private final int[] fullIndices;

    private Positions(CopyAlignment a) {
      charMap = a.charMap();
      int k = 0;
      for (Paragraph p : a.copy().paragraphs()) {
        copyStarts.putIfAbsent(p.index(), k);
        k += p.text().length();
      }
      copyLength = k;
      List<Paragraph> full = a.full().paragraphs();
      fullStarts = new int[full.size()];
      fullEnds = new int[full.size()];
      fullIndices = new int[full.size()];
      int at = 0;
      for (int i = 0; i < full.size(); i++) {
        fullStarts[i] = at;
        at += full.get(i).text().length();
        fullEnds[i] = at;
        fullIndices[i] = full.get(i).index();
      }
    }

    /** As {@link CopyAlignment#toFull}. */
    public int[] toFull(int paragraph, int pos) {
      int target = charMap[copyStarts.getOrDefault(paragraph, copyLength) + pos];
      if (target < 0) {
        return null;
      }
      // the first paragraph ending after the target (an empty paragraph ends where it starts, so it is passed over)
      int lo = 0;
      int hi = fullEnds.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (fullEnds[mid] > target) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo < fullEnds.length ? new int[] {fullIndices[lo], target - fullStarts[lo]} : null;
    }
  }
}
