package org.yrdkg.extract;

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
  // The three lexicons in one trie: a text is read once for all of them.
  private final PhraseMatcher<Names> names;

  private ActorNames() {
    Map<String, String> departments = new HashMap<>();
    Map<String, String> collectives = new HashMap<>();
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
    Map<String, Names> all = new HashMap<>();
    central.forEach((name, c) -> all.merge(name, new Names(c, null, null), Names::and));
    departments.forEach((name, d) -> all.merge(name, new Names(null, d, null), Names::and));
    collectives.forEach((name, level) -> all.merge(name, new Names(null, null, level), Names::and));
    // Names of two characters or more: a one-character entry would name too much.
    all.keySet().removeIf(name -> name.length() < 2);
    names = new PhraseMatcher<>(all);
  }

  /** What a name is in each of the three lexicons (null where it is not one of its names). */
  private record Names(Central central, String department, String collective) {
    Names and(Names o) {
      return new Names(central != null ? central : o.central, department != null ? department : o.department,
          collective != null ? collective : o.collective);
    }
  }

  /** The names of each lexicon in a text, each list leftmost-longest without overlaps as {@link PhraseMatcher}'s. */
  record Found(List<Hit<Central>> central, List<Hit<String>> departments, List<Hit<String>> collectives) {}

  static ActorNames load() {
    return INSTANCE;
  }

  /** The central body with this exact name, or null. */
  Central central(String name) {
    return central.get(name);
  }

  /**
   * The central bodies (value: a {@link Central}), departments (value: the department's full name) and collective
   * actors (value: their level: central, local, enterprise) named in {@code text}, in one pass.
   */
  Found find(String text) {
    int n = text.length();
    int[] centralEnd = new int[n];
    int[] departmentEnd = new int[n];
    int[] collectiveEnd = new int[n];
    Central[] centralAt = new Central[n];
    String[] departmentAt = new String[n];
    String[] collectiveAt = new String[n];
    if (n > 0) {
      names.forEach(text, (begin, end, v) -> {
        if (v.central() != null && end > centralEnd[begin]) {
          centralEnd[begin] = end;
          centralAt[begin] = v.central();
        }
        if (v.department() != null && end > departmentEnd[begin]) {
          departmentEnd[begin] = end;
          departmentAt[begin] = v.department();
        }
        if (v.collective() != null && end > collectiveEnd[begin]) {
          collectiveEnd[begin] = end;
          collectiveAt[begin] = v.collective();
        }
      });
    }
    return new Found(hits(text, centralEnd, centralAt), hits(text, departmentEnd, departmentAt),
        hits(text, collectiveEnd, collectiveAt));
  }

  private static <T> List<Hit<T>> hits(String text, int[] endAt, T[] valueAt) {
    return PhraseMatcher.leftmostLongest(text, endAt, valueAt).stream()
        .map(m -> new Hit<>(m.from(), m.to(), m.value())).toList();
  }

  private static List<String[]> read(String file) {
    return Lexicon.rows(file, 1);
  }

}
