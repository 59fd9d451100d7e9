package org.yrdkg.store;

import org.apache.jena.graph.Node;

/**
 * The number of each term of a term table: its position in the table. An open-addressing table of term numbers and
 * their hashes, so a lookup reads two ints and the term they name (a {@code HashMap<Node, Integer>} reads an entry and
 * a boxed number besides), and building it allocates two arrays. Terms are compared as terms ({@link Node#equals}),
 * and only when their hashes are equal. Immutable once built; safe to share.
 */
final class TermIndex {
  /** What {@link #id} gives for a term not in the table. */
  static final int ABSENT = -1;

  private final Node[] terms;
  /** Each slot: a term's number plus one, or 0 when empty. */
  private final int[] slots;
  /** Each slot's term's hash, spread. */
  private final int[] hashes;
  private final int mask;

  private TermIndex(Node[] terms) {
    this.terms = terms;
    int capacity = Integer.highestOneBit(Math.max(2, terms.length) * 2 - 1) * 2; // at most half full
    this.slots = new int[capacity];
    this.hashes = new int[capacity];
    this.mask = capacity - 1;
  }

  /**
   * The index of {@code terms}, each term numbered by its position. Returns null when a term occurs twice: a term
   * table names each term once.
   */
  static TermIndex of(Node[] terms) {
    TermIndex index = new TermIndex(terms);
    for (int i = 0; i < terms.length; i++) {
      int h = spread(terms[i]);
      int slot = index.slotOf(terms[i], h);
      if (index.slots[slot] != 0) {
        return null;
      }
      index.slots[slot] = i + 1;
      index.hashes[slot] = h;
    }
    return index;
  }

  /** The number of {@code term}, or {@link #ABSENT}. */
  int id(Node term) {
    return slots[slotOf(term, spread(term))] - 1;
  }

  // IRIs sharing a long prefix may hash alike in the low bits
  private static int spread(Node term) {
    int h = term.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  // The slot holding term, or the empty slot where it would go. A term's own object is found without comparing
  // texts: terms in solutions come from the table itself.
  private int slotOf(Node term, int h) {
    int slot = h & mask;
    for (int id; (id = slots[slot]) != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == h) {
        Node t = terms[id - 1];
        if (t == term || t.equals(term)) {
          return slot;
        }
      }
    }
    return slot;
  }
}
