package org.yrdkg.text;

/**
 * A sentence: up to and including 。！？ (and closing quotes or brackets after them).
 *
 * @param index position among the document's sentences
 * @param paragraph index of its paragraph
 * @param text normalised text
 * @param span span in the raw file, from its first to its last character
 * @param from start of the sentence in its paragraph's normalised text
 * @param lead it is the bold lead sentence that opens its paragraph and names its theme
 */
public record Sentence(int index, int paragraph, String text, Span span, int from, boolean lead) {
  public int to() {
    return from + text.length();
  }
}
