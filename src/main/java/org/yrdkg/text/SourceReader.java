package org.yrdkg.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a text file as UTF-8, or as GB18030 (which covers GBK and GB2312) when the bytes are not
 * UTF-8 but decode as Chinese text in GB18030. Anything else is refused with an {@link
 * InputException} naming the file: a file is never decoded into garbage silently.
 */
public final class SourceReader {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private SourceReader() {}

  public static SourceFile read(Path path) {
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    return decode(name, bytes(path, name));
  }

  /** The bytes of a file, refused naming it as {@code name} when it is missing, a directory or unreadable. */
  private static byte[] bytes(Path path, String name) {
    if (Files.isDirectory(path)) {
      throw new InputException(name + ": a directory, not a file");
    }
    if (!Files.exists(path)) {
      throw new InputException(name + ": no such file");
    }
    if (!Files.isRegularFile(path)) {
      throw new InputException(name + ": not a regular file");
    }
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * A file that must be UTF-8 text, such as a SPARQL query (SPARQL is UTF-8 by definition), refused with an {@link
   * InputException} naming {@code path} as given when it is missing, a directory, empty, binary or not UTF-8. A file
   * that reads as GB18030 Chinese text is told apart from junk, so that the message can say to convert it.
   */
  public static String readUtf8(Path path) {
    String name = path.toString();
    byte[] bytes = bytes(path, name);
    if (bytes.length == 0) {
      throw new InputException(name + ": empty file");
    }
    if (looksBinary(bytes)) {
      throw new InputException(name + ": binary data, not a text file");
    }
    String text = strict(bytes, StandardCharsets.UTF_8);
    if (text == null) {
      String gb = strict(bytes, GB18030);
      throw new InputException(name + (gb != null && mostlyChinese(gb)
          ? ": not UTF-8 (it reads as GB18030/GBK Chinese text); convert it, e.g. iconv -f GB18030 -t UTF-8"
          : ": not valid UTF-8 text"));
    }
    if (text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InputException(name + ": empty file (only white space)");
    }
    return text;
  }

  /** Decodes the bytes of a file called {@code name}; see the class comment for the policy. */
  public static SourceFile decode(String name, byte[] bytes) {
    if (bytes.length == 0) {
      throw new InputException(name + ": empty file");
    }
    if (looksBinary(bytes)) {
      throw new InputException(name + ": binary data, not a text file");
    }
    String text = strict(bytes, StandardCharsets.UTF_8);
    String encoding = "UTF-8";
    if (text == null) {
      text = strict(bytes, GB18030);
      encoding = "GB18030";
      if (text == null || !mostlyChinese(text)) {
        throw new InputException(name + ": not valid UTF-8 (nor GB18030 Chinese text); convert it to UTF-8");
      }
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InputException(name + ": empty file (only white space)");
    }
    return new SourceFile(name, text, encoding, sha256(bytes));
  }

  /** {@code bytes} as text in {@code charset}, or null when they are not text in it (never a U+FFFD put in). */
  public static String strict(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** NUL bytes or many control characters mean binary data, whatever a decoder would make of it. */
  private static boolean looksBinary(byte[] bytes) {
    int control = 0;
    int n = Math.min(bytes.length, 64 * 1024);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control > n / 100;
  }

  /** A GB18030 decoding of non-Chinese bytes yields rare symbols and Latin accents, not CJK ideographs. */
  private static boolean mostlyChinese(String text) {
    int nonAscii = 0;
    int cjk = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        nonAscii++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303f)
            || (c >= 0xff00 && c <= 0xffef)) {
          cjk++;
        }
      }
    }
    return nonAscii > 0 && cjk >= nonAscii * 0.9;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
