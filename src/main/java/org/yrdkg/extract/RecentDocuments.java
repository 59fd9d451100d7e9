package org.yrdkg.extract;

import java.util.function.Function;
import org.yrdkg.text.StructuredDocument;

/**
 * What was computed for the last few documents, keyed by identity: several extractors of one document can share a
 * reading of it without the extractors' interface changing. Documents are records whose equality compares their
 * whole text, so identity is both the cheap and the right key. Thread-safe; a value is computed outside the lock.
 */
final class RecentDocuments<V> {
  private final StructuredDocument[] keys;
  private final Object[] values;
  private int next;

  RecentDocuments(int size) {
    keys = new StructuredDocument[size];
    values = new Object[size];
  }

  @SuppressWarnings("unchecked")
  V get(StructuredDocument doc, Function<StructuredDocument, V> compute) {
    synchronized (this) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == doc) {
          return (V) values[i];
        }
      }
    }
    V value = compute.apply(doc);
    synchronized (this) {
      keys[next] = doc;
      values[next] = value;
      next = (next + 1) % keys.length;
    }
    return value;
  }
}
