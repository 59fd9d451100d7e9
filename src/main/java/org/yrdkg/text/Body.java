package org.yrdkg.text;

import java.util.List;

/** A document's paragraphs laid end to end, with each character's paragraph and position in it. */
final class Body {
  final StructuredDocument doc;
  final String text;
  final int[] paragraph;
  final int[] position;

  Body(StructuredDocument doc) {
    this.doc = doc;
    List<Paragraph> paragraphs = doc.paragraphs();
    int n = paragraphs.stream().mapToInt(p -> p.text().length()).sum();
    StringBuilder sb = new StringBuilder(n);
    paragraph = new int[n];
    position = new int[n];
    int k = 0;
    for (Paragraph p : paragraphs) {
      String t = p.text().text();
      sb.append(t);
      for (int i = 0; i < t.length(); i++, k++) {
        paragraph[k] = p.index();
        position[k] = i;
      }
    }
    text = sb.toString();
  }

  int length() {
    return text.length();
  }

  int rawIndex(int k) {
    return doc.paragraphs().get(paragraph[k]).text().rawIndex(position[k]);
  }

  /** Raw span of body characters {@code [from, to)}; an empty range gives an empty span before {@code from}. */
  Span rawSpan(int from, int to) {
    if (from >= to) {
      int at = from < length() ? rawIndex(from) : (length() == 0 ? 0 : rawIndex(length() - 1) + 1);
      return new Span(at, at);
    }
    return new Span(rawIndex(from), rawIndex(to - 1) + 1);
  }
}
