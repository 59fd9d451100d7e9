package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.text.StructuredDocument;
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

    private static final String LIST = "、和与及";
    private static final String NUMERALS = "一二三四五六七八九十两";

    private final Gazetteer gazetteer;
    private final PhraseMatcher<Boolean> water;
    private final PhraseMatcher<ProjectLexicon.Head> heads;
    private final PlaceCues cues;
    private final CompositeDecoder composites;
    private final RecentDocuments<CompositeDecoder.Evidence> recent = new RecentDocuments<>(4);

    RegionFinder(Gazetteer gazetteer, List<String> waterBodies, ProjectLexicon projects) {
        this.gazetteer = gazetteer;
        this.heads = projects.heads;
        this.cues = new PlaceCues(gazetteer, projects.heads, projects.generic);
        this.composites = new CompositeDecoder(gazetteer);
        this.water = new PhraseMatcher<>(waterBodies.stream().collect(Collectors.toMap(Function.identity(), w -> true,
                (a, b) -> a)));
    }

    /**
     * The places of {@code text}, in text order. {@code prior} weighs the provinces of the document (province code →
     * share of its unambiguous place names), used when the near context does not decide.
     */
    List<Place> find(String text, Map<String, Double> prior) {
        return find(text, prior, new WordBoundaries(text));
    }

    /** {@link #find(String, Map)} with the word boundaries of {@code text} read already. */
    List<Place> find(String text, Map<String, Double> prior, WordBoundaries boundaries) {
        return find(text, prior, boundaries, gazetteer.findAll(text));
    }

    /** {@link #find(String, Map, WordBoundaries)} with the gazetteer's names in {@code text} found already. */
    List<Place> find(String text, Map<String, Double> prior, WordBoundaries boundaries, List<GazetteerHit> hits) {
        boolean[] covered = new boolean[text.length()];
        boolean[] wet = new boolean[text.length()];
        int[] waterEnd = new int[text.length()]; // the end of the water body's name a position lies in, else 0
        boolean[] waterStarts = new boolean[text.length() + 1];
        boolean[] waterEnds = new boolean[text.length() + 1];
        List<PhraseMatcher.Match<Boolean>> waters = water.findAll(text);
        for (PhraseMatcher.Match<Boolean> w : waters) {
            for (int i = w.from(); i < w.to(); i++) {
                wet[i] = covered[i] = true;
                waterEnd[i] = w.to();
            }
            waterStarts[w.from()] = true;
            waterEnds[w.to()] = true;
        }
        PlaceCues.Reading reading = new PlaceCues.Reading(text, hits, heads.findAll(text));
        List<GazetteerHit> kept = new ArrayList<>();
        for (GazetteerHit h : hits) {
            for (int i = h.start(); i < h.end(); i++) {
                covered[i] = true;
            }
            // A name within a water body's name is the water body (大运河 of 京杭大运河, 长江 of 长江口).
            if (h.end() <= waterEnd[h.start()] || cues.insideHead(reading, h) || cues.narrowerArea(h, reading)
                    || PlaceCues.directionInName(h, text)) {
                continue;
            }
            boolean bayAmongWaters = h.surface().endsWith("湾") && listedWithWater(h, text, waterStarts, waterEnds);
            List<GazetteerEntry> candidates = h.candidates().stream()
                    .filter(e -> !wet[h.start()] || e instanceof Area || e.name().equals(h.surface()))
                    .filter(e -> !(bayAmongWaters && e instanceof Area))
                    .filter(e -> !(PlaceCues.isStation(text, h) && e instanceof Division d
                            && PlaceCues.isMinor(d, prior)))
                    .filter(e -> cues.plausible(e, h, prior, reading, boundaries))
                    .toList();
            if (!candidates.isEmpty()) {
                kept.add(new GazetteerHit(h.start(), h.end(), h.surface(), candidates));
            }
        }
        List<Place> places = new ArrayList<>();
        List<GazetteerHit> context = kept.stream().filter(h -> h.candidates().size() == 1).toList();
        for (GazetteerHit h : kept) {
            GazetteerEntry chosen = choose(h, context, prior, reading);
            if (chosen != null) {
                places.add(new Place(h.start(), h.end(), h.surface(), chosen));
            }
        }
        places.addAll(CompositeDecoder.provinceRuns(text, covered, gazetteer));
        places.addAll(pairs(text, covered));
        places.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return places;
    }

    // 长江口、杭州湾: a bay listed with a river mouth, a lake or a sea is the water, not the area around it: a water
    // body's name ends one joiner before it or starts one joiner after it.
    private static boolean listedWithWater(GazetteerHit h, String text, boolean[] waterStarts, boolean[] waterEnds) {
        return h.start() >= 1 && waterEnds[h.start() - 1] && LIST.indexOf(text.charAt(h.start() - 1)) >= 0
                || h.end() + 1 <= text.length() && waterStarts[h.end() + 1] && LIST.indexOf(text.charAt(h.end())) >= 0;
    }

    /**
     * 两淮, 两湖, 两广: 两 and a character that the two divisions of a pair share ({@link Gazetteer#pairNamedBy}), each
     * a place of the whole span; not where a count goes on (两湖一库) or the character begins another name.
     */
    private List<Place> pairs(String text, boolean[] covered) {
        List<Place> places = new ArrayList<>();
        for (int i = text.indexOf('两'); i >= 0 && i + 1 < text.length(); i = text.indexOf('两', i + 1)) {
            if (covered[i] || covered[i + 1] || i + 2 < text.length() && NUMERALS.indexOf(text.charAt(i + 2)) >= 0) {
                continue;
            }
            int at = i;
            for (Division d : gazetteer.pairNamedBy(text.substring(i + 1, i + 2))) {
                places.add(new Place(at, at + 2, text.substring(at, at + 2), d));
            }
        }
        return places;
    }

    private GazetteerEntry choose(GazetteerHit hit, List<GazetteerHit> context, Map<String, Double> prior,
            PlaceCues.Reading reading) {
        List<GazetteerEntry> candidates = hit.candidates();
        if (candidates.size() == 1 || !(candidates.get(0) instanceof Division)) {
            return candidates.get(0);
        }
        GazetteerEntry best = candidates.get(0);
        double bestScore = -1;
        boolean tied = false;
        for (GazetteerEntry e : candidates) {
            if (!(e instanceof Division d)) {
                continue;
            }
            double score = prior.getOrDefault(d.code().substring(0, 2), 0.0);
            for (GazetteerHit other : context) {
                // A town is decided by the places of its own clause, not of the whole paragraph.
                if (d.level() == Division.Level.TOWN && !reading.sameClause(other.start(), hit.start())) {
                    continue;
                }
                for (Division c : other.divisions()) {
                    double a = affinity(d, c);
                    // A town beats a city or county of its name only by a place it lies in (舟山 next to 宁波 is the
                    // city).
                    score += d.level() == Division.Level.TOWN && a < 3 ? 0 : a;
                }
            }
            if (score > bestScore + 1e-9) {
                best = d;
                bestScore = score;
                tied = false;
            } else if (score > bestScore - 1e-9) {
                tied = true;
            }
        }
        // Two towns of one short name that the context cannot tell apart (虹桥 of 长宁 or of 闵行): neither.
        return tied && best instanceof Division d && d.level() == Division.Level.TOWN ? null : best;
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

    /** Whether {@code text} contains the name of a river, lake or sea. */
    boolean namesWater(String text) {
        return !water.findAll(text).isEmpty();
    }

    CompositeDecoder composites() {
        return composites;
    }

    /**
     * {@link #evidence(List)} of the paragraphs of {@code doc}: the region, sector and project extractors each weigh
     * the places of the document they read, so it is read once.
     */
    CompositeDecoder.Evidence evidence(StructuredDocument doc) {
        return recent.get(doc, d -> {
            DocumentPlaces places = DocumentPlaces.of(d, gazetteer);
            List<String> texts = d.paragraphs().stream().map(p -> p.text().text()).toList();
            return evidence(texts, texts.stream().map(places::findAll).toList());
        });
    }

    /**
     * What {@code texts} say about places: the weights of their provinces (province code → share of the unambiguous
     * division names) and the codes of the divisions they name, where a name has one reading above the towns in the
     * document's provinces (平湖 is 平湖市, not a 平湖街道).
     */
    CompositeDecoder.Evidence evidence(List<String> texts) {
        return evidence(texts, texts.stream().map(gazetteer::findAll).toList());
    }

    // The evidence of texts whose gazetteer hits are known (hits.get(i) those of texts.get(i)).
    private CompositeDecoder.Evidence evidence(List<String> texts, List<List<GazetteerHit>> hits) {
        Map<String, Double> prior = prior(texts, hits);
        Set<String> named = new HashSet<>();
        for (List<GazetteerHit> hs : hits) {
            for (GazetteerHit h : hs) {
                List<Division> readings = h.divisions().stream().filter(d -> d.level() != Division.Level.TOWN
                        && prior.getOrDefault(d.code().substring(0, 2), 0.0) >= 0.05).toList();
                if (readings.size() == 1) {
                    named.add(readings.get(0).code());
                }
            }
        }
        return new CompositeDecoder.Evidence(java.util.Collections.unmodifiableMap(prior), Set.copyOf(named));
    }

    // Province code → share of the unambiguous division names of texts, whose gazetteer hits are known (hits.get(i)
    // those of texts.get(i)).
    private static Map<String, Double> prior(List<String> texts, List<List<GazetteerHit>> hits) {
        Map<String, Double> counts = new HashMap<>();
        double total = 0;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            for (GazetteerHit h : hits.get(i)) {
                if (h.candidates().size() == 1 && h.candidates().get(0) instanceof Division d && !PlaceCues.isStation(t, h)) {
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
