package org.yrdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Test
  void outAndStoreTogetherIsAUsageError() {
    Result r = InspectCommandTest.run("build", "--out", "a.nq", "--store", "b");

    assertEquals(2, r.code());
  }

  @Test
  void brokenInputLeavesThePreviousStoreIntact() throws IOException {
    Path store = tmp.resolve("store");
    assertEquals(0, InspectCommandTest.run("build", "--seeds", "seeds", "--store", store.toString()).code());
    long before = Files.size(store.resolve("Data-0001").resolve("GOSP.dat"));
    Path broken = Files.createDirectory(tmp.resolve("broken"));
    Files.copy(Path.of("seeds", "003_5fbdd1f5d155a6b1.txt"), broken.resolve("003.txt"));
    Files.write(broken.resolve("junk.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

    Result r = InspectCommandTest.run("build", "--seeds", broken.toString(), "--store", store.toString());

    assertEquals(1, r.code());
    assertTrue(r.err().contains("junk.txt: binary data"), r.err());
    assertEquals(before, Files.size(store.resolve("Data-0001").resolve("GOSP.dat")));
    assertFalse(Files.exists(tmp.resolve("store.new")));
  }
}
