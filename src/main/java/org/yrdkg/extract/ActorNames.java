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
    centralNames = matcher(central);
    departmentNames = matcher(departments);
    collectiveNames = matcher(collectives);
  }

  private final PhraseMatcher<Central> centralNames;
  private final PhraseMatcher<String> departmentNames;
  private final PhraseMatcher<String> collectiveNames;

  // Names of two characters or more: a one-character entry would name too much.
  private static <T> PhraseMatcher<T> matcher(Map<String, T> names) {
    Map<String, T> named = new HashMap<>();
    names.forEach((name, value) -> {
      if (name.length() >= 2) {
        named.put(name, value);
      }
    });
    return new PhraseMatcher<>(named);
  }

  static ActorNames load() {
    return INSTANCE;
  }

  /** The central body with this exact name, or null. */
  Central central(String name) {
    return central.get(name);
  }

  List<Hit<Central>> findCentral(String text) {
    return find(text, centralNames);
  }

  /** Department names in {@code text}; the value is the department's full name. */
  List<Hit<String>> findDepartments(String text) {
    return find(text, departmentNames);
  }

  /** Collective actors in {@code text}; the value is their level (central, local, enterprise). */
  List<Hit<String>> findCollectives(String text) {
    return find(text, collectiveNames);
  }

  // Leftmost-longest matching without overlaps, in one pass of the names' automaton.
  private static <T> List<Hit<T>> find(String text, PhraseMatcher<T> names) {
    return names.findAll(text).stream().map(m -> new Hit<>(m.from(), m.to(), m.value())).toList();
  }

  private static List<String[]> read(String file) {
    return Lexicon.rows(file, 1);
  }

}
