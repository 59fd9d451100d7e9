package org.yrdkg.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** How much a passage reads like policy text: cue words of the genre per hundred characters. */
public final class GenreScore {
  private static final List<String> CUES = load("/lexicon/policy-genre.txt");

  private GenreScore() {}

  public static double of(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int hits = 0;
    for (String cue : CUES) {
      for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + cue.length())) {
        hits++;
      }
    }
    return hits * 100.0 / text.length();
  }

  /** Reads a lexicon resource: one entry a line, '#' comments and blank lines skipped. */
  public static List<String> load(String resource) {
    try (InputStream in = GenreScore.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> entries = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry);
        }
      }
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
