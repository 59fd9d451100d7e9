package org.yrdkg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.vocab.Yrd;

/**
 * Finds the places a text names and decides which place each name denotes: the gazetteer's hits minus water bodies
 * and power-line stations, runs of province abbreviations (沪浙, 苏皖), and for an ambiguous name the candidate that
 * fits the other places of its context best (长兴 next to 崇明 is the town of 崇明, not the county of 湖州).
 * Immutable; safe to share.
 */
final class RegionFinder {

    /** A place named in a text: {@code text.substring(from, to)} denotes {@code entry}. */
    record Place(int from, int to, String surface, GazetteerEntry entry) {}

    private static final String DASHES = "-－—–";

    private final Gazetteer gazetteer;
    private final PhraseMatcher<Boolean> water;
    private final PhraseMatcher<?> projectHeads;

    RegionFinder(Gazetteer gazetteer, List<String> waterBodies, PhraseMatcher<?> projectHeads) {
        this.gazetteer = gazetteer;
        this.projectHeads = projectHeads;
        this.water = new PhraseMatcher<>(waterBodies.stream().collect(Collectors.toMap(Function.identity(), w -> true,
                (a, b) -> a)));
    }

    /**
     * The places of {@code text}, in text order. {@code prior} weighs the provinces of the document (province code →
     * share of its unambiguous place names), used when the near context does not decide.
     */
    List<Place> find(String text, Map<String, Double> prior) {
        List<GazetteerHit> hits = gazetteer.findAll(text);
        boolean[] covered = new boolean[text.length()];
        boolean[] wet = new boolean[text.length()];
        for (PhraseMatcher.Match<Boolean> w : water.findAll(text)) {
            for (int i = w.from(); i < w.to(); i++) {
                wet[i] = covered[i] = true;
            }
        }
        List<GazetteerHit> kept = new ArrayList<>();
        WordBoundaries boundaries = new WordBoundaries(text);
        for (GazetteerHit h : hits) {
            for (int i = h.start(); i < h.end(); i++) {
                covered[i] = true;
            }
            List<GazetteerEntry> candidates = h.candidates().stream()
                    .filter(e -> !wet[h.start()] || e instanceof Area || e.name().equals(h.surface()))
                    .filter(e -> !(isStation(text, h) && e instanceof Division d && isMinor(d, prior)))
                    .toList();
            candidates = candidates.stream().filter(e -> plausible(e, h, text, prior, hits, boundaries)).toList();
            if (!candidates.isEmpty()) {
                kept.add(new GazetteerHit(h.start(), h.end(), h.surface(), candidates));
            }
        }
        List<Place> places = new ArrayList<>();
        List<Division> context = kept.stream().filter(h -> h.candidates().size() == 1).flatMap(h -> h.divisions().stream())
                .toList();
        for (GazetteerHit h : kept) {
            places.add(new Place(h.start(), h.end(), h.surface(), choose(h, context, prior)));
        }
        places.addAll(provinceRuns(text, covered));
        places.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return places;
    }

    /**
     * Whether a short name (surface not the full name) of a county or town reads as that place here: many are common
     * words or word fragments (新发 in 新发展, 青山 in 绿水青山, 大中 in 大中城市). A county's short name must lie on word
     * boundaries and in a province of the document; a town's must also either have an ancestor named nearby or not be
     * an ordinary word.
     */
    private boolean plausible(GazetteerEntry e, GazetteerHit h, String text, Map<String, Double> prior,
            List<GazetteerHit> hits, WordBoundaries boundaries) {
        if (!(e instanceof Division d) || d.level() == Division.Level.PROVINCE
                || d.level() == Division.Level.PREFECTURE) {
            return true;
        }
        if (prior.getOrDefault(d.code().substring(0, 2), 0.0) < 0.05) {
            return false;
        }
        if (d.name().equals(h.surface())) {
            return true;
        }
        if (!boundaries.aligned(h.start(), h.end())) {
            return false;
        }
        if (d.level() == Division.Level.COUNTY) {
            return true;
        }
        boolean ancestorNamed = hits.stream().flatMap(o -> o.divisions().stream())
                .anyMatch(o -> gazetteer.isWithin(d.code(), o.code()) && o.level() != Division.Level.PROVINCE);
        return ancestorNamed || namesAProject(text, h.end());
    }

