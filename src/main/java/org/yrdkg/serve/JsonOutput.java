package org.yrdkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.RuntimeIOException;

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
 *
 * <p>An {@link IOException} of the stream is thrown as Jena's {@link RuntimeIOException}, as Jena's writers do.
 */
final class JsonOutput {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  /** The most bytes one char of a string can take: six, for {@code \}{@code uXXXX} (a surrogate pair takes four). */
  private static final int CHAR_BYTES = 6;

  private final OutputStream out;
  private final byte[] buf;
  private final int limit;
  private int pos;

  JsonOutput(OutputStream out, int bufferBytes) {
    this.out = out;
    this.buf = new byte[Math.max(bufferBytes, 64)];
    this.limit = buf.length - CHAR_BYTES;
  }

  /** The bytes of {@code s}, which must be ASCII (JSON punctuation, keys known to need no escape). */
  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Appends {@code bytes} as they are. */
  void raw(byte[] bytes) {
    if (bytes.length > buf.length - pos) {
      drain();
      if (bytes.length > buf.length) {
        write(bytes, bytes.length);
        return;
      }
    }
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  /** Appends {@code s} as a JSON string: quoted, escaped, UTF-8. */
  void string(String s) {
    quote();
    for (int i = 0, n = s.length(); i < n; i++) {
      if (pos > limit) {
        drain();
      }
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          buf[pos++] = (byte) c;
        } else {
          escapeAscii(c);
        }
      } else if (c < 0x800) {
        buf[pos++] = (byte) (0xC0 | c >> 6);
        buf[pos++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          buf[pos++] = (byte) (0xF0 | cp >> 18);
          buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
          buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
          buf[pos++] = (byte) (0x80 | cp & 0x3F);
        } else {
          unicodeEscape(c);
        }
      } else if (c == '\u2028' || c == '\u2029') {
        unicodeEscape(c);
      } else {
        buf[pos++] = (byte) (0xE0 | c >> 12);
        buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[pos++] = (byte) (0x80 | c & 0x3F);
      }
    }
    quote();
  }

  /** Writes out what is buffered and flushes the stream. */
  void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new RuntimeIOException(e);
    }
  }

  private void quote() {
    if (pos >= buf.length) {
      drain();
    }
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

  private void drain() {
    write(buf, pos);
    pos = 0;
  }

  private void write(byte[] bytes, int length) {
    if (length == 0) {
      return;
    }
    try {
      out.write(bytes, 0, length);
    } catch (IOException e) {
      throw new RuntimeIOException(e);
    }
  }
}
