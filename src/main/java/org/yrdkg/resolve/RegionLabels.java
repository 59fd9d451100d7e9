package org.yrdkg.resolve;

import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.List;
import java.util.Locale;
import org.yrdkg.extract.Division;
import org.yrdkg.extract.PlaceReadings;

/** English labels of divisions from the pinyin of their short name: 如东县 → Rudong County, 南通市 → Nantong. */
final class RegionLabels {

    private RegionLabels() {}

    static String en(Division d) {
        List<String> shortNames = d.shortNames();
        String stem = shortNames.isEmpty() ? d.name() : shortNames.get(0);
        // Polyphonic place names read as places (闵行区 → Minhang, not Minxing).
        String pinyin = pinyin(d.name(), stem.length());
        if (pinyin.isEmpty()) {
            return null;
        }
        return switch (d.level()) {
            case PROVINCE, PREFECTURE -> pinyin;
            case COUNTY -> pinyin + suffix(d.name(), shortNames.isEmpty());
            case TOWN -> pinyin + (d.name().endsWith("街道") ? " Subdistrict" : d.name().endsWith("乡") ? " Township"
                    : shortNames.isEmpty() ? "" : " Town");
        };
    }

    private static String suffix(String name, boolean whole) {
        if (whole) {
            return "";
        }
        if (name.endsWith("自治县")) {
            return " Autonomous County";
        }
        if (name.endsWith("县")) {
            return " County";
        }
        if (name.endsWith("市")) {
            return " City";
        }
        if (name.endsWith("旗")) {
            return " Banner";
        }
        return name.endsWith("新区") ? " New Area" : " District";
    }

    private static String pinyin(String text, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (Pinyin p : PlaceReadings.pinyin(text).subList(0, syllables)) {
            if (p == Pinyin.none5) {
                return "";
            }
            sb.append(p.getPinyinWithoutTone().replace("v", "ü"));
        }
        return sb.isEmpty() ? "" : sb.substring(0, 1).toUpperCase(Locale.ROOT) + sb.substring(1);
    }
}
