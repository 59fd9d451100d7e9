package org.yrdkg.resolve;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.yrdkg.extract.Division;
import org.yrdkg.extract.PlaceReadings;

/** English labels of divisions from the pinyin of their short name: 如东县 → Rudong County, 南通市 → Nantong. */
final class RegionLabels {

    private static final Segment WORDS = HanLP.newSegment().enableNameRecognize(false).enablePlaceRecognize(false)
            .enableOrganizationRecognize(false);
    // Longest suffix first.
    private static final Map<String, String> ZONE_SUFFIXES = zoneSuffixes();

    private RegionLabels() {}

    private static Map<String, String> zoneSuffixes() {
        Map<String, String> out = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        try (InputStream in = RegionLabels.class.getResourceAsStream("/gazetteer/zone-suffixes-en.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t");
                    out.put(cols[0].strip(), cols[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String en(Division d) {
        List<String> shortNames = d.shortNames();
        if (shortNames.isEmpty() && d.level() == Division.Level.COUNTY) {
            String zone = zone(d.name());
            if (zone != null) {
                return zone;
            }
        }
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

    // 苏州工业园区 → Suzhou Industrial Park: the generic suffix in English, the rest in pinyin word by word.
    private static String zone(String name) {
        for (Map.Entry<String, String> e : ZONE_SUFFIXES.entrySet()) {
            if (name.endsWith(e.getKey()) && name.length() > e.getKey().length()) {
                StringBuilder sb = new StringBuilder();
                for (Term t : WORDS.seg(name.substring(0, name.length() - e.getKey().length()))) {
                    String word = pinyin(t.word, t.word.length());
                    if (word.isEmpty()) {
                        return null;
                    }
                    sb.append(word).append(' ');
                }
                return sb + e.getValue();
            }
        }
        return null;
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
