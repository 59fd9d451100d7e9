package org.yrdkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pinyin of Chinese text with the readings of polyphonic place names ({@code lexicon/place-readings.tsv}) put
 * in place of HanLP's, which reads 闵行 as mǐn xíng and 朝阳 as zhāo yáng. Immutable; thread-safe.
 */
public final class PlaceReadings {

    private static final Map<String, List<Pinyin>> READINGS = load();

    private PlaceReadings() {}

    /** One syllable per character of {@code text}, as {@link HanLP#convertToPinyinList(String)} gives them. */
    public static List<Pinyin> pinyin(String text) {
        List<Pinyin> syllables = new ArrayList<>(HanLP.convertToPinyinList(text));
        READINGS.forEach((name, reading) -> {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                for (int i = 0; i < reading.size() && at + i < syllables.size(); i++) {
                    syllables.set(at + i, reading.get(i));
                }
            }
        });
        return syllables;
    }

    private static Map<String, List<Pinyin>> load() {
        Map<String, List<Pinyin>> m = new LinkedHashMap<>();
        for (String[] r : Lexicon.rows("place-readings.tsv", 2)) {
            List<Pinyin> reading = new ArrayList<>();
            for (String s : r[1].split(" ")) {
                reading.add(Pinyin.valueOf(s));
            }
            m.put(r[0], List.copyOf(reading));
        }
        return m;
    }
}
