package org.yrdkg.export;

/**
 * A directed edge of the exported graph: one statement between two nodes.
 *
 * @param id {@code e0}, {@code e1}, … in the order of the exported graph
 * @param source the subject's IRI
 * @param property the predicate's IRI
 * @param target the object's IRI
 */
public record GraphEdge(String id, String source, String property, String target) {

  /** The predicate's local name, such as {@code locatedIn}: the edge's label in the tools. */
  public String label() {
    int cut = Math.max(property.lastIndexOf('#'), property.lastIndexOf('/'));
    return property.substring(cut + 1);
  }
}
