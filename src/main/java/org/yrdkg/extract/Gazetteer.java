package org.yrdkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of places in Chinese planning text: all administrative divisions of China (towns for 上海 江苏 浙江 安徽),
 * one-character abbreviations, cross-regional areas and foreign countries, read from {@code gazetteer/*.tsv} on the
 * classpath.
 *
 * <p>Contract: lookups are exact string matches, never fuzzy; a name that denotes several entries (吉林, 海南) returns
 * all of them and choosing is the caller's job. One-character abbreviations are only returned by
 * {@link #abbreviations(String)}, never by {@link #findAll(String)}, since deciding whether 苏 or 宁 is a place needs
 * context. Immutable and thread-safe.
 */
public final class Gazetteer {

    private static final String DIR = "/gazetteer/";

    private final Map<String, Division> divisionsByCode = new LinkedHashMap<>();
    private final Map<String, List<Division>> divisionsByName = new LinkedHashMap<>();
    private final Map<String, List<Abbreviation>> abbreviationsByChar = new LinkedHashMap<>();
    private final java.util.BitSet abbreviated = new java.util.BitSet(Character.MAX_VALUE + 1);
    private final Map<String, Area> areasByName = new LinkedHashMap<>();
    private final Map<String, ForeignPlace> foreignByName = new LinkedHashMap<>();
    private final Map<String, List<String>> neighbours = new LinkedHashMap<>();
    private final Map<String, double[]> centres = new LinkedHashMap<>();
    private final NameMatcher matcher;
    private final Map<String, List<Division>> ancestorsByCode = new java.util.HashMap<>();

    private Gazetteer() {
        Map<String, List<GazetteerEntry>> bySurface = new LinkedHashMap<>();
        for (String[] row : readTsv("divisions.tsv", 4)) {
            Division d = new Division(row[0], row[1], Division.Level.ofTsv(row[2]), row[3]);
            divisionsByCode.put(d.code(), d);
            for (String form : d.surfaceForms()) {
                divisionsByName.computeIfAbsent(form, k -> new ArrayList<>()).add(d);
                if (form.equals(d.name()) || !ShortNames.readsAsCommonWord(form)) {
                    bySurface.computeIfAbsent(form, k -> new ArrayList<>()).add(d);
                }
            }
        }
        for (String[] row : readTsv("abbreviations.tsv", 4)) {
            abbreviationsByChar.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new Abbreviation(row[0], row[1], row[2], "preferred".equals(row[3])));
        }
        abbreviationsByChar.values().forEach(list -> list.sort(Comparator.comparing(a -> !a.preferred())));
        // immutable, so that abbreviations(…) hands them out without a copy: it is asked at every character of a text
        abbreviationsByChar.replaceAll((c, list) -> List.copyOf(list));
        abbreviationsByChar.keySet().stream().filter(c -> c.length() == 1).forEach(c -> abbreviated.set(c.charAt(0)));
        for (String[] row : readTsv("areas.tsv", 5)) {
            Area area = new Area(row[0], row[1], split(row[2]), split(row[3]), row[4]);
            area.surfaceForms().forEach(form -> areasByName.put(form, area));
            area.surfaceForms().forEach(form -> bySurface.computeIfAbsent(form, k -> new ArrayList<>()).add(area));
        }
        for (String[] row : readTsv("neighbours.tsv", 2)) {
            neighbours.put(row[0], split(row[1]));
        }
        for (String[] row : readTsv("centres.tsv", 3)) {
            centres.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2])});
        }
        for (String[] row : readTsv("foreign.tsv", 4)) {
            ForeignPlace place = new ForeignPlace(row[0], split(row[1]), row[2], row[3]);
            place.surfaceForms().forEach(form -> foreignByName.put(form, place));
            place.surfaceForms().forEach(form -> bySurface.computeIfAbsent(form, k -> new ArrayList<>()).add(place));
        }
        bySurface.forEach((surface, entries) -> entries.sort(Comparator.comparingInt(e -> rank(surface, e))));
        divisionsByName.forEach((name, divisions) -> divisions.sort(Comparator.comparingInt(d -> rank(name, d))));
        matcher = new NameMatcher(bySurface);
        divisionsByCode.keySet().forEach(code -> ancestorsByCode.put(code, readAncestors(code)));
    }

    // Candidates best first: what the surface names in full before what it abbreviates (沿江 the area before 沿江街道),
    // then the higher division before the lower (舟山市 before 舟山镇), divisions before areas before foreign places.
    private static int rank(String surface, GazetteerEntry entry) {
        int shortForm = entry instanceof Division d && !d.name().equals(surface) ? 10 : 0;
        int kind = entry instanceof Division d ? d.level().ordinal() : entry instanceof Area ? 4 : 5;
        return shortForm + kind;
    }

    /** The gazetteer, read from the classpath on first use and shared afterwards. */
    public static Gazetteer load() {
        return Holder.INSTANCE;
    }

    // Lazy holder: the JVM guarantees one thread-safe initialisation, on first call rather than class load.
    private static final class Holder {
        private static final Gazetteer INSTANCE = new Gazetteer();
    }

    /** All divisions, ordered by code. */
    public Collection<Division> divisions() {
        return Collections.unmodifiableCollection(divisionsByCode.values());
    }

    /** All divisions of one level, ordered by code. */
    public List<Division> divisions(Division.Level level) {
        return divisionsByCode.values().stream().filter(d -> d.level() == level).toList();
    }

    /**
     * The division with this code. Besides the canonical form (see {@link Division}) it accepts the zero-padded
     * GB/T 2260 form of a province ({@code 320000}) and the four-digit form of a prefecture ({@code 3206}).
     */
    public Optional<Division> division(String code) {
        return Optional.ofNullable(divisionsByCode.get(canonicalCode(code)));
    }

    /** The parent of the division with this code; empty for a province or an unknown code. */
    public Optional<Division> parent(String code) {
        return division(code).map(Division::parentCode).filter(p -> !p.isEmpty()).flatMap(this::division);
    }

    /** The ancestors of the division with this code, nearest first (如东县: 南通市, 江苏省). */
    public List<Division> ancestors(String code) {
        return ancestorsByCode.getOrDefault(canonicalCode(code), List.of());
    }

    // Read up once for every division: place checks ask for them at every name.
    private List<Division> readAncestors(String code) {
        List<Division> ancestors = new ArrayList<>();
        for (Optional<Division> p = parent(code); p.isPresent(); p = parent(p.get().code())) {
            ancestors.add(p.get());
        }
        return List.copyOf(ancestors);
    }

    /** Whether the division {@code code} lies within {@code ancestorCode} (a division is not within itself). */
    public boolean isWithin(String code, String ancestorCode) {
        String ancestor = canonicalCode(ancestorCode);
        for (Division d : ancestors(code)) {
            if (d.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The divisions with this full name or short name (苏州市 or 苏州, 如东县 or 如东), best first as in
     * {@link GazetteerHit#candidates()}: 海南 gives 海南省 before 海南藏族自治州, 海南区 and 海南镇.
     */
    public List<Division> byName(String name) {
        return List.copyOf(divisionsByName.getOrDefault(name, List.of()));
    }

    /** Whether two divisions lie in one province or in provinces that border each other. */
    public boolean sameOrNeighbouringProvince(String code, String otherCode) {
        String a = code.substring(0, 2);
        String b = otherCode.substring(0, 2);
        return a.equals(b) || neighbours.getOrDefault(a, List.of()).contains(b);
    }

    /**
     * The two divisions that 两 + {@code oneChar} names (两淮 → 淮南市, 淮北市; 两湖 → 湖南省, 湖北省; 两广 → 广东省,
     * 广西壮族自治区): the provinces or prefectures whose short names are that character followed by the two
     * directions of one axis (南/北 or 东/西), each the first reading of its short name, in one or neighbouring
     * provinces. Empty where no such pair exists, or where the character begins more such names than one pair.
     */
    public List<Division> pairNamedBy(String oneChar) {
        Map<String, Division> members = new LinkedHashMap<>();
        for (String direction : List.of("南", "北", "东", "西")) {
            pairMember(oneChar + direction).ifPresent(d -> members.put(direction, d));
        }
        // 海南 海北 海东 海西 are more than one pair: the character says no pair.
        boolean oneAxis = members.keySet().equals(java.util.Set.of("南", "北"))
                || members.keySet().equals(java.util.Set.of("东", "西"));
        if (!oneAxis) {
            return List.of();
        }
        List<Division> pair = List.copyOf(members.values());
        return pair.get(0).level() == pair.get(1).level()
                && sameOrNeighbouringProvince(pair.get(0).code(), pair.get(1).code()) ? pair : List.of();
    }

    private Optional<Division> pairMember(String shortName) {
        List<Division> named = divisionsByName.getOrDefault(shortName, List.of());
        return named.stream().findFirst().filter(d -> !d.name().equals(shortName)
                && (d.level() == Division.Level.PROVINCE || d.level() == Division.Level.PREFECTURE));
    }

    /**
     * The distance in kilometres between the centre points of two prefecture- or county-level divisions, a
     * division without one of its own taking its parent's; empty where neither has one.
     */
    public Optional<Double> distanceKm(String code, String otherCode) {
        Optional<double[]> a = centre(canonicalCode(code));
        Optional<double[]> b = centre(canonicalCode(otherCode));
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        double p1 = Math.toRadians(a.get()[1]);
        double p2 = Math.toRadians(b.get()[1]);
        double cos = Math.sin(p1) * Math.sin(p2)
                + Math.cos(p1) * Math.cos(p2) * Math.cos(Math.toRadians(b.get()[0] - a.get()[0]));
        return Optional.of(6371.0 * Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    private Optional<double[]> centre(String code) {
        double[] c = centres.get(code);
        if (c != null) {
            return Optional.of(c);
        }
        Optional<Division> d = division(code);
        return d.isPresent() && d.get().level() == Division.Level.COUNTY ? centre(d.get().parentCode())
                : Optional.empty();
    }

    /** The readings of a one-character abbreviation, the preferred one first; empty if it is none. */
    public List<Abbreviation> abbreviations(String oneChar) {
        return List.copyOf(abbreviationsByChar.getOrDefault(oneChar, List.of()));
    }

    /** Whether {@code c} abbreviates some place: whether {@link #abbreviations(String)} of it is not empty. */
    public boolean isAbbreviation(char c) {
        return abbreviated.get(c);
    }

    /** The cross-regional area with this name or alternative name (长三角, 苏北, 皖江城市带). */
    public Optional<Area> area(String name) {
        return Optional.ofNullable(areasByName.get(name));
    }

    /** The foreign country or grouping with this name or alternative name (德国, 阿联酋, 欧盟). */
    public Optional<ForeignPlace> foreign(String name) {
        return Optional.ofNullable(foreignByName.get(name));
    }

    /**
     * Every occurrence in {@code text} of a division's full or short name, an area name or a foreign name, in text
     * order and without overlaps; where names overlap, the leftmost and then the longest wins. One-character
     * abbreviations are never matched, nor short names that mostly read as common words (合作 for 合作市, 资源 for
     * 资源县: see {@link Division#shortNames()}); {@link #byName(String)} still finds those.
     */
    public List<GazetteerHit> findAll(String text) {
        return matcher.findAll(text);
    }

    /** Every name of {@code text}, read once, for {@link #findAll(String)} in any stretch of it. */
    NameMatcher.Index index(String text) {
        return matcher.index(text);
    }

    /** A division's code as the gazetteer keys it: a province by two digits, a prefecture by six. */
    static String canonicalCode(String code) {
        if (code.length() == 4) {
            return code + "00";
        }
        return code.length() == 6 && code.endsWith("0000") ? code.substring(0, 2) : code;
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
    }

    private static List<String[]> readTsv(String file, int columns) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DIR + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length != columns) {
                    throw new IllegalStateException(file + ":" + lineNo + ": expected " + columns + " columns, got "
                            + row.length + ": " + Arrays.toString(row));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + file, e);
        }
    }
}
