package org.yrdkg.text;

import java.util.List;

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
    int k = 0;
    for (Paragraph p : copy.paragraphs()) {
      if (p.index() == paragraph) {
        break;
      }
      k += p.text().length();
    }
    int target = charMap[k + pos];
    if (target < 0) {
      return null;
    }
    for (Paragraph p : full.paragraphs()) {
      if (target < p.text().length()) {
        return new int[] {p.index(), target};
      }
      target -= p.text().length();
    }
    return null;
  }
}
