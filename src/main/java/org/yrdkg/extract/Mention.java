package org.yrdkg.extract;

/**
 * A span of a document's body that names an entity or states a relation.
 *
 * @param file the source file's name
 * @param paragraph index of the paragraph in the structured document
 * @param from start in the paragraph's normalised text
 * @param to end (exclusive) in the paragraph's normalised text
 * @param surface the normalised text of the span, as it reads there
 */
public record Mention(String file, int paragraph, int from, int to, String surface) {
  public Mention {
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException("bad mention span " + from + ".." + to + " of " + surface);
    }
  }
}
