package org.yrdkg.text;

/**
 * A heading of the document's structure.
 *
 * @param index position among the document's headings
 * @param kind its kind, which gives its rank
 * @param number "第五章", "（一）", "" for unnumbered headings
 * @param title the heading text after the number
 * @param span its span in the raw file
 * @param parent index of the enclosing heading, or -1
 */
public record Heading(int index, HeadingKind kind, String number, String title, Span span, int parent) {
  /** Number and title as the document prints them, e.g. "第五章 提升基础设施互联互通水平". */
  public String label() {
    return number.isEmpty() ? title : number + " " + title;
  }
}
