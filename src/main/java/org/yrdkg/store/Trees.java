package org.yrdkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting directory trees, for the store's swaps and the graph cache's entries. */
final class Trees {
  private Trees() {}

  /** Deletes {@code p} and everything under it; nothing when it does not exist. */
  static void delete(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  /** As {@link #delete}, leaving what cannot be deleted for the next attempt (the callers' leftovers are retried). */
  static void deleteQuietly(Path p) {
    try {
      delete(p);
    } catch (IOException ignored) {
      // removed by the next prune, store or build that meets it
    }
  }
}
