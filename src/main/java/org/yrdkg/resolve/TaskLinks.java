package org.yrdkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
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

  static List<Relation> add(Map<String, Entity> entities) {
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
    // by start, so that a task looks only at the mentions from its own start on (a stable sort: an entity's mentions
    // keep their order)
    byParagraph.values().forEach(l -> l.sort(Comparator.comparingInt(hit -> ((Mention) hit[1]).from())));
    List<Relation> out = new ArrayList<>();
    for (Entity task : entities.values()) {
      if (!task.type().equals(Yrd.Task)) {
        continue;
      }
      for (Mention t : task.mentions()) {
        List<Object[]> hits = byParagraph.getOrDefault(t.file() + "#" + t.paragraph(), List.of());
        for (int i = firstFrom(hits, t.from()); i < hits.size(); i++) {
          Entity e = (Entity) hits.get(i)[0];
          Mention m = (Mention) hits.get(i)[1];
          if (m.from() >= t.to()) {
            break;
          }
          if (m.to() <= t.to()) {
            out.add(new Relation(task.id(), Yrd.mentions, e.id(), null, List.of(m)));
          }
        }
      }
    }
    return out;
  }

  // The index of the first of hits (sorted by start) that starts at or after from.
  private static int firstFrom(List<Object[]> hits, int from) {
    int lo = 0;
    int hi = hits.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (((Mention) hits.get(mid)[1]).from() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
