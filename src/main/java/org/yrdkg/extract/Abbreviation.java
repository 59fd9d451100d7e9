package org.yrdkg.extract;

/**
 * One reading of a one-character abbreviation (简称) from {@code gazetteer/abbreviations.tsv}: 沪 → 31, 甬 → 330200.
 * An ambiguous abbreviation (宁: 南京 or 宁夏) has one reading per division, exactly one of them preferred.
 *
 * @param abbrev    the single character
 * @param code      code of the division it stands for
 * @param note      which division, and in which compounds the reading is customary
 * @param preferred whether this is the reading most common in 长三角 planning text
 */
public record Abbreviation(String abbrev, String code, String note, boolean preferred) {}
