package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of actors as the genre writes them, from {@code lexicon/actors-*.tsv}: central authorities, ministries,
 * national coordination bodies and central enterprises with their short forms; the standard departments of local
 * governments; collective actors (有关部门, 龙头企业). Immutable; loaded once.
 */
final class ActorNames {
  /** A name of the central lexicon: what it denotes. */
  record Central(String canonical, String type) {}

  /** A name found in text: [from, to) and what it is (a {@link Central}, a department's full name, a collective's level). */
  record Hit<T>(int from, int to, T value) {}

  private static final ActorNames INSTANCE = new ActorNames();

  private final Map<String, Central> central = new HashMap<>();
  private final Map<String, String> departments = new HashMap<>();
  private final Map<String, String> collectives = new HashMap<>();

  private ActorNames() {
    for (String[] row : read("actors-central.tsv")) {
      Central c = new Central(row[0], row[1]);
      central.put(row[0], c);
      if (row.length > 2 && !row[2].isEmpty()) {
        for (String alt : row[2].split("\\|")) {
          central.put(alt, c);
        }
      }
    }
    for (String[] row : read("actors-departments.tsv")) {
      departments.put(row[0], row[0]);
      if (row.length > 1 && !row[1].isEmpty()) {
        for (String alt : row[1].split("\\|")) {
          departments.putIfAbsent(alt, row[0]);
        }
      }
    }
    for (String[] row : read("actors-collective.tsv")) {
      collectives.put(row[0], row[1]);
    }
    for (Map<String, ?> names : List.of(central, departments, collectives)) {
      int longest = 0;
      java.util.BitSet first = new java.util.BitSet(0x10000);
      for (String name : names.keySet()) {
        longest = Math.max(longest, name.length());
        first.set(name.charAt(0));
      }
      shapes.put(names, new Shape(longest, first));
    }
  }

  /** How the names of one lexicon look: their longest length and their first characters, to skip other positions. */
  private record Shape(int longest, java.util.BitSet first) {}

  private final Map<Map<String, ?>, Shape> shapes = new java.util.IdentityHashMap<>();

  static ActorNames load() {
    return INSTANCE;
  }

  /** The central body with this exact name, or null. */
  Central central(String name) {
    return central.get(name);
  }

  List<Hit<Central>> findCentral(String text) {
    return find(text, central);
  }

  /** Department names in {@code text}; the value is the department's full name. */
  List<Hit<String>> findDepartments(String text) {
    return find(text, departments);
  }

  /** Collective actors in {@code text}; the value is their level (central, local, enterprise). */
  List<Hit<String>> findCollectives(String text) {
    return find(text, collectives);
  }

  // Leftmost-longest matching without overlaps; names are short and few, so trying each length is cheap enough
  // and keeps a 10,000-character sentence linear in practice.
  private <T> List<Hit<T>> find(String text, Map<String, T> names) {
    Shape shape = shapes.get(names);
    int longest = shape.longest();
    List<Hit<T>> hits = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      if (!shape.first().get(text.charAt(i))) {
        i++;
        continue;
      }
      int end = -1;
      for (int len = Math.min(longest, text.length() - i); len >= 2 && end < 0; len--) {
        if (names.containsKey(text.substring(i, i + len))) {
          end = i + len;
        }
      }
      if (end < 0) {
        i++;
      } else {
        hits.add(new Hit<>(i, end, names.get(text.substring(i, end))));
        i = end;
      }
    }
    hits.sort(Comparator.comparingInt(Hit::from));
    return hits;
  }

  private static List<String[]> read(String file) {
    return Lexicon.rows(file, 1);
  }

}
