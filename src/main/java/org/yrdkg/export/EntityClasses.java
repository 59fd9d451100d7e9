package org.yrdkg.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;

/**
 * Which classes make a resource a node, and of what kind: the top classes and everything below them
 * by {@code rdfs:subClassOf*}, with each class's distance from its top class (the deepest of a
 * resource's types is its most specific class).
 */
final class EntityClasses {
  record Place(EntityKind kind, int depth) {}

  private final Map<Resource, Place> places = new HashMap<>();

  EntityClasses(Model schema) {
    for (EntityKind kind : EntityKind.values()) {
      for (Resource top : kind.topClasses()) {
        Deque<Resource> queue = new ArrayDeque<>();
        places.putIfAbsent(top, new Place(kind, 0));
        queue.add(top);
        while (!queue.isEmpty()) {
          Resource c = queue.poll();
          int depth = places.get(c).depth();
          for (Resource sub : schema.listSubjectsWithProperty(RDFS.subClassOf, c).toList()) {
            if (sub.isURIResource() && !places.containsKey(sub)) {
              places.put(sub, new Place(kind, depth + 1));
              queue.add(sub);
            }
          }
        }
      }
    }
  }

  /** The place of a class, or {@code null} when it is not under a top class. */
  Place place(RDFNode type) {
    return type.isURIResource() ? places.get(type.asResource()) : null;
  }
}
