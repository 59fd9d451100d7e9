package org.yrdkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Character data and attribute values as {@link XmlOutput} writes them: every escape, UTF-8 for the rest, any buffer. */
class XmlOutputTest {
  private static String text(String s, int bufferBytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XmlOutput out = new XmlOutput(bytes, bufferBytes);
    out.text(s);
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String attribute(String s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XmlOutput out = new XmlOutput(bytes, 64);
    out.attribute(s);
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void markupAndLineBreaksAreEscapedAndTheRestIsUtf8() {
    assertEquals("a &amp; b &lt;c&gt; \"q\" 'a' ]]&gt; &#x9;&#xA;&#xD; é 长三角 😀",
        text("a & b <c> \"q\" 'a' ]]> \t\n\r é 长三角 😀", 64));
    assertEquals("a &amp; b &lt;c&gt; &quot;q&quot; 'a' &#x9;&#xA;&#xD;", attribute("a & b <c> \"q\" 'a' \t\n\r"));
  }

  @Test
  void everyOtherControlCharacterIsReplaced() {
    for (char c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r') {
        assertEquals("x\uFFFDy", text("x" + c + "y", 64), "U+" + Integer.toHexString(c));
        assertEquals("x\uFFFDy", attribute("x" + c + "y"), "U+" + Integer.toHexString(c));
      }
    }
  }

  // named by number: a lone surrogate would be one in the test report too
  @ParameterizedTest(name = "case {index}")
  @ValueSource(strings = {"\uD800", "\uDBFF", "\uDC00", "\uFFFE", "\uFFFF"})
  void aCharacterXmlCannotCarryIsReplaced(String s) {
    assertEquals("<\uFFFD>", text("<" + s + ">", 64).replace("&lt;", "<").replace("&gt;", ">"));
  }

  @Test
  void aSurrogatePairIsOneCharacterAndALoneOneBesideItIsReplaced() {
    assertArrayEquals("\uFFFD😀\uFFFD".getBytes(StandardCharsets.UTF_8),
        text("\uD83D\uD83D\uDE00\uDE00", 64).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aLongStringCrossesManyBuffersWhole() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      s.append("长\"😀&a\n");
    }
    String xml = text(s.toString(), 64);
    assertEquals(s.toString().replace("&", "&amp;").replace("\n", "&#xA;"), xml);
    assertEquals(text(s.toString(), 1 << 16), xml);
  }

  @Test
  void aStartTagWithItsAttributeEscaped() {
    assertEquals("<binding name=\"a&quot;b\">",
        new String(XmlOutput.tag("binding", "name", "a\"b"), StandardCharsets.UTF_8));
  }
}
