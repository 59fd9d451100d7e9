package org.yrdkg.extract;

import java.util.List;

/**
 * Something the {@link Gazetteer} can name in text: an administrative division, a cross-regional area or a foreign
 * country or grouping.
 *
 * <p>Contract: {@link #surfaceForms()} lists every name the entry goes by, the canonical name first, never a
 * one-character form; {@link Gazetteer#findAll(String)} matches all of them except a division's short names that
 * mostly read as common words.
 */
public sealed interface GazetteerEntry permits Division, Area, ForeignPlace {

    /** The canonical Chinese name, e.g. 南通市, 长江三角洲, 德国. */
    String name();

    /** The canonical name followed by the other forms that denote the entry in text, without duplicates. */
    List<String> surfaceForms();
}
