package org.yrdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdkg.cli.InspectCommandTest.Result;

class BuildCommandTest {
  @TempDir Path tmp;

  @Test
  void buildWritesSortedNQuads() throws IOException {
    Path out = tmp.resolve("g.nq");

    Result r = InspectCommandTest.run("build", "--seeds", "seeds", "--out", out.toString());

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("wrote "), r.out());
    String nq = Files.readString(out);
    assertTrue(nq.contains("<https://w3id.org/yrdkg/ontology#Sentence>"));
  }

  @Test
  void unknownFormatIsRefusedBeforeAnyWork() {
    Result r = InspectCommandTest.run("build", "--seeds", "seeds", "--out", tmp.resolve("g.xlsx").toString());

    assertEquals(1, r.code());
    assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("unknown output format"), r.err());
  }

  /**
   * The store is swapped in by renaming the target aside and deleting it: a target that is a file, or a directory
   * that is neither empty nor a store, is refused before any work, untouched. What lies beside it is never touched
   * (a build writes NAME.new-PID-N and NAME.old-PID-N of its own).
   */
  @Test
  void aStoreNeverReplacesWhatIsNotAStore() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "keep me");
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("plan.txt"), "keep me too");
    Path beside = Files.createDirectories(tmp.resolve("data.old"));
    Files.writeString(beside.resolve("backup.txt"), "and me");

    assertRefusedUntouched("notes.txt: a file, not a store directory", file);
    assertRefusedUntouched("docs: a directory that is not a TDB2 store", docs);

    assertEquals("keep me", Files.readString(file));
    assertEquals("keep me too", Files.readString(docs.resolve("plan.txt")));
    assertEquals("and me", Files.readString(beside.resolve("backup.txt")));
  }

  @Test
  void aBaseThatWouldMakeRelativeIrisIsRefusedBeforeAnyWork() {
    for (String base : List.of("notaniri", "/id/", "urn:yrdkg:", "https://", "http://exa mple.org/")) {
      Result r = InspectCommandTest.run("build", "--seeds", "no-such-seeds", "--base", base, "--out",
          tmp.resolve("g.nq").toString());

      assertEquals(1, r.code(), r.err());
      assertTrue(r.err().contains("--base " + base + ": not an absolute http(s) IRI"), r.err());
    }
  }

  @Test
  void anOutputThatIsADirectoryIsRefusedBeforeAnyWork() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("g.nq"));

    Result r = InspectCommandTest.run("build", "--seeds", "seeds", "--out", dir.toString());

    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("g.nq: a directory; the output is one file"),
        r.err());
  }

  private static void assertRefusedUntouched(String message, Path store) {
    // a seeds directory that does not exist: had the store not been refused first, the message would say so
    Result r = InspectCommandTest.run("build", "--seeds", "no-such-seeds", "--store", store.toString());

    assertEquals(1, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(message), r.err());
  }

  @Test
  void outAndStoreTogetherIsAUsageError() {
    Result r = InspectCommandTest.run("build", "--out", "a.nq", "--store", "b");

    assertEquals(2, r.code());
  }

  @Test
  void brokenInputLeavesThePreviousStoreIntactAndServable() throws IOException {
    Path store = tmp.resolve("store");
    assertEquals(0, InspectCommandTest.run("build", "--seeds", "seeds", "--store", store.toString()).code());
    long before = Files.size(store.resolve("Data-0001").resolve("GOSP.dat"));
    byte[] text = Files.readAllBytes(Path.of("seeds", "003_5fbdd1f5d155a6b1.txt"));
    int cut = text.length / 2;
    while ((text[cut] & 0xC0) == 0x80) {
      cut++;
    }
    record Broken(String message, byte[] bytes) {}
    List<Broken> kinds = List.of(
        new Broken("binary data", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}),
        new Broken("not valid UTF-8", "Caf\u00e9 na\u00efve r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1)),
        new Broken("not valid UTF-8", Arrays.copyOf(text, cut + 1))); // truncated inside a character
    for (int i = 0; i < kinds.size(); i++) {
      Path broken = Files.createDirectories(tmp.resolve("broken-" + i));
      Files.copy(Path.of("seeds", "003_5fbdd1f5d155a6b1.txt"), broken.resolve("003.txt"));
      Files.write(broken.resolve("junk.txt"), kinds.get(i).bytes());

      Result r = InspectCommandTest.run("build", "--seeds", broken.toString(), "--store", store.toString());

      assertEquals(1, r.code(), kinds.get(i).message());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains("junk.txt: " + kinds.get(i).message()), r.err());
      assertEquals(before, Files.size(store.resolve("Data-0001").resolve("GOSP.dat")));
      try (var beside = Files.list(tmp)) {
        assertEquals(List.of("store"), beside.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("store"))
            .toList(), "nothing left beside the store");
      }
    }
    Result served = InspectCommandTest.run("query", "--store", store.toString(), "--file", countQuery().toString(), "--format", "csv");
    assertEquals(0, served.code(), served.err());
    assertTrue(Long.parseLong(served.out().strip().lines().reduce((a, b) -> b).orElseThrow()) > 100_000, served.out());
  }

  private Path countQuery() throws IOException {
    return Files.writeString(tmp.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
  }

  /**
   * A heap too small for the input ends the command with one line that names the limit and how to raise it, exit code
   * 1, and no file (hidden or not) left in the target directory. Run in a JVM of its own, as only a fresh JVM can be
   * given a small heap.
   */
  @Test
  void runningOutOfMemoryIsOneLineAndLeavesNoFile() throws IOException, InterruptedException {
    Path out = tmp.resolve("out");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
        "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build", "--seeds",
        "seeds", "--out", out.resolve("g.nq").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();

    assertEquals(1, code, err);
    assertEquals(1, err.strip().lines().count(), err);
    // the collector the JVM picks decides how much of the 48 MiB it reports
    assertTrue(err.matches("yrdkg: out of memory: the JVM may use at most [1-4][0-9] MiB of heap, .*-Xmx.*\\R?"), err);
    if (Files.exists(out)) {
      try (var left = Files.list(out)) {
        assertFalse(left.findAny().isPresent(), "left behind in " + out);
      }
    }
  }

  @Test
  void eachKindOfLackOfMemoryIsNamedAsTheJvmNamesIt() {
    assertTrue(Main.outOfMemory(new OutOfMemoryError("Java heap space")).contains("MiB of heap"));
    assertTrue(Main.outOfMemory(new OutOfMemoryError("GC overhead limit exceeded")).contains("-Xmx"));
    assertEquals("out of memory: Direct buffer memory", Main.outOfMemory(new OutOfMemoryError("Direct buffer memory")));
    OutOfMemoryError inWorker = new OutOfMemoryError("Java heap space");
    assertSame(inWorker, Main.lackOfMemory(new IllegalStateException(new java.util.concurrent.ExecutionException(inWorker))));
    assertNull(Main.lackOfMemory(new IllegalStateException("no")));
  }
}
