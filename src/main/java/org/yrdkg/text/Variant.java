package org.yrdkg.text;

/**
 * A span where a copy's wording differs from the fullest version of its document.
 *
 * @param kind substitution (different text), insertion (text only the copy has), omission (text
 *     only the fullest version has, inside the part the copy covers)
 * @param copySpan span in the copy's raw file (empty for an omission)
 * @param fullSpan span in the fullest version's raw file (empty for an insertion)
 * @param copyText the copy's reading
 * @param fullText the fullest version's reading
 */
public record Variant(Kind kind, Span copySpan, Span fullSpan, String copyText, String fullText) {
  public enum Kind { SUBSTITUTION, INSERTION, OMISSION }
}
