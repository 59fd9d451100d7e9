package org.yrdkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

  @Test
  void gbkTextIsDecodedNotGarbled() {
    byte[] gbk = "推进长三角一体化发展。".getBytes(Charset.forName("GBK"));

    SourceFile file = SourceReader.decode("gbk.txt", gbk);

    assertEquals("推进长三角一体化发展。", file.raw());
    assertEquals("GB18030", file.encoding());
  }

  @Test
  void byteOrderMarkIsDropped() {
    SourceFile file = SourceReader.decode("bom.txt", "\uFEFF长三角".getBytes(StandardCharsets.UTF_8));

    assertEquals("长三角", file.raw());
  }

  @Test
  void latinOneTextIsRefusedNamingTheFile() {
    byte[] latin1 = "Caf\u00e9 cr\u00e8me, d\u00e9j\u00e0 vu".getBytes(StandardCharsets.ISO_8859_1);

    InputException e = assertThrows(InputException.class, () -> SourceReader.decode("menu.txt", latin1));

    assertTrue(e.getMessage().startsWith("menu.txt: not valid UTF-8"), e.getMessage());
  }

  @Test
  void binaryAndEmptyInputAreRefused() {
    assertThrows(InputException.class, () -> SourceReader.decode("a.txt", new byte[0]));
    assertThrows(InputException.class, () -> SourceReader.decode("b.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)));
    assertThrows(InputException.class, () -> SourceReader.decode("c.txt", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1}));
  }

  @Test
  void codePointOffsetsCountSupplementaryCharactersOnce() {
    SourceFile file = SourceReader.decode("x.txt", "𠀀长三角".getBytes(StandardCharsets.UTF_8));

    assertEquals(1, file.codePointOffset(2));
  }

  @Test
  void utf8FilesAreReadAndEverythingElseIsRefusedNamingThePath(@TempDir Path dir) throws IOException {
    Path good = Files.write(dir.resolve("q.rq"), "\uFEFFASK { ?s ?p \"长三角\" }".getBytes(StandardCharsets.UTF_8));
    assertEquals("ASK { ?s ?p \"长三角\" }", SourceReader.readUtf8(good));

    assertRefused(dir.resolve("missing.rq") + ": no such file", dir.resolve("missing.rq"));
    assertRefused(dir + ": a directory, not a file", dir);
    assertRefused("empty.rq: empty file", Files.write(dir.resolve("empty.rq"), new byte[0]));
    assertRefused("blank.rq: empty file (only white space)", Files.writeString(dir.resolve("blank.rq"), " \n\t"));
    assertRefused("elf.rq: binary data", Files.write(dir.resolve("elf.rq"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 0}));
    assertRefused("gbk.rq: not UTF-8 (it reads as GB18030/GBK Chinese text); convert it",
        Files.write(dir.resolve("gbk.rq"), "ASK { ?s ?p \"长三角\" }".getBytes(Charset.forName("GBK"))));
    assertRefused("latin.rq: not valid UTF-8 text",
        Files.write(dir.resolve("latin.rq"), "ASK { ?s ?p \"caf\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1)));
  }

  private static void assertRefused(String message, Path path) {
    InputException e = assertThrows(InputException.class, () -> SourceReader.readUtf8(path));
    assertTrue(e.getMessage().startsWith(path.toString()) && e.getMessage().contains(message), e.getMessage());
  }
}
