package org.yrdkg.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deleting directory trees, for the store's swaps and the graph cache's entries. */
final class Trees {
  private Trees() {}

  /**
   * Deletes {@code p} and everything under it; nothing when it does not exist. Builds of one store at once may delete
   * one tree together (the leftovers of a build that ended abruptly): what another has deleted meanwhile counts as
   * deleted, not as an error.
   */
  static void delete(Path p) throws IOException {
    Files.walkFileTree(p, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null && !(e instanceof NoSuchFileException)) {
          throw e;
        }
        Files.deleteIfExists(dir);
        return FileVisitResult.CONTINUE;
      }
    });
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
