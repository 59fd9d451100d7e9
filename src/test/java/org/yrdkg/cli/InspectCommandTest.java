package org.yrdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void inspectPrintsOneRowPerSeedFileWithKindAndCoverage() {
    Result r = run("inspect", "seeds");

    assertEquals(0, r.code(), r.err());
    String[] rows = r.out().split("\n");
    assertEquals(6, rows.length, r.out());
    assertTrue(r.out().contains("copy of 001_bf7f4692ddf9924a.txt"));
    assertTrue(rows[2].startsWith("001_bf7f4692ddf9924a.txt") && rows[2].contains("full text"), rows[2]);
  }

  @Test
  void detailsListVariants() {
    Result r = run("inspect", "seeds", "--details", "004_5a8fcb8d5e57ee11.txt");

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("「龙」 → 「长」"), r.out());
  }

  @Test
  void missingDirectoryIsOneLineAndExitOne() {
    Result r = run("inspect", tmp.resolve("nowhere").toString());

    assertEquals(1, r.code());
    assertOneLine(r.err(), "no such directory");
  }

  @Test
  void emptyBinaryAndWronglyEncodedFilesAreRefusedByName() throws IOException {
    assertRefused("empty.txt", new byte[0], "empty file");
    assertRefused("junk.txt", new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 2, 1}, "binary");
    assertRefused("latin.txt", "d\u00e9j\u00e0 vu, na\u00efve".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8");
  }

  @Test
  void gbkDocumentIsRead() throws IOException {
    Files.write(tmp.resolve("a.txt"), "第一章 总则\n推进长三角一体化发展。加快建设。\n".getBytes(Charset.forName("GBK")));

    Result r = run("inspect", tmp.toString());

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("a.txt"));
  }

  @Test
  void unknownDetailsFileAndBadOptionAreRefused() {
    Result r = run("inspect", "seeds", "--details", "nope.txt");
    assertEquals(1, r.code());
    assertOneLine(r.err(), "nope.txt");

    Result bad = run("inspect", "seeds", "--frobnicate");
    assertEquals(2, bad.code());
  }

  private void assertRefused(String name, byte[] bytes, String reason) throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("d-" + name));
    Files.write(dir.resolve(name), bytes);

    Result r = run("inspect", dir.toString());

    assertEquals(1, r.code(), r.out());
    assertOneLine(r.err(), name);
    assertTrue(r.err().contains(reason), r.err());
  }

  private static void assertOneLine(String err, String mention) {
    assertEquals(1, err.strip().lines().count(), err);
    assertTrue(err.contains(mention), err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), err);
  }
}
