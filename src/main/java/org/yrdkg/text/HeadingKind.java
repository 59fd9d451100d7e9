package org.yrdkg.text;

import java.util.regex.Pattern;

/** Kinds of numbered heading in Chinese policy documents, by rank: a heading's parent is the nearest earlier heading of lower rank. */
public enum HeadingKind {
  /** 前言, 结语 and other unnumbered top-level headings. */
  UNNUMBERED(1, "(前言|序言|引言|结语|附则)"),
  /** 第一章. */
  CHAPTER(1, "第[一二三四五六七八九十百零〇0-9]+[章篇]"),
  /** 第一节. */
  SECTION(2, "第[一二三四五六七八九十百零〇0-9]+节"),
  /** 一、 */
  PART(3, "[一二三四五六七八九十]{1,3}、"),
  /** （一） */
  SUBPART(4, "（[一二三四五六七八九十]{1,3}）"),
  /** 1. */
  ITEM(5, "\\d{1,2}[.．、](?!\\d)");

  private final int rank;
  private final Pattern number;

  HeadingKind(int rank, String number) {
    this.rank = rank;
    this.number = Pattern.compile("^" + number);
  }

  public int rank() {
    return rank;
  }

  /** The kind whose number opens this normalised text, or null. */
  public static HeadingKind of(String text) {
    for (HeadingKind kind : values()) {
      if (kind.number.matcher(text).find()) {
        return kind;
      }
    }
    return null;
  }

  /** The number at the start of {@code text} ("第五章", "（一）", "1."), or "" for unnumbered headings. */
  public String numberOf(String text) {
    var m = number.matcher(text);
    return m.find() && this != UNNUMBERED ? m.group() : "";
  }
}
