package org.yrdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.yrdkg.cli.InspectCommandTest.Result;

class ServeCommandTest {

  @Test
  void aTakenPortIsRefusedAtOnceInOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      Result r = InspectCommandTest.run("serve", "--port", String.valueOf(taken.getLocalPort()));

      assertEquals(1, r.code());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains("is in use"), r.err());
    }
  }

  @Test
  void aPortOutOfRangeIsRefused() {
    Result r = InspectCommandTest.run("serve", "--port", "70000");

    assertEquals(1, r.code());
    assertTrue(r.err().contains("not a TCP port"), r.err());
  }

  @Test
  void aMissingSeedsDirectoryIsRefused() {
    Result r = InspectCommandTest.run("serve", "--port", "0", "--seeds", "no-such-dir");

    assertEquals(1, r.code());
    assertTrue(r.err().contains("no-such-dir"), r.err());
  }

  @Test
  void aNegativeOrNonNumericAnswerCacheIsRefusedInOneLine() {
    for (String rows : new String[] {"-1", "lots"}) {
      Result r = InspectCommandTest.run("serve", "--port", "0", "--answer-cache", rows);

      assertTrue(r.code() != 0, "exit " + r.code() + " for --answer-cache " + rows);
      assertTrue(r.err().contains("--answer-cache"), r.err());
      assertTrue(r.err().lines().findFirst().orElse("").contains("--answer-cache"), r.err());
    }
  }
}
