package org.yrdkg.text;

/** What a line of a raw file is, before any structure is read into it. */
public enum LineKind {
  BLANK,
  /** Text of the document. */
  CONTENT,
  /** A page number: "- 12 -", "12", "iv". */
  PAGE_NUMBER,
  /** The heading of a table of contents ("目 录"). */
  TOC_HEADER,
  /** A table-of-contents entry with a dot leader and a page number. */
  TOC_ENTRY,
  /** A newspaper date line ("2019 年 12 月 2 日 星期一"). */
  NEWSPAPER_DATE,
  /** A newspaper column header of spaced single characters ("要 闻"). */
  COLUMN_HEADER,
  /** A note of where the text was taken from ("（来源：上海市人民政府）"). */
  SOURCE_NOTE
}
