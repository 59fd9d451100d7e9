package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON strings as {@link JsonOutput} writes them: every escape, UTF-8 for the rest, any buffer size. */
class JsonOutputTest {
  private static String written(String s, int bufferBytes) {
    return new String(bytes(s, bufferBytes), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s, int bufferBytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonOutput out = new JsonOutput(bytes, bufferBytes);
    out.string(s);
    out.flush();
    return bytes.toByteArray();
  }

  @Test
  void everyControlCharacterIsEscapedWithTheShortFormWhereThereIsOneButFormFeed() {
    for (char c = 0; c < 0x20; c++) {
      String expected = switch (c) {
        case '\b' -> "\\b";
        case '\t' -> "\\t";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
      };
      assertEquals("\"" + expected + "\"", written(String.valueOf(c), 64), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void quoteAndBackslashAreEscapedAndTheRestIsUtf8() {
    assertEquals("\"say \\\"hi\\\" C:\\\\dir / é 长三角 😀\"", written("say \"hi\" C:\\dir / é 长三角 😀", 64));
    assertArrayEquals("\"é长😀\"".getBytes(StandardCharsets.UTF_8), bytes("é长😀", 64));
  }

  @Test
  void lineAndParagraphSeparatorsAreEscapedForJavaScript() {
    assertEquals("\"a\\u2028b\\u2029c\"", written("a\u2028b\u2029c", 64));
  }

  // named by number: a lone surrogate would be one in the test report too
  @ParameterizedTest(name = "case {index}")
  @ValueSource(strings = {"\uD800", "x\uDBFF", "\uDC00y", "\uDE00\uD83D", "a\uD83D\uD83D\uDE00"})
  void anUnpairedSurrogateIsEscapedAndReadsBackAsItself(String s) throws CharacterCodingException {
    byte[] bytes = bytes(s, 64);
    String json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    assertEquals(s, JSON.parseAny(json).getAsString().value());
  }

  @Test
  void anUnpairedSurrogateIsWrittenAsItsEscape() {
    assertEquals("\"\\ud800\"", written("\uD800", 64));
    assertEquals("\"a\\ud83d😀\"", written("a\uD83D\uD83D\uDE00", 64));
  }

  @Test
  void aLongStringCrossesManyBuffersWhole() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      s.append("长\"😀\u0001a");
    }
    String json = written(s.toString(), 64);
    assertEquals(s.toString(), JSON.parseAny(json).getAsString().value());
    assertEquals(written(s.toString(), 1 << 16), json);
  }

  @Test
  void rawBytesLongerThanTheBufferPassStraightThrough() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JsonOutput out = new JsonOutput(bytes, 64);
    byte[] big = JsonOutput.ascii("x".repeat(500));
    out.raw(JsonOutput.ascii("["));
    out.raw(big);
    out.raw(JsonOutput.ascii("]"));
    out.flush();
    assertEquals("[" + "x".repeat(500) + "]", bytes.toString(StandardCharsets.US_ASCII));
  }

  @Test
  void aFailingStreamIsJenasRuntimeIoException() {
    IOException gone = new IOException("connection reset");
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw gone;
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw gone;
      }
    };
    JsonOutput out = new JsonOutput(broken, 64);
    out.string("x");
    RuntimeIOException e = assertThrows(RuntimeIOException.class, out::flush);
    assertSame(gone, e.getCause());
  }
}
