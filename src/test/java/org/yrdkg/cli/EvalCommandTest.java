package org.yrdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdkg.cli.InspectCommandTest.Result;

/** {@code eval}: a gold set that cannot be scored is refused in one line naming the file and line. */
class EvalCommandTest {
  @TempDir Path tmp;

  private static final String DOC = "001_bf7f4692ddf9924a.txt";

  @Test
  void badGoldLinesAreNamedByFileAndLine() throws IOException {
    assertRefused("a.tsv:2: unknown kind 'place' (one of region, project, sector)",
        "# comment\n" + DOC + "\t第四章\tplace\t长江三角洲\n");
    assertRefused("a.tsv:1: a gold line is file, scope, kind, key", DOC + "\t第四章\tregion\n");
    // checked once the seeds are read: the line that names a document the seeds lack
    assertRefused("a.tsv:3: no document nosuch.txt among the seeds",
        DOC + "\t第四章\tregion\t长江三角洲\n\nnosuch.txt\t第四章\tregion\t上海\n");
  }

  @Test
  void aGoldFileThatIsNotUtf8IsRefusedNamingIt() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("gbk"));
    Files.write(dir.resolve("a.tsv"),
        (DOC + "\t第四章\tregion\t长江三角洲\n").getBytes(Charset.forName("GBK")));

    Result r = InspectCommandTest.run("eval", "--gold", dir.toString());

    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("a.tsv: not UTF-8"), r.err());
  }

  private void assertRefused(String message, String gold) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "gold");
    Files.writeString(dir.resolve("a.tsv"), gold);

    Result r = InspectCommandTest.run("eval", "--gold", dir.toString());

    assertEquals(1, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(message), r.err());
  }
}
