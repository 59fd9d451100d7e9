package org.yrdkg.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a source file into a {@link StructuredDocument}: front matter (title, issuer, date),
 * headings, paragraphs and sentences; newspaper headlines and unrelated articles are left out.
 */
public final class DocumentParser {
  private static final Pattern TITLE_NOUN =
      Pattern.compile(".*(纲要|方案|规划|意见|通知|办法|计划|决定|条例|细则|要点|清单|报告|措施)");
  private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");
  private static final Pattern ISSUER = Pattern.compile(
      "([\\p{IsHan}]{2,30}(中央|国务院|政府|委员会|办公厅|办公室|厅|局|委|部|院|会))");
  private static final Pattern SOURCE = Pattern.compile("（\\s*(?:来源|资料来源|稿源)：\\s*(.+?)）");
  private static final Pattern TOC_TAIL = Pattern.compile("[.．·…。\\s]{2,}(\\d{1,4})$");
  private static final String SENTENCE_END = "。；！？";
  /** An article scoring under this share of the main text's genre score is not part of the policy. */
  private static final double UNRELATED_SHARE = 0.5;

  private DocumentParser() {}

  public static StructuredDocument parse(Path path) {
    return parse(SourceReader.read(path));
  }

  public static StructuredDocument parse(SourceFile source) {
    String raw = source.raw();
    List<Line> lines = LayoutReader.lines(raw);
    int noise = 0;
    List<TocEntry> toc = new ArrayList<>();
    String issuer = null;
    for (Line line : lines) {
      LineKind kind = line.kind();
      if (kind != LineKind.CONTENT && kind != LineKind.BLANK) {
        noise++;
      }
      String text = CharNormaliser.normalise(raw.substring(line.start(), line.end()));
      if (kind == LineKind.TOC_ENTRY) {
        TocEntry entry = tocEntry(text);
        if (entry != null) {
          toc.add(entry);
        }
      } else if (kind == LineKind.SOURCE_NOTE) {
        Matcher m = SOURCE.matcher(text);
        issuer = m.find() ? m.group(1) : issuer;
      }
    }
    List<Block> blocks = BlockBuilder.blocks(raw, lines);
    List<NormalisedText> texts = blocks.stream().map(b -> CharNormaliser.normalise(raw, b.ranges())).toList();

    String title = null;
    String date = null;
    List<Excluded> excluded = new ArrayList<>();
    int first = 0;
    for (; first < blocks.size() && isFrontMatter(texts.get(first).text(), blocks.get(first)); first++) {
      String t = texts.get(first).text();
      Matcher issuerMatch = ISSUER.matcher(t);
      if (title == null && TITLE_NOUN.matcher(t).matches()) {
        title = t;
      } else if (date == null && DATE.matcher(t).matches()) {
        date = t;
      } else if (title != null && issuer == null && issuerMatch.matches()) {
        issuer = t;
      } else {
        excluded.add(excluded(blocks.get(first), texts.get(first), "headline"));
      }
    }
    List<Integer> body = related(blocks, texts, first, excluded);
    Builder builder = new Builder();
    for (int b : body) {
      builder.add(texts.get(b));
    }
    return new StructuredDocument(source, title, issuer, date, List.copyOf(toc), List.copyOf(builder.headings),
        List.copyOf(builder.paragraphs), List.copyOf(excluded), noise);
  }

  private static boolean isFrontMatter(String text, Block block) {
    return !block.continuation() && text.length() <= 60 && HeadingKind.of(text) == null
        && text.chars().noneMatch(c -> SENTENCE_END.indexOf(c) >= 0);
  }

  /**
   * Splits the body into articles at continuation markers met after its start (a new article
   * continued from another page, with the headline block before it) and keeps the articles that
   * read like the main one.
   */
  private static List<Integer> related(List<Block> blocks, List<NormalisedText> texts, int first,
      List<Excluded> excluded) {
    List<List<Integer>> articles = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (int b = first; b < blocks.size(); b++) {
      if (blocks.get(b).continuation() && b > first && !current.isEmpty()) {
        List<Integer> next = new ArrayList<>();
        int last = current.get(current.size() - 1);
        if (current.size() > 1 && isFrontMatter(texts.get(last).text(), blocks.get(last))) {
          next.add(current.remove(current.size() - 1));
        }
        articles.add(current);
        current = next;
      }
      current.add(b);
    }
    articles.add(current);
    double main = score(articles.get(0), texts);
    List<Integer> kept = new ArrayList<>(articles.get(0));
    for (List<Integer> article : articles.subList(1, articles.size())) {
      if (score(article, texts) >= main * UNRELATED_SHARE) {
        kept.addAll(article);
      } else if (!article.isEmpty()) {
        Block a = blocks.get(article.get(0));
        Block z = blocks.get(article.get(article.size() - 1));
        Span span = new Span(a.span().start(), z.span().end());
        excluded.add(new Excluded(span, "unrelated article", preview(texts.get(article.get(0)).text())));
      }
    }
    return kept;
  }

  private static double score(List<Integer> article, List<NormalisedText> texts) {
    StringBuilder sb = new StringBuilder();
    article.forEach(b -> sb.append(texts.get(b).text()));
    return GenreScore.of(sb.toString());
  }

  private static Excluded excluded(Block block, NormalisedText text, String reason) {
    return new Excluded(block.span(), reason, preview(text.text()));
  }

  private static String preview(String text) {
    return text.length() <= 24 ? text : text.substring(0, 24) + "…";
  }

  static TocEntry tocEntry(String text) {
    Matcher tail = TOC_TAIL.matcher(text);
    if (!tail.find()) {
      return null;
    }
    String entry = text.substring(0, tail.start()).strip();
    HeadingKind kind = HeadingKind.of(entry);
    if (kind == null) {
      return new TocEntry(HeadingKind.UNNUMBERED, "", entry, Integer.parseInt(tail.group(1)));
    }
    String number = kind.numberOf(entry);
    return new TocEntry(kind, number, entry.substring(number.length()).strip(), Integer.parseInt(tail.group(1)));
  }

  /** Turns body blocks into headings and paragraphs, keeping the heading stack. */
  private static final class Builder {
    final List<Heading> headings = new ArrayList<>();
    final List<Paragraph> paragraphs = new ArrayList<>();
    private int sentences;

    void add(NormalisedText text) {
      String t = text.text();
      HeadingKind kind = HeadingKind.of(t);
      boolean sentenceLike = t.chars().anyMatch(c -> SENTENCE_END.indexOf(c) >= 0);
      if (kind != null && !sentenceLike && t.length() <= 60) {
        String number = kind.numberOf(t);
        String title = t.substring(number.length()).strip();
        headings.add(new Heading(headings.size(), kind, number, title, text.rawSpan(0, t.length()), parentOf(kind)));
        return;
      }
      String number = kind == null || kind.rank() < HeadingKind.PART.rank() ? "" : kind.numberOf(t);
      int index = paragraphs.size();
      List<Sentence> split = SentenceSplitter.split(text, number.length(), index, sentences);
      sentences += split.size();
      paragraphs.add(new Paragraph(index, number, text, split, headings.size() - 1));
    }

    private int parentOf(HeadingKind kind) {
      for (int h = headings.size() - 1; h >= 0; h--) {
        if (headings.get(h).kind().rank() < kind.rank()) {
          return h;
        }
      }
      return -1;
    }
  }
}
