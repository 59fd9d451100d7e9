package org.yrdkg.text;

import java.util.List;

/**
 * A paragraph of the document body.
 *
 * @param index position among the document's paragraphs
 * @param number its item number ("1.", "（二）") when it is a numbered item, else ""
 * @param text normalised text with its map to the raw file
 * @param sentences its sentences, in order
 * @param heading index of the innermost heading it stands under, or -1
 */
public record Paragraph(int index, String number, NormalisedText text, List<Sentence> sentences, int heading) {
  public Span span() {
    return text.rawSpan(0, text.length());
  }

  /** Its lead sentence, or null. */
  public Sentence lead() {
    return sentences.isEmpty() || !sentences.get(0).lead() ? null : sentences.get(0);
  }
}
