package org.yrdkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A source file read into structure: front matter, headings, paragraphs and sentences, each with
 * its span in the raw file, plus what was left out.
 *
 * @param source the file
 * @param title the document title found in the file, or null (newspaper copies have none)
 * @param issuer issuing body named in the front matter or a source note, or null
 * @param date date line of the front matter ("2019年12月1日"), or null
 * @param toc the file's own table of contents, empty if it has none
 * @param headings headings in document order
 * @param paragraphs body paragraphs in document order
 * @param excluded text left out as not part of the policy
 * @param noiseLines count of layout-noise lines removed (page numbers, contents, furniture)
 */
public record StructuredDocument(
    SourceFile source,
    String title,
    String issuer,
    String date,
    List<TocEntry> toc,
    List<Heading> headings,
    List<Paragraph> paragraphs,
    List<Excluded> excluded,
    int noiseLines) {

  public String name() {
    return source.name();
  }

  public List<Heading> headings(HeadingKind kind) {
    return headings.stream().filter(h -> h.kind() == kind).toList();
  }

  public List<Sentence> sentences() {
    List<Sentence> all = new ArrayList<>();
    paragraphs.forEach(p -> all.addAll(p.sentences()));
    return all;
  }

  /** The headings enclosing a paragraph, outermost first. */
  public List<Heading> path(Paragraph paragraph) {
    List<Heading> path = new ArrayList<>();
    for (int h = paragraph.heading(); h >= 0; h = headings.get(h).parent()) {
      path.add(0, headings.get(h));
    }
    return path;
  }

  /** The innermost heading of {@code kind} enclosing a paragraph, or null. */
  public Heading enclosing(Paragraph paragraph, HeadingKind kind) {
    return path(paragraph).stream().filter(h -> h.kind() == kind).findFirst().orElse(null);
  }

  /** Number of normalised characters in the body. */
  public int bodyLength() {
    return paragraphs.stream().mapToInt(p -> p.text().length()).sum();
  }
}
