package org.yrdkg.serve;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON text written as UTF-8 to an output stream through a buffer of its own: strings quoted and escaped as JSON
 * requires, everything else ({@link #ascii}) copied as given.
 *
 * <p>Escaping: quote, backslash and every control character below U+0020, with the short forms {@code \b \n \r \t}
 * and {@code \}{@code u00XX} for the rest. Form feed is written as {@code \}{@code u000c}, not {@code \f}: both are
 * JSON, but Jena's own JSON parser ({@code JSON.parse}) refuses {@code \f}. Three more are written as
 * {@code \}{@code uXXXX}: a surrogate not part of a pair, which UTF-8 cannot encode (a Java encoder silently puts
 * {@code ?} in its place; the escape is JSON and reads back as the same char), and U+2028 and U+2029, which JSON allows
 * raw but JavaScript before ES2019 does not, so that the text stays valid when Fuseki wraps it in a JSONP callback
 * (Jena's writer escapes them too). Every other character is written as its UTF-8 bytes.
 */
final class JsonOutput extends Utf8Output {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  /** The most bytes one char of a string can take: six, for {@code \}{@code uXXXX} (a surrogate pair takes four). */
  private static final int CHAR_BYTES = 6;

  JsonOutput(OutputStream out, int bufferBytes) {
    super(out, bufferBytes, CHAR_BYTES);
  }

  /** Appends {@code s} as a JSON string: quoted, escaped, UTF-8. */
  void string(String s) {
    quote();
    for (int i = 0, n = s.length(); i < n; i++) {
      room();
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          buf[pos++] = (byte) c;
        } else {
          escapeAscii(c);
        }
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          utf8(c, s.charAt(++i));
        } else {
          unicodeEscape(c);
        }
      } else if (c == '\u2028' || c == '\u2029') {
        unicodeEscape(c);
      } else {
        utf8(c);
      }
    }
    quote();
  }

  private void quote() {
    room();
    buf[pos++] = '"';
  }

  private void escapeAscii(char c) {
    char shortForm = switch (c) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '\n' -> 'n';
      case '\r' -> 'r';
      case '\t' -> 't';
      case '\b' -> 'b';
      default -> 0;
    };
    if (shortForm != 0) {
      buf[pos++] = '\\';
      buf[pos++] = (byte) shortForm;
    } else {
      unicodeEscape(c);
    }
  }

  private void unicodeEscape(char c) {
    buf[pos++] = '\\';
    buf[pos++] = 'u';
    buf[pos++] = HEX[c >> 12];
    buf[pos++] = HEX[c >> 8 & 0xF];
    buf[pos++] = HEX[c >> 4 & 0xF];
    buf[pos++] = HEX[c & 0xF];
  }
}
