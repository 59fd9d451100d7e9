package org.yrdkg.rdf;

import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.yrdkg.extract.PlaceReadings;

/** Pinyin of Chinese names (HanLP, which reads 六安 lù, 蚌埠 bèng right, and {@link PlaceReadings} for 闵行 háng). */
final class PinyinText {
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
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** A readable IRI slug: toneless pinyin and ASCII letters and digits joined by '-', "ru-dong-xian". */
  static String slug(String chinese) {
    String plain = Normalizer.normalize(label(chinese), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace('ü', 'v').toLowerCase(Locale.ROOT);
    String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "x" + Iris.shortHash(chinese) : slug;
  }
}
