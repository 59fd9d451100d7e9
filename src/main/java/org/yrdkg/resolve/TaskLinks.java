package org.yrdkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yrdkg.extract.Mention;
import org.yrdkg.vocab.Yrd;

/**
 * Links each task to every region, project, sector and actor named inside its span
 * ({@code yrd:mentions}), with that entity's mention as evidence. Done after resolution, so the
 * links reach the merged entities.
 */
final class TaskLinks {
  private static final List<String> LINKED = List.of("region", "project", "sector", "actor");

  /** A paragraph of a file. */
  private record Place(String file, int paragraph) {}

  /** An entity named by a mention that starts at from. */
  private record Hit(int from, Entity entity, Mention mention) {}

  private static final Comparator<Hit> BY_START = Comparator.comparingInt(Hit::from);

  private TaskLinks() {}

  /** The links of the tasks among entities (in id order), by task, its mentions and their hits in turn. */
  static List<Relation> add(List<Entity> entities) {
    Map<Place, List<Hit>> byParagraph = new HashMap<>();
    List<Entity> tasks = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type().equals(Yrd.Task)) {
        tasks.add(e);
      }
      if (!linked(e.id())) {
        continue;
      }
      for (Mention m : e.mentions()) {
        byParagraph.computeIfAbsent(new Place(m.file(), m.paragraph()), k -> new ArrayList<>())
            .add(new Hit(m.from(), e, m));
      }
    }
    // by start, so that a task looks only at the mentions from its own start on (a stable sort: an entity's mentions
    // keep their order)
    byParagraph.values().forEach(l -> l.sort(BY_START));
    List<Relation> out = new ArrayList<>();
    for (Entity task : tasks) {
      for (Mention t : task.mentions()) {
        List<Hit> hits = byParagraph.getOrDefault(new Place(t.file(), t.paragraph()), List.of());
        for (int i = firstFrom(hits, t.from()); i < hits.size(); i++) {
          Mention m = hits.get(i).mention();
          if (m.from() >= t.to()) {
            break;
          }
          if (m.to() <= t.to()) {
            out.add(new Relation(task.id(), Yrd.mentions, hits.get(i).entity().id(), null, List.of(m)));
          }
        }
      }
    }
    return out;
  }

  // Whether the id's kind, what comes before its first slash, is one a task links to.
  private static boolean linked(String id) {
    int slash = id.indexOf('/');
    for (String kind : LINKED) {
      if (slash == kind.length() && id.startsWith(kind)) {
        return true;
      }
    }
    return false;
  }

  // The index of the first of hits (sorted by start) that starts at or after from.
  private static int firstFrom(List<Hit> hits, int from) {
    int lo = 0;
    int hi = hits.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (hits.get(mid).from() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
