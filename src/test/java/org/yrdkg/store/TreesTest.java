package org.yrdkg.store;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreesTest {
  @TempDir
  Path tmp;

  /**
   * Builds of one store at once each remove the leftovers of a build that ended abruptly: one tree, deleted by several
   * threads at the same moment. Each must find it gone, not fail on a file another has just deleted (a build failed
   * so, with the message "NoSuchFileException: …/Data-0001").
   */
  @Test
  void aTreeDeletedByFourThreadsAtOnceIsGoneAndNoneFails() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 40; round++) {
        Path tree = tmp.resolve("store.new-" + round);
        for (int d = 0; d < 4; d++) {
          Path dir = Files.createDirectories(tree.resolve("Data-000" + d));
          for (int f = 0; f < 25; f++) {
            Files.writeString(dir.resolve("f" + f), "x");
          }
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> deletes = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          deletes.add(pool.submit(() -> {
            start.await();
            Trees.delete(tree);
            return null;
          }));
        }
        start.countDown();
        for (Future<?> d : deletes) {
          d.get(); // rethrows what a thread failed with
        }
        assertFalse(Files.exists(tree), "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
