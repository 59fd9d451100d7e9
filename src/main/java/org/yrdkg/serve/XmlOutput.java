package org.yrdkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * XML 1.0 text written as UTF-8 to an output stream through a buffer of its own: character data and attribute values
 * escaped so that the document stays well-formed whatever the string, everything else ({@link #ascii}) copied as
 * given.
 *
 * <p>Escaping: {@code & < >} as {@code &amp; &lt; &gt;} ({@code >} for the sake of {@code ]]>}), and in attribute
 * values {@code "} as {@code &quot;} too (attributes are written in double quotes, so {@code '} needs nothing). Tab,
 * line feed and carriage return are written as {@code &#x9; &#xA; &#xD;}: a reader would turn a raw carriage return
 * into a line feed, and raw ones in an attribute into spaces, and written so they keep one result to a line.
 *
 * <p>What XML 1.0 cannot carry at all, by any means, is written as U+FFFD REPLACEMENT CHARACTER: the other control
 * characters below U+0020, a surrogate not part of a pair (which UTF-8 cannot encode either), U+FFFE and U+FFFF.
 * Jena's writer puts the controls as references such as {@code &#x0001;}, which only XML 1.1 allows: every XML 1.0
 * parser, Jena's own reader and the JDK's among them, refuses the whole answer. Refusing to write it would fail a
 * whole answer for one character too, and mid-stream at that; declaring XML 1.1 would lose the many clients whose
 * parsers do not read it (Python's expat among them). So the one character is lost and the answer is whole and
 * readable, the same choice a strict UTF-8 decoder makes for bytes it cannot read. Every other character is written
 * as its UTF-8 bytes.
 */
final class XmlOutput extends Utf8Output {
  /** The most bytes one char can take: six, for {@code &quot;}. */
  private static final int CHAR_BYTES = 6;
  private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
  /** What each ASCII char becomes in character data; null for itself. */
  private static final byte[][] TEXT = new byte[0x80][];
  /** What each ASCII char becomes in an attribute value; null for itself. */
  private static final byte[][] ATTRIBUTE;

  static {
    for (char c = 0; c < 0x20; c++) {
      TEXT[c] = REPLACEMENT;
    }
    TEXT['\t'] = ascii("&#x9;");
    TEXT['\n'] = ascii("&#xA;");
    TEXT['\r'] = ascii("&#xD;");
    TEXT['&'] = ascii("&amp;");
    TEXT['<'] = ascii("&lt;");
    TEXT['>'] = ascii("&gt;");
    ATTRIBUTE = TEXT.clone();
    ATTRIBUTE['"'] = ascii("&quot;");
  }

  XmlOutput(OutputStream out, int bufferBytes) {
    super(out, bufferBytes, CHAR_BYTES);
  }

  /** The bytes of the start tag {@code <element attribute="value">}, the value escaped. */
  static byte[] tag(String element, String attribute, String value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XmlOutput out = new XmlOutput(bytes, 64);
    out.raw(ascii("<" + element + " " + attribute + "=\""));
    out.attribute(value);
    out.raw(ascii("\">"));
    out.flush();
    return bytes.toByteArray();
  }

  /** Appends {@code s} as character data: escaped, UTF-8. */
  void text(String s) {
    escaped(s, TEXT);
  }

  /** Appends {@code s} as an attribute value, without the quotes around it: escaped, UTF-8. */
  void attribute(String s) {
    escaped(s, ATTRIBUTE);
  }

  private void escaped(String s, byte[][] escapes) {
    for (int i = 0, n = s.length(); i < n; i++) {
      room();
      char c = s.charAt(i);
      if (c < 0x80) {
        byte[] escape = escapes[c];
        if (escape == null) {
          buf[pos++] = (byte) c;
        } else {
          put(escape);
        }
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          utf8(c, s.charAt(++i));
        } else {
          put(REPLACEMENT);
        }
      } else if (c >= '\uFFFE') {
        put(REPLACEMENT);
      } else {
        utf8(c);
      }
    }
  }
}