    // A town's short name is read as the place where it names a project (硕放机场, 张江实验室, 洋山深水港).
    private boolean namesAProject(String text, int end) {
        for (int i = end; i < Math.min(text.length(), end + 8); i++) {
            if ("，。；、：和及与".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
            for (PhraseMatcher.Match<?> m : projectHeads.findAll(text.substring(i, Math.min(text.length(), i + 8)))) {
                if (m.from() == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private GazetteerEntry choose(GazetteerHit hit, List<Division> context, Map<String, Double> prior) {
        List<GazetteerEntry> candidates = hit.candidates();
        if (candidates.size() == 1 || !(candidates.get(0) instanceof Division)) {
            return candidates.get(0);
        }
        GazetteerEntry best = candidates.get(0);
        double bestScore = -1;
        for (GazetteerEntry e : candidates) {
            if (!(e instanceof Division d)) {
                continue;
            }
            double score = prior.getOrDefault(d.code().substring(0, 2), 0.0);
            for (Division c : context) {
                score += affinity(d, c);
            }
            if (score > bestScore + 1e-9) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private double affinity(Division a, Division b) {
        if (a.code().equals(b.code())) {
            return 0;
        }
        if (gazetteer.isWithin(a.code(), b.code()) || gazetteer.isWithin(b.code(), a.code())) {
            return 3;
        }
        if (a.code().length() > 2 && b.code().length() > 2 && a.code().substring(0, 4).equals(b.code().substring(0, 4))) {
            return 2;
        }
        return a.code().substring(0, 2).equals(b.code().substring(0, 2)) ? 1 : 0;
    }

    // Power lines are named after their substations (东吴-黄渡-徐行500千伏, 黄渡-泗泾-新余线路): a name in a dashed
    // chain that ends in a voltage or 线路 is a station.
    private static boolean isStation(String text, GazetteerHit h) {
        boolean chained = (h.start() > 0 && DASHES.indexOf(text.charAt(h.start() - 1)) >= 0)
                || (h.end() < text.length() && DASHES.indexOf(text.charAt(h.end())) >= 0);
        if (!chained) {
            return h.end() < text.length() && "站".indexOf(text.charAt(h.end())) >= 0;
        }
        int i = h.end();
        while (i < text.length() && i < h.end() + 24 && "，。；、：".indexOf(text.charAt(i)) < 0) {
            if (text.startsWith("千伏", i) || text.startsWith("线路", i) || text.startsWith("输变电", i)) {
                return true;
            }
            i++;
        }
        return false;
    }

    // A station keeps its reading as a place only if that place is a city or province of the document's own provinces.
    private static boolean isMinor(Division d, Map<String, Double> prior) {
        boolean major = d.level() == Division.Level.PROVINCE || d.level() == Division.Level.PREFECTURE
                || d.level() == Division.Level.COUNTY;
        return !major || prior.getOrDefault(d.code().substring(0, 2), 0.0) < 0.05;
    }

    // 沪浙, 苏皖, 沪苏: two or more province abbreviations in a row, outside any other name, and not a common word.
    private List<Place> provinceRuns(String text, boolean[] covered) {
        List<Place> places = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && !covered[j] && !gazetteer.abbreviations(text.substring(j, j + 1)).isEmpty()) {
                j++;
            }
            if (j - i >= 2) {
                String run = text.substring(i, j);
                boolean provinces = run.chars().allMatch(c -> gazetteer.abbreviations(String.valueOf((char) c)).get(0)
                        .code().length() == 2);
                if (provinces && CoreDictionary.get(run) == null) {
                    for (int k = i; k < j; k++) {
                        String c = text.substring(k, k + 1);
                        int at = k;
                        gazetteer.division(gazetteer.abbreviations(c).get(0).code())
                                .ifPresent(d -> places.add(new Place(at, at + 1, c, d)));
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
        return places;
    }

    /** The entity key of a place: {@code region/} and the GB code of a division, else its canonical name. */
    static String key(GazetteerEntry entry) {
        return "region/" + (entry instanceof Division d ? d.code() : entry.name());
    }

    /** The most specific region class of a place. */
    static Resource type(GazetteerEntry entry) {
        if (entry instanceof Division d) {
            return switch (d.level()) {
                case PROVINCE -> Yrd.ProvinceLevelDivision;
                case PREFECTURE -> Yrd.PrefectureLevelDivision;
                case COUNTY -> Yrd.CountyLevelDivision;
                case TOWN -> Yrd.TownLevelDivision;
            };
        }
        return entry instanceof Area ? Yrd.CrossRegionalArea : Yrd.ForeignRegion;
    }

    /** Province code → share of the unambiguous division names of {@code texts}. */
    Map<String, Double> prior(List<String> texts) {
        Map<String, Double> counts = new HashMap<>();
        double total = 0;
        for (String t : texts) {
            for (GazetteerHit h : gazetteer.findAll(t)) {
                if (h.candidates().size() == 1 && h.candidates().get(0) instanceof Division d && !isStation(t, h)) {
                    counts.merge(d.code().substring(0, 2), 1.0, Double::sum);
                    total++;
                }
            }
        }
        double n = Math.max(total, 1);
        counts.replaceAll((k, v) -> v / n);
        return counts;
    }
}
