package org.yrdkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.yrdkg.text.InputException;

/** Opens a TDB2 store written by {@code build --store DIR}, for reading. */
public final class TdbStore {
  private TdbStore() {}

  /** The dataset of the store in {@code dir}; refuses a directory that does not exist. */
  public static Dataset open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": no TDB2 store there (write one with build --store " + dir + ")");
    }
    return TDB2Factory.connectDataset(dir.toString());
  }
}
