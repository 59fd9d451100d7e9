package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes a composite abbreviation name (沪苏湖, 通苏嘉甬, 宁杭, 浙沪) into the divisions it joins, one per character.
 *
 * <p>The reading of an ambiguous character follows its neighbours: where any character stands for a city, the name
 * joins cities, and 苏 is 苏州 (沪苏湖 → 上海, 苏州, 湖州); where all stand for provinces, it joins provinces (苏皖 →
 * 江苏, 安徽). A name with a character that is no abbreviation does not decode.
 */
public final class CompositeNameDecoder {

    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

    private CompositeNameDecoder() {}

    /** The divisions of {@code name} in order of first appearance, or empty if it is not a composite name. */
    public static Optional<List<Division>> decode(String name, Gazetteer gazetteer) {
        return readings(name, gazetteer).map(r -> List.copyOf(new LinkedHashSet<>(r)));
    }

    /** The division each character of {@code name} stands for, one per character, or empty. */
    public static Optional<List<Division>> readings(String name, Gazetteer gazetteer) {
        if (name.length() < 2 || name.length() > 6) {
            return Optional.empty();
        }
        List<List<Abbreviation>> readings = new ArrayList<>();
        boolean cities = false;
        for (int i = 0; i < name.length(); i++) {
            List<Abbreviation> r = gazetteer.abbreviations(name.substring(i, i + 1));
            if (r.isEmpty()) {
                return Optional.empty();
            }
            readings.add(r);
            cities |= r.get(0).code().length() > 2;
        }
        List<Division> divisions = new ArrayList<>();
        for (List<Abbreviation> r : readings) {
            Abbreviation chosen = r.get(0);
            if (cities) {
                chosen = r.stream().filter(a -> a.code().length() > 2).findFirst().orElse(chosen);
                // A city name joins cities and the municipalities; another province in it is a misreading (吉 of 温武吉
                // is 吉安, not 吉林).
                if (chosen.code().length() == 2 && !MUNICIPALITIES.contains(chosen.code())) {
                    return Optional.empty();
                }
            }
            gazetteer.division(chosen.code()).ifPresent(divisions::add);
        }
        return new LinkedHashSet<>(divisions).size() < 2 ? Optional.empty() : Optional.of(List.copyOf(divisions));
    }

    /** Whether every character of {@code text} is a one-character abbreviation. */
    static boolean allAbbreviations(String text, Gazetteer gazetteer) {
        return text.chars().allMatch(c -> !gazetteer.abbreviations(String.valueOf((char) c)).isEmpty());
    }
}
