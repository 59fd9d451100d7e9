package org.yrdkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.RuntimeIOException;

/**
 * Text written as UTF-8 to an output stream through a buffer of its own, for the answer writers that escape text in
 * their own syntax ({@link JsonOutput}, {@link XmlOutput}): bytes copied as given ({@link #raw}), and the UTF-8 bytes
 * of one char or code point at a time, which a subclass puts in place while it escapes the rest.
 *
 * <p>A subclass's loop calls {@link #room()} before each char and may then put up to the number of bytes it gave the
 * constructor straight into {@link #buf} at {@link #pos}: indexing the array spares a bounds test and a call per byte
 * on the hot path.
 *
 * <p>An {@link IOException} of the stream is thrown as Jena's {@link RuntimeIOException}, as Jena's writers do.
 */
abstract sealed class Utf8Output permits JsonOutput, XmlOutput {
  /** The bytes gathered and not yet written. */
  protected final byte[] buf;
  /** Where the next byte goes in {@link #buf}. */
  protected int pos;
  private final OutputStream out;
  /** The last position at which one more char, as its subclass writes it, still fits. */
  private final int limit;

  /**
   * @param bufferBytes the buffer's size (at least 64)
   * @param charBytes the most bytes the subclass puts for one char after {@link #room()}
   */
  Utf8Output(OutputStream out, int bufferBytes, int charBytes) {
    this.out = out;
    this.buf = new byte[Math.max(bufferBytes, 64)];
    this.limit = buf.length - charBytes;
  }

  /** The bytes of {@code s}, which must be ASCII (punctuation, names known to need no escape). */
  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Appends {@code bytes} as they are. */
  final void raw(byte[] bytes) {
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

  /** Writes out what is buffered and flushes the stream. */
  final void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new RuntimeIOException(e);
    }
  }

  /**
   * Runs {@code writing}, then writes out and flushes what it wrote, also when it fails: the failure is then what the
   * caller sees, as thrown, with any failure to flush added to it as suppressed. Answer writers write this way so that
   * what was written goes out, as with Jena's writers (Fuseki adds its note on a cancelled query after it).
   */
  final void flushAfter(Runnable writing) {
    try {
      writing.run();
    } catch (RuntimeException | Error e) {
      try {
        flush();
      } catch (RuntimeException flushing) {
        e.addSuppressed(flushing);
      }
      throw e;
    }
    flush();
  }

  /** Makes room in the buffer for one char's bytes. */
  protected final void room() {
    if (pos > limit) {
      drain();
    }
  }

  /** Puts the two or three UTF-8 bytes of {@code c}, which is at least U+0080 and not a surrogate. */
  protected final void utf8(char c) {
    if (c < 0x800) {
      buf[pos++] = (byte) (0xC0 | c >> 6);
      buf[pos++] = (byte) (0x80 | c & 0x3F);
    } else {
      buf[pos++] = (byte) (0xE0 | c >> 12);
      buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
      buf[pos++] = (byte) (0x80 | c & 0x3F);
    }
  }

  /** Puts the four UTF-8 bytes of the surrogate pair {@code high}, {@code low}. */
  protected final void utf8(char high, char low) {
    int cp = Character.toCodePoint(high, low);
    buf[pos++] = (byte) (0xF0 | cp >> 18);
    buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
    buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
    buf[pos++] = (byte) (0x80 | cp & 0x3F);
  }

  /** Puts {@code bytes}, no more than the constructor's {@code charBytes}, after {@link #room()}. */
  protected final void put(byte[] bytes) {
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
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
