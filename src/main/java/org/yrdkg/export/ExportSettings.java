package org.yrdkg.export;

/**
 * What to export: the whole entity graph by default; tasks in or out; provenance nodes in or out;
 * optionally only the result graph of a CONSTRUCT query, and/or only the neighbourhood of one
 * entity. Immutable: each {@code with…} returns a new value.
 *
 * @param tasks whether {@code yrd:Task} nodes are exported
 * @param provenance whether the mentions, sentences and paragraphs of the exported entities are added
 * @param construct a SPARQL CONSTRUCT query whose result graph is exported, or {@code null}
 * @param around the IRI of the entity whose neighbourhood is exported, or {@code null}
 * @param depth how many edges away from {@code around} a node may be
 */
public record ExportSettings(boolean tasks, boolean provenance, String construct, String around, int depth) {

  public ExportSettings {
    if (depth < 0) {
      throw new IllegalArgumentException("depth must not be negative");
    }
  }

  /** Everything: all entities with tasks, no provenance. */
  public static ExportSettings defaults() {
    return new ExportSettings(true, false, null, null, 0);
  }

  public ExportSettings withTasks(boolean tasks) {
    return new ExportSettings(tasks, provenance, construct, around, depth);
  }

  public ExportSettings withProvenance(boolean provenance) {
    return new ExportSettings(tasks, provenance, construct, around, depth);
  }

  public ExportSettings withConstruct(String query) {
    return new ExportSettings(tasks, provenance, query, around, depth);
  }

  public ExportSettings withAround(String iri, int depth) {
    return new ExportSettings(tasks, provenance, construct, iri, depth);
  }
}
