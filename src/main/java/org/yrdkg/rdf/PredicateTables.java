package org.yrdkg.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.apache.jena.util.iterator.SingletonIterator;
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
 * it. A table finds by object too, from an index it builds on the first such lookup (inverse
 * paths, targets by class); lookups without a predicate visit every table, a few dozen.
 *
 * <p>Terms are compared as Jena's default in-memory graph compares them (same term). Triples can
 * be added, not removed; the graph is meant to be filled, then read.
 */
final class PredicateTables extends GraphBase {
  /** Above this many values of one property, a subject's values are kept in a hash set rather than a list. */
  private static final int LIST_LIMIT = 8;

  private final Map<Node, Table> tables = new LinkedHashMap<>();
  private int size;

  @Override
  public void performAdd(Triple t) {
    if (tables.computeIfAbsent(t.getPredicate(), p -> new Table()).add(t)) {
      size++;
    }
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
    Node predicate = pattern.getPredicate();
    if (predicate.isConcrete()) {
      Table table = tables.get(predicate);
      return table == null ? NiceIterator.emptyIterator() : table.find(pattern);
    }
    return WrappedIterator.createIteratorIterator(
        tables.values().stream().<Iterator<Triple>>map(t -> t.find(pattern)).iterator());
  }

  @Override
  protected int graphBaseSize() {
    return size;
  }

  /** The triples of one predicate by subject, and by object once asked. */
  private static final class Table {
    /** Subject → its one triple, or a collection of them (a list while short, then a set). */
    private final Map<Node, Object> bySubject = new HashMap<>();
    private Map<Node, List<Triple>> byObject;

    boolean add(Triple t) {
      Node s = t.getSubject();
      Object held = bySubject.get(s);
      boolean added;
      if (held == null) {
        bySubject.put(s, t);
        added = true;
      } else if (held instanceof Triple one) {
        added = !one.equals(t);
        if (added) {
          List<Triple> two = new ArrayList<>(2);
          two.add(one);
          two.add(t);
          bySubject.put(s, two);
        }
      } else {
        @SuppressWarnings("unchecked")
        Collection<Triple> many = (Collection<Triple>) held;
        if (many instanceof List<Triple> list && list.size() >= LIST_LIMIT) {
          many = new LinkedHashSet<>(list);
          bySubject.put(s, many);
        }
        added = many instanceof List<Triple> list ? !list.contains(t) && list.add(t) : many.add(t);
      }
      if (added) {
        byObject = null;
      }
      return added;
    }

    ExtendedIterator<Triple> find(Triple pattern) {
      Node s = pattern.getSubject();
      Node o = pattern.getObject();
      if (s.isConcrete()) {
        Object held = bySubject.get(s);
        if (held == null) {
          return NiceIterator.emptyIterator();
        }
        if (held instanceof Triple one) {
          return pattern.matches(one) ? new SingletonIterator<>(one) : NiceIterator.emptyIterator();
        }
        @SuppressWarnings("unchecked")
        Collection<Triple> many = (Collection<Triple>) held;
        return WrappedIterator.createNoRemove(many.iterator()).filterKeep(pattern::matches);
      }
      if (o.isConcrete()) {
        List<Triple> found = byObject().get(o);
        return found == null ? NiceIterator.emptyIterator() : WrappedIterator.createNoRemove(found.iterator());
      }
      return WrappedIterator.createNoRemove(bySubject.values().stream().flatMap(Table::triples).iterator());
    }

    private Map<Node, List<Triple>> byObject() {
      if (byObject == null) {
        Map<Node, List<Triple>> index = new HashMap<>();
        bySubject.values().stream().flatMap(Table::triples)
            .forEach(t -> index.computeIfAbsent(t.getObject(), k -> new ArrayList<>(1)).add(t));
        byObject = index;
      }
      return byObject;
    }

    @SuppressWarnings("unchecked")
    private static Stream<Triple> triples(Object held) {
      return held instanceof Triple one ? Stream.of(one) : ((Collection<Triple>) held).stream();
    }
  }
}
