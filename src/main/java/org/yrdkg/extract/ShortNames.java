package org.yrdkg.extract;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Derives the short names of a division from its full name; see {@link Division#shortNames()}. */
final class ShortNames {

    /**
     * A generic suffix. {@code minStem} is the shortest stem the suffix may leave; {@code fallBack} says whether a
     * too-short stem lets the next, shorter suffix try (清新区 is 清新, not 清; 万柏林区 is 万柏林, not 万柏).
     */
    private record Suffix(String text, int minStem, boolean fallBack) {}

    // Longest first, so that 自治县 wins over 县 and 新区 over 区. 林区 and 矿区 need a three-character stem: the real
    // ones are 神农架林区, 白云鄂博矿区, while a two-character stem is a district whose name ends in 林 or 矿 (碑林区,
    // 万柏林区, 井陉矿区 — its stem 井陉 is 井陉县).
    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix("特别行政区", 2, false), new Suffix("自治区", 2, false), new Suffix("自治州", 2, false),
            new Suffix("自治县", 2, false), new Suffix("自治旗", 2, false), new Suffix("新区", 2, true),
            new Suffix("林区", 3, true), new Suffix("矿区", 3, true), new Suffix("特区", 2, false),
            new Suffix("地区", 2, false), new Suffix("街道", 2, false), new Suffix("省", 2, false),
            new Suffix("市", 2, false), new Suffix("区", 2, false), new Suffix("县", 2, false),
            new Suffix("盟", 2, false), new Suffix("镇", 2, false), new Suffix("乡", 2, false));

    // The 56 nationalities, to strip the ethnic part of autonomous areas and ethnic townships (广西壮族自治区 → 广西,
    // 巴音郭楞蒙古自治州 → 巴音郭楞, 景宁畲族自治县 → 景宁). 各 covers 各族 (龙胜各族自治县).
    private static final List<String> ETHNIC = Stream.of(
                    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
                    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
                    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
                    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
                    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各")
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    // Tags of HanLP's core dictionary under which a word is a name rather than a common word.
    private static final Set<Nature> NAME_TAGS = Set.of(Nature.ns, Nature.nsf, Nature.nz, Nature.nr, Nature.nrf,
            Nature.nrj, Nature.nt);

    /**
     * A short name met at least this often as a common word in HanLP's core dictionary, and more often than as a
     * name, reads as that word in running text (合作市 → 合作, 资源县 → 资源, 新兴区 → 新兴, 港口镇 → 港口).
     */
    private static final int COMMON_WORD_MIN_FREQUENCY = 10;

    private ShortNames() {}

    /**
     * Whether a short name is, in running text, mostly an ordinary word. Such short names still find their division
     * through {@link Gazetteer#byName(String)} but are not matched by {@link Gazetteer#findAll(String)}.
     */
    static boolean readsAsCommonWord(String shortName) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(shortName);
        if (attribute == null) {
            return false;
        }
        int asName = 0;
        int asWord = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            if (NAME_TAGS.contains(attribute.nature[i])) {
                asName += attribute.frequency[i];
            } else {
                asWord += attribute.frequency[i];
            }
        }
        return asWord >= COMMON_WORD_MIN_FREQUENCY && asWord > asName;
    }

    static List<String> of(Division division) {
        if (isFunctionalZone(division)) {
            return List.of();
        }
        String name = division.name();
        for (Suffix suffix : SUFFIXES) {
            if (!name.endsWith(suffix.text()) || name.length() == suffix.text().length()) {
                continue;
            }
            String stem = withoutEthnicPart(name.substring(0, name.length() - suffix.text().length()),
                    suffix.text().startsWith("自治"));
            if (stem.length() >= suffix.minStem()) {
                return List.of(stem);
            }
            if (!suffix.fallBack()) {
                return List.of();
            }
        }
        return List.of();
    }

    // County codes 71–79 are development zones and other functional areas (苏州工业园区, 镇江新区): their names are
    // not place + suffix, and a short name would shadow the city (镇江新区 → 镇江).
    private static boolean isFunctionalZone(Division division) {
        return division.level() == Division.Level.COUNTY && division.code().charAt(4) == '7';
    }

    /**
     * Strips trailing nationalities; an empty result means the name had no place part (东乡族自治县). Only autonomous
     * areas may drop a nationality written without 族 (巴音郭楞蒙古自治州): elsewhere 东乡, 高山 are plain place names.
     */
    private static String withoutEthnicPart(String stem, boolean autonomous) {
        String rest = stem;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String ethnic : ETHNIC) {
                String tail = rest.endsWith(ethnic + "族") ? ethnic + "族"
                        : autonomous && ethnic.length() > 1 && rest.endsWith(ethnic) ? ethnic : null;
                if (tail == null) {
                    continue;
                }
                String shorter = rest.substring(0, rest.length() - tail.length());
                if (shorter.isEmpty()) {
                    return "";
                }
                if (shorter.length() >= 2) {
                    rest = shorter;
                    stripped = true;
                    break;
                }
            }
        }
        return rest;
    }
}
