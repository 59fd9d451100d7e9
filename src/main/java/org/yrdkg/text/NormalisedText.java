package org.yrdkg.text;

import java.util.Arrays;

/**
 * Normalised text with, for every character, the index of the raw-file character it came from.
 * Characters that normalisation removed (line breaks, spaces, page furniture) have no entry; a
 * normalised character always maps to exactly one raw character.
 */
public final class NormalisedText {
  private final String text;
  private final int[] rawIndex;

  NormalisedText(String text, int[] rawIndex) {
    if (text.length() != rawIndex.length) {
      throw new IllegalArgumentException("offset map and text differ in length");
    }
    this.text = text;
    this.rawIndex = rawIndex;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** Raw index of normalised character {@code i}. */
  public int rawIndex(int i) {
    return rawIndex[i];
  }

  /** The raw span from the first to the last raw character behind normalised {@code [from, to)}. */
  public Span rawSpan(int from, int to) {
    if (from >= to) {
      throw new IllegalArgumentException("empty range " + from + ".." + to);
    }
    return new Span(rawIndex[from], rawIndex[to - 1] + 1);
  }

  public NormalisedText sub(int from, int to) {
    return new NormalisedText(text.substring(from, to), Arrays.copyOfRange(rawIndex, from, to));
  }

  /** Collects characters with their raw indices. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] raw = new int[64];

    void append(char c, int rawIdx) {
      if (text.length() == raw.length) {
        raw = Arrays.copyOf(raw, raw.length * 2);
      }
      raw[text.length()] = rawIdx;
      text.append(c);
    }

    int length() {
      return text.length();
    }

    char charAt(int i) {
      return text.charAt(i);
    }

    void set(int i, char c) {
      text.setCharAt(i, c);
    }

    String textSoFar() {
      return text.toString();
    }

    NormalisedText build() {
      return new NormalisedText(text.toString(), Arrays.copyOf(raw, text.length()));
    }
  }
}
