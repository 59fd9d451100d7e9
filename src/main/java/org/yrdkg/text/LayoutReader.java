package org.yrdkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a raw file into lines and classifies each as content or layout noise (page numbers,
 * table of contents, newspaper furniture). Inline furniture such as "（上接第三版）" and "（下转 8
 * 版）" is cut out of content lines. Works on whole lines only, so it is the same for a document
 * and for any span of it.
 */
public final class LayoutReader {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("[-－—–]?\\s*(\\d{1,4}|[ivxlcIVXLC]{1,7})\\s*[-－—–]?|第\\s*\\d{1,4}\\s*页");
  private static final Pattern TOC_HEADER = Pattern.compile("目\\s*录|目\\s*次");
  /** A dot leader (or a run of spaces) and a page number closing the line; searched from the end. */
  private static final Pattern TOC_ENTRY = Pattern.compile("\\S(?:[.．·…。]\\s*){4,}\\d{1,4}$|\\S\\s{4,}\\d{1,4}$");
  /** Longer lines are text whatever they look like; keeps classification linear in the line length. */
  private static final int FURNITURE_MAX = 200;
  private static final Pattern NEWSPAPER_DATE = Pattern.compile(
      "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(星期|周)\\s*[一二三四五六日天]\\s*.{0,12}");
  private static final Pattern COLUMN_HEADER = Pattern.compile("\\p{IsHan}(\\s+\\p{IsHan}){1,3}");
  private static final Pattern SOURCE_NOTE = Pattern.compile("[（(]\\s*(来源|资料来源|稿源)\\s*[:：].{1,40}[）)]");
  /** Newspaper continuation markers: （上接第三版）, (下转 8 版), （转第五版）. */
  static final Pattern CONTINUATION = Pattern.compile(
      "[（(]\\s*(上接|下转|紧接|转|接)\\s*第?\\s*[0-9０-９一二三四五六七八九十A-Za-z]{1,3}\\s*版\\s*[）)]");

  private LayoutReader() {}

  public static List<Line> lines(String raw) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start <= raw.length()) {
      int nl = raw.indexOf('\n', start);
      int end = nl < 0 ? raw.length() : nl;
      int contentEnd = end > start && raw.charAt(end - 1) == '\r' ? end - 1 : end;
      lines.add(classify(raw, start, contentEnd));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return lines;
  }

  static Line classify(String raw, int start, int end) {
    String text = raw.substring(start, end).strip();
    if (text.isEmpty() || text.chars().allMatch(c -> CharNormaliser.isSpace((char) c))) {
      return new Line(start, end, LineKind.BLANK, List.of(), false);
    }
    LineKind kind = text.length() > FURNITURE_MAX ? LineKind.CONTENT
        : PAGE_NUMBER.matcher(text).matches() ? LineKind.PAGE_NUMBER
        : TOC_HEADER.matcher(text).matches() ? LineKind.TOC_HEADER
        : TOC_ENTRY.matcher(text).find() ? LineKind.TOC_ENTRY
        : NEWSPAPER_DATE.matcher(text).matches() ? LineKind.NEWSPAPER_DATE
        : COLUMN_HEADER.matcher(text).matches() ? LineKind.COLUMN_HEADER
        : SOURCE_NOTE.matcher(text).matches() ? LineKind.SOURCE_NOTE
        : LineKind.CONTENT;
    if (kind != LineKind.CONTENT) {
      return new Line(start, end, kind, List.of(), false);
    }
    List<int[]> kept = new ArrayList<>();
    Matcher m = CONTINUATION.matcher(raw).region(start, end);
    int from = start;
    boolean continuation = false;
    while (m.find()) {
      if (m.start() > from) {
        kept.add(new int[] {from, m.start()});
      }
      continuation |= m.group(1).contains("接");
      from = m.end();
    }
    if (from < end) {
      kept.add(new int[] {from, end});
    }
    boolean empty = kept.stream()
        .allMatch(r -> raw.substring(r[0], r[1]).isBlank());
    return new Line(start, end, empty ? LineKind.BLANK : LineKind.CONTENT, empty ? List.of() : kept, continuation);
  }

  /**
   * The raw ranges of document text inside {@code span}: what the document reads there once
   * layout noise is left out. Lines cut by the span's ends count as content.
   */
  public static List<int[]> keptRanges(String raw, Span span) {
    List<int[]> out = new ArrayList<>();
    for (Line line : lines(raw)) {
      if (line.end() <= span.start() || line.start() >= span.end()) {
        continue;
      }
      boolean whole = line.start() >= span.start() && line.end() <= span.end();
      List<int[]> kept = whole || line.kind() == LineKind.CONTENT ? line.kept()
          : List.of(new int[] {line.start(), line.end()});
      for (int[] r : kept) {
        int s = Math.max(r[0], span.start());
        int e = Math.min(r[1], span.end());
        if (s < e) {
          out.add(new int[] {s, e});
        }
      }
    }
    return out;
  }
}
