package org.yrdkg.text;

import com.hankcs.hanlp.HanLP;
import java.util.List;

/**
 * Character-level normalisation of text kept from a raw file.
 *
 * <p>The policy: white space (line breaks included) is removed, except one space between two
 * ASCII letters or digits ("AI 医生" → "AI医生", "Type II" stays); full-width ASCII letters, digits
 * and {@code % + - . /} become half-width; half-width {@code , ; : ! ? ( )} next to Chinese text
 * become full-width, the form the genre uses (a comma between two digits stays); traditional
 * characters become simplified (HanLP's converter, applied only where it keeps the length, so the
 * offset map stays one to one); a lone dash or full-width hyphen (the connector of "虹桥-昆山")
 * becomes "-", while the doubled dash "——" of Chinese punctuation stays.
 */
public final class CharNormaliser {
  private CharNormaliser() {}

  /** Normalises the raw characters in {@code ranges} (each {@code int[]{start, end}}), in order. */
  public static NormalisedText normalise(String raw, List<int[]> ranges) {
    NormalisedText.Builder out = new NormalisedText.Builder();
    int pendingSpace = -1;
    for (int[] range : ranges) {
      for (int i = range[0]; i < range[1]; i++) {
        char c = widthFold(raw.charAt(i));
        if (isSpace(c)) {
          pendingSpace = out.length() > 0 ? i : -1;
          continue;
        }
        if (pendingSpace >= 0 && isAsciiAlnum(out.charAt(out.length() - 1)) && isAsciiAlnum(c)) {
          out.append(' ', pendingSpace);
        }
        pendingSpace = -1;
        out.append(c, i);
      }
      // a line break between two kept ranges separates words like a space does
      pendingSpace = out.length() > 0 ? Math.min(range[1], raw.length() - 1) : -1;
    }
    punctuation(out);
    connectors(out);
    simplify(out);
    return out.build();
  }

  /** Normalises one whole raw string: what a span of raw text reads as. */
  public static String normalise(String raw) {
    return normalise(raw, List.of(new int[] {0, raw.length()})).text();
  }

  static char widthFold(char c) {
    if (c == '\u3000' || c == '\u00a0') {
      return ' ';
    }
    if (c >= '\uff01' && c <= '\uff5e') {
      char ascii = (char) (c - 0xfee0);
      if (Character.isLetterOrDigit(ascii) || "%+-./".indexOf(ascii) >= 0) {
        return ascii;
      }
    }
    return c;
  }

  private static void punctuation(NormalisedText.Builder out) {
    int n = out.length();
    for (int i = 0; i < n; i++) {
      char c = out.charAt(i);
      int k = ",;:!?()".indexOf(c);
      if (k < 0) {
        continue;
      }
      char prev = i > 0 ? out.charAt(i - 1) : ' ';
      char next = i + 1 < n ? out.charAt(i + 1) : ' ';
      boolean chinese = c == '(' ? !isAscii(next) || !isAscii(prev)
          : c == ')' ? !isAscii(prev) || !isAscii(next)
          : !isAscii(prev) || !isAscii(next);
      if (c == ',' && Character.isDigit(prev) && Character.isDigit(next)) {
        chinese = false;
      }
      if (c == ':' && Character.isDigit(prev) && Character.isDigit(next)) {
        chinese = false;
      }
      if (chinese) {
        out.set(i, "，；：！？（）".charAt(k));
      }
    }
  }

  private static void connectors(NormalisedText.Builder out) {
    int n = out.length();
    for (int i = 0; i < n; i++) {
      if (isDash(out.charAt(i)) && (i == 0 || !isDash(out.charAt(i - 1))) && (i + 1 == n || !isDash(out.charAt(i + 1)))) {
        out.set(i, '-');
      }
    }
  }

  private static boolean isDash(char c) {
    return c >= '\u2010' && c <= '\u2015' || c == '\u2212' || c == '\uff0d';
  }

  private static void simplify(NormalisedText.Builder out) {
    String text = out.textSoFar();
    boolean hasHan = false;
    for (int i = 0; i < text.length() && !hasHan; i++) {
      hasHan = text.charAt(i) >= 0x3400;
    }
    if (!hasHan) {
      return;
    }
    String simplified = HanLP.convertToSimplifiedChinese(text);
    if (simplified.length() == text.length()) {
      for (int i = 0; i < text.length(); i++) {
        if (simplified.charAt(i) != text.charAt(i)) {
          out.set(i, simplified.charAt(i));
        }
      }
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      String one = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
      if (one.length() == 1 && one.charAt(0) != text.charAt(i)) {
        out.set(i, one.charAt(0));
      }
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
  }

  static boolean isAscii(char c) {
    return c < 0x80;
  }

  static boolean isAsciiAlnum(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
