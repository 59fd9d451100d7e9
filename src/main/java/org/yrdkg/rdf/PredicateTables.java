package org.yrdkg.rdf;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * An in-memory graph kept as one table per predicate, so that the values of one property of one
 * subject — its types, its label — are found without reading the subject's other triples.
 *
 * <p>Jena's in-memory graphs index subjects, predicates and objects one at a time: they answer
 * {@code (s, p, ?)} by reading every triple of {@code s}. A region or sector that the text names
 * everywhere has a mention link per naming, so its triples grow with the corpus, and so do the
 * links that point at it; SHACL reads the types of each linked value ({@code sh:class}), so a
 * graph whose hubs are read once per link costs the square of the corpus. Here a lookup with a
 * known predicate goes to that predicate's table, where the subject has only its own values of
 * it. Lookups without a predicate visit every table (a few dozen). Triples can be added, not
 * removed.
 */
final class PredicateTables extends GraphBase {
  private final Map<Node, Graph> tables = new LinkedHashMap<>();
  private int size;

  @Override
  public void performAdd(Triple t) {
    Graph table = tables.computeIfAbsent(t.getPredicate(), p -> GraphMemFactory.createDefaultGraph());
    int before = table.size();
    table.add(t);
    size += table.size() - before;
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    Node predicate = pattern.getPredicate();
    if (predicate.isConcrete()) {
      Graph table = tables.get(predicate);
      return table == null ? NiceIterator.emptyIterator() : table.find(pattern);
    }
    return WrappedIterator.createIteratorIterator(tables.values().stream().<Iterator<Triple>>map(t -> t.find(pattern)).iterator());
  }

  @Override
  protected boolean graphBaseContains(Triple pattern) {
    Node predicate = pattern.getPredicate();
    if (predicate.isConcrete()) {
      Graph table = tables.get(predicate);
      return table != null && table.contains(pattern);
    }
    return tables.values().stream().anyMatch(t -> t.contains(pattern));
  }

  @Override
  protected int graphBaseSize() {
    return size;
  }
}
