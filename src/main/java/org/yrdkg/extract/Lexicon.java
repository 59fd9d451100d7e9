package org.yrdkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads the cue-word resources {@code lexicon/<name>}: UTF-8, one entry a line, {@code #} starts a comment line. */
final class Lexicon {

    private Lexicon() {}

    /** The entries of a one-column lexicon, in file order. */
    static List<String> words(String file) {
        return rows(file, 1).stream().map(r -> r[0]).toList();
    }

    /**
     * A regex lookahead that admits only the first characters of {@code words}, to open a pattern that alternates
     * them: the matcher then passes over a character that starts none of them at once, instead of trying every word
     * there. It matches what the alternation alone matches.
     */
    static String firstCharOf(Collection<String> words) {
        StringBuilder chars = new StringBuilder("(?=[");
        words.stream().filter(w -> !w.isEmpty()).mapToInt(w -> w.codePointAt(0)).distinct().sorted()
                .forEach(c -> chars.append(String.format("\\x{%x}", c)));
        return chars.append("])").toString();
    }

    /** The tab-separated rows of a lexicon table, each padded with empty fields to {@code columns}. */
    static List<String[]> rows(String file, int columns) {
        String path = "/lexicon/" + file;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                String[] row = new String[Math.max(columns, fields.length)];
                for (int i = 0; i < row.length; i++) {
                    row[i] = i < fields.length ? fields[i].strip() : "";
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
