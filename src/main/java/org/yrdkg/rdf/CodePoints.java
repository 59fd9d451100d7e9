package org.yrdkg.rdf;

import org.yrdkg.text.SourceFile;
import org.yrdkg.text.Span;

/** Converts Java char offsets of a raw file into code-point offsets, as W3C Web Annotation counts. */
final class CodePoints {
  private final int[] at;

  CodePoints(SourceFile file) {
    String raw = file.raw();
    at = new int[raw.length() + 1];
    int cp = 0;
    for (int i = 0; i < raw.length(); i++) {
      at[i] = cp;
      if (!Character.isLowSurrogate(raw.charAt(i))) {
        cp++;
      }
      at[i + 1] = cp;
    }
  }

  int of(int charIndex) {
    return at[charIndex];
  }

  int[] of(Span span) {
    return new int[] {at[span.start()], at[span.end()]};
  }
}
