package org.yrdkg.text;

/** An entry of a table of contents: "第一章 发展背景 …… 1". */
public record TocEntry(HeadingKind kind, String number, String title, int page) {
  public String label() {
    return number.isEmpty() ? title : number + " " + title;
  }
}
