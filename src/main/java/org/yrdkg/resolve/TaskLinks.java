package org.yrdkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yrdkg.extract.Mention;
import org.yrdkg.vocab.Yrd;

/**
 * Links each task to every region, project, sector and actor named inside its span
 * ({@code yrd:mentions}), with that entity's mention as evidence. Done after resolution, so the
 * links reach the merged entities.
 */
final class TaskLinks {
  private static final Set<String> LINKED = Set.of("region", "project", "sector", "actor");

  private TaskLinks() {}

  static List<Relation> add(Map<String, Entity> entities, List<Relation> existing) {
    Map<String, List<Object[]>> byParagraph = new HashMap<>();
    for (Entity e : entities.values()) {
      String kind = e.id().substring(0, Math.max(0, e.id().indexOf('/')));
      if (!LINKED.contains(kind)) {
        continue;
      }
      for (Mention m : e.mentions()) {
        byParagraph.computeIfAbsent(m.file() + "#" + m.paragraph(), k -> new ArrayList<>()).add(new Object[] {e, m});
      }
    }
    List<Relation> out = new ArrayList<>();
    for (Entity task : entities.values()) {
      if (!task.type().equals(Yrd.Task)) {
        continue;
      }
      for (Mention t : task.mentions()) {
        for (Object[] hit : byParagraph.getOrDefault(t.file() + "#" + t.paragraph(), List.of())) {
          Entity e = (Entity) hit[0];
          Mention m = (Mention) hit[1];
          if (t.from() <= m.from() && m.to() <= t.to()) {
            out.add(new Relation(task.id(), Yrd.mentions, e.id(), null, List.of(m)));
          }
        }
      }
    }
    return out;
  }
}
