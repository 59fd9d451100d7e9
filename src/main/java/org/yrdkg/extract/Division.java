package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Chinese administrative division (GB/T 2260) from {@code gazetteer/divisions.tsv}.
 *
 * <p>Codes: a province has two digits ({@code 32}), a prefecture six ending in {@code 00} ({@code 320600}), a county
 * six ({@code 320623}), a town nine ({@code 320623100}). {@code parentCode} is empty for a province and otherwise
 * the code of the nearest real ancestor: the counties of a municipality hang directly from it.
 *
 * @param code       GB/T 2260 code, in the form above
 * @param name       full official name, e.g. 如东县
 * @param level      administrative level
 * @param parentCode code of the parent division, empty for a province
 */
public record Division(String code, String name, Level level, String parentCode) implements GazetteerEntry {

    /** The four levels the gazetteer knows; villages are out of scope. */
    public enum Level {
        PROVINCE, PREFECTURE, COUNTY, TOWN;

        /** The level for its lower-case spelling in {@code divisions.tsv}, e.g. {@code county}. */
        public static Level ofTsv(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The customary short names: the name without its generic suffix (省, 市, 自治区 with its ethnic part, 新区, 县,
     * 镇, 街道 …), only where at least two characters remain. Usually one, often none (城区, 忠县). A short name
     * that mostly reads as a common word in running text (合作 for 合作市) is listed here but not matched by
     * {@link Gazetteer#findAll(String)}.
     */
    public List<String> shortNames() {
        return ShortNames.of(this);
    }

    @Override
    public List<String> surfaceForms() {
        List<String> forms = new ArrayList<>();
        forms.add(name);
        shortNames().stream().filter(s -> !s.equals(name)).forEach(forms::add);
        return List.copyOf(forms);
    }
}
