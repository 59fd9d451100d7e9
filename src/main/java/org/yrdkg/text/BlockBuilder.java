package org.yrdkg.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins content lines into blocks. Text from PDF and newspaper columns is wrapped at a fixed
 * width: a line that fills the column continues on the next line, a shorter one ends its
 * paragraph. Files whose lines do not share a width hold one paragraph per line, except where a
 * long line stops without closing punctuation.
 */
public final class BlockBuilder {
  static final Pattern HEADING_START = Pattern.compile(
      "^(第[一二三四五六七八九十百零〇0-9]+[章节篇部分]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
          + "|\\d{1,2}[.．、](?!\\d)|前言|序言|引言|结语|附则)");
  private static final int UNWRAPPED_BREAK = 50;
  private static final String CLOSING = "。！？；：…”」』）)!?;:";
  private static final String CLAUSE_PUNCT = "。，；：！？、,;:!?";

  private BlockBuilder() {}

  /** The width profile of a file: the column width, or 0 when lines are not wrapped. */
  record Profile(int width, int tolerance) {
    boolean wrapped() {
      return width > 0;
    }

    boolean full(int w) {
      return wrapped() && w >= width - tolerance;
    }
  }

  public static List<Block> blocks(String raw, List<Line> lines) {
    Profile profile = profile(raw, lines);
    List<Block> blocks = new ArrayList<>();
    List<int[]> current = new ArrayList<>();
    int currentLines = 0;
    boolean currentContinuation = false;
    boolean currentHeading = false;
    int lastWidth = 0;
    String lastLine = "";
    for (Line line : lines) {
      if (line.kind() != LineKind.CONTENT) {
        continue;
      }
      String text = textOf(raw, line).strip();
      int width = width(text);
      boolean heading = HEADING_START.matcher(text).find();
      boolean join = !current.isEmpty() && !heading && !line.continuation()
          && (currentHeading ? headingContinues(text, width, profile) : continues(lastLine, lastWidth, profile));
      if (!join && !current.isEmpty()) {
        blocks.add(new Block(List.copyOf(current), currentLines, currentContinuation));
        current.clear();
        currentLines = 0;
      }
      if (current.isEmpty()) {
        currentContinuation = line.continuation();
        currentHeading = heading && isShortHeading(text);
      }
      current.addAll(line.kept());
      currentLines++;
      lastWidth = width;
      lastLine = text;
    }
    if (!current.isEmpty()) {
      blocks.add(new Block(List.copyOf(current), currentLines, currentContinuation));
    }
    return blocks;
  }

  /**
   * A paragraph goes on past a line that fills the column, or past a line that stops without
   * closing punctuation and is only as short as a paragraph's indented first line can be (a title
   * or a headline is shorter).
   */
  private static boolean continues(String line, int width, Profile profile) {
    if (profile.full(width)) {
      return true;
    }
    char last = line.isEmpty() ? '。' : line.charAt(line.length() - 1);
    if (!profile.wrapped()) {
      // one paragraph a line, but a stray line break can still cut a long one
      return CLOSING.indexOf(last) < 0 && line.length() >= UNWRAPPED_BREAK;
    }
    return CLOSING.indexOf(last) < 0 && width >= profile.width() * 0.6;
  }

  /**
   * A heading wraps only onto a line well short of the column (the first line of a paragraph is
   * short only by its indent) that has no clause punctuation.
   */
  private static boolean headingContinues(String text, int width, Profile profile) {
    return profile.wrapped() && width < profile.width() * 0.72 && text.chars().noneMatch(c -> CLAUSE_PUNCT.indexOf(c) >= 0);
  }

  private static boolean isShortHeading(String text) {
    return text.chars().noneMatch(c -> "。；！？".indexOf(c) >= 0);
  }

  static Profile profile(String raw, List<Line> lines) {
    int[] widths = lines.stream()
        .filter(l -> l.kind() == LineKind.CONTENT)
        .mapToInt(l -> width(textOf(raw, l).strip()))
        .sorted()
        .toArray();
    if (widths.length < 10) {
      return new Profile(0, 0);
    }
    int w = widths[(int) (widths.length * 0.8)];
    int tol = Math.max(3, w / 12);
    long inBand = Arrays.stream(widths).filter(x -> Math.abs(x - w) <= tol).count();
    return inBand >= widths.length * 0.45 ? new Profile(w, tol) : new Profile(0, 0);
  }

  private static String textOf(String raw, Line line) {
    StringBuilder sb = new StringBuilder();
    for (int[] r : line.kept()) {
      sb.append(raw, r[0], r[1]);
    }
    return sb.toString();
  }

  /** Display width: two units for a wide (CJK, full-width) character, one for the rest. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) < 0x1100 ? 1 : 2;
    }
    return w;
  }
}
