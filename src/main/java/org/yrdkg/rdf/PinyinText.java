package org.yrdkg.rdf;

import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yrdkg.extract.PlaceReadings;

/** Pinyin of Chinese names (HanLP, which reads 六安 lù, 蚌埠 bèng right, and {@link PlaceReadings} for 闵行 háng). */
final class PinyinText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  private PinyinText() {}

  /** Tone-marked syllables separated by spaces: "rú dōng xiàn"; other characters kept as they are. */
  static String label(String chinese) {
    StringBuilder out = new StringBuilder();
    List<Pinyin> syllables = PlaceReadings.pinyin(chinese);
    boolean lastHan = false;
    for (int i = 0; i < chinese.length(); i++) {
      char c = chinese.charAt(i);
      Pinyin p = i < syllables.size() ? syllables.get(i) : null;
      boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && p != null && p != Pinyin.none5;
      if (out.length() > 0 && (han || lastHan)) {
        out.append(' ');
      }
      out.append(han ? p.getPinyinWithToneMark() : String.valueOf(c));
      lastHan = han;
    }
    return collapseSpaces(out).strip();
  }

  /** As {@code replaceAll("\\s+", " ")}, without a regular expression: this runs for every label of the graph. */
  private static String collapseSpaces(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = true;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    if (space) {
      out.append(' ');
    }
    return out.toString();
  }

  /** A readable IRI slug: toneless pinyin and ASCII letters and digits joined by '-', "ru-dong-xian". */
  static String slug(String chinese) {
    String plain = MARKS.matcher(Normalizer.normalize(label(chinese), Normalizer.Form.NFD)).replaceAll("")
        .replace('ü', 'v').toLowerCase(Locale.ROOT);
    String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(plain).replaceAll("-")).replaceAll("");
    return slug.isEmpty() ? "x" + Iris.shortHash(chinese) : slug;
  }
}
