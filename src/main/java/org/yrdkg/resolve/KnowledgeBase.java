package org.yrdkg.resolve;

import java.util.List;

/** What the documents say, resolved: entities and the relations between them, with their evidence. */
public record KnowledgeBase(List<Entity> entities, List<Relation> relations) {
  public static KnowledgeBase empty() {
    return new KnowledgeBase(List.of(), List.of());
  }
}
