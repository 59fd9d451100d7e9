package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yrdkg.extract.RegionFinder.Place;

/**
 * Reads composite abbreviation names (沪苏湖, 通苏嘉甬, 杭临绩, 沪浙) as the divisions they join, one per character.
 *
 * <p>A character first takes its standard 简称 (苏 as 苏州 among cities, as 江苏 among provinces; a line between a
 * municipality and 苏 joins cities). Readings in the document's own provinces anchor the rest: another reading must lie
 * in the same or a neighbouring province of an anchor (长湖申: 长 is not 长沙). In a bare name of a linear work, a
 * character left without a reading takes the one division that fits: a subdivision of its neighbour in the name
 * (长 of 长湖申 within 湖州 is 长兴), the one division that lies where the name puts it (武 of 温武吉, between 温州 and
 * 吉安, is 武夷山; 临 of 杭临绩, on the way from 杭州 to 绩溪, is 临安; 崇 of 崇启, beside 启东, is 崇明), a division the
 * document names (绩 as 绩溪), or a prefecture of an anchor's or a neighbouring province (吉 of 温武吉 is 吉安); where
 * several fit and none stands out, it stays unread (新 of 合新: no 新… lies near 合肥). Immutable; safe to share.
 */
final class CompositeDecoder {

    /** What the document says about places: province weights and the codes of the divisions it names. */
    record Evidence(Map<String, Double> prior, Set<String> named) {}

    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");
    // How far off the straight way between its neighbours a place may lie, as a share of the way (a line's stations
    // lie close to it); and how far a place named beside one neighbour only may lie from it (a crossing's two banks).
    private static final double ON_THE_WAY = 0.05;
    private static final double NEXT_TO_KM = 80;

    private final Gazetteer gazetteer;
    private final Map<Character, List<Division>> byInitial = new HashMap<>();

    CompositeDecoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Division d : gazetteer.divisions()) {
            if (d.level() == Division.Level.PREFECTURE || d.level() == Division.Level.COUNTY) {
                d.shortNames().stream().filter(s -> s.length() >= 2).map(s -> s.charAt(0)).distinct()
                        .forEach(c -> byInitial.computeIfAbsent(c, k -> new ArrayList<>()).add(d));
            }
        }
    }

    /**
     * The divisions the characters of {@code name} stand for, one slot per character (null where none is read).
     * {@code lenient} lets a character without a coherent 简称 take a division by the rules above.
     */
    List<Division> read(String name, Evidence evidence, boolean linear, boolean lenient) {
        List<List<Abbreviation>> readings = new ArrayList<>();
        boolean cities = false;
        boolean municipality = false;
        boolean cityReading = false;
        for (int i = 0; i < name.length(); i++) {
            List<Abbreviation> r = gazetteer.abbreviations(name.substring(i, i + 1));
            readings.add(r);
            cities |= !r.isEmpty() && r.get(0).code().length() > 2;
            municipality |= !r.isEmpty() && MUNICIPALITIES.contains(r.get(0).code());
            cityReading |= r.stream().anyMatch(a -> a.code().length() > 2);
        }
        cities |= linear && municipality && cityReading;
        List<Division> slots = new ArrayList<>();
        for (List<Abbreviation> r : readings) {
            slots.add(standard(r, cities));
        }
        List<Division> anchors = slots.stream().filter(d -> d != null
                && evidence.prior().getOrDefault(d.code().substring(0, 2), 0.0) >= 0.05).toList();
        if (lenient) {
            fit(name, slots, anchors, evidence);
        }
        // A city far from every anchor is a misreading (长 of 长湖申 is not 长沙), unless the name would then join
        // fewer than two places (沪昆 does join 上海 and 昆明).
        List<Integer> far = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Division d = slots.get(i);
            if (d != null && d.code().length() > 2 && !anchors.isEmpty() && !coherent(d, anchors)) {
                far.add(i);
            }
        }
        if (distinct(slots).size() - far.size() >= 2) {
            far.forEach(i -> slots.set(i, null));
            if (lenient) {
                fit(name, slots, anchors, evidence);
            }
        }
        return slots;
    }

    // A character read may let its neighbour be read (杭临绩: 绩 as 绩溪 puts 临 on the way from 杭州), so the
    // characters are tried again while one more gets read.
    private void fit(String name, List<Division> slots, List<Division> anchors, Evidence evidence) {
        boolean more = true;
        while (more) {
            more = false;
            for (int i = 0; i < slots.size(); i++) {
                if (slots.get(i) == null) {
                    slots.set(i, byFit(name.charAt(i), i, slots, anchors, evidence));
                    more |= slots.get(i) != null;
                }
            }
        }
    }

    private Division standard(List<Abbreviation> r, boolean cities) {
        if (r.isEmpty()) {
            return null;
        }
        Abbreviation chosen = r.get(0);
        if (cities) {
            chosen = r.stream().filter(a -> a.code().length() > 2).findFirst().orElse(chosen);
            // A city name joins cities and the municipalities; another province in it is a misreading (吉 of 温武吉
            // is not 吉林).
            if (chosen.code().length() == 2 && !MUNICIPALITIES.contains(chosen.code())) {
                return null;
            }
        }
        return gazetteer.division(chosen.code()).orElse(null);
    }

    private boolean coherent(Division d, List<Division> anchors) {
        return anchors.stream().anyMatch(a -> gazetteer.sameOrNeighbouringProvince(d.code(), a.code()));
    }

    private Division byFit(char c, int i, List<Division> slots, List<Division> anchors, Evidence evidence) {
        List<Division> candidates = byInitial.getOrDefault(c, List.of());
        List<Division> within = new ArrayList<>();
        for (int j : new int[] {i - 1, i + 1}) {
            Division n = j >= 0 && j < slots.size() ? slots.get(j) : null;
            if (n != null) {
                candidates.stream().filter(d -> gazetteer.isWithin(d.code(), n.code())).forEach(within::add);
            }
        }
        if (!within.isEmpty()) {
            return within.size() == 1 ? within.get(0) : where(within, i, slots);
        }
        Division placed = where(candidates, i, slots);
        if (placed != null) {
            return placed;
        }
        List<Division> named = candidates.stream().filter(d -> evidence.named().contains(d.code())
                && (anchors.isEmpty() || coherent(d, anchors))).toList();
        if (!named.isEmpty()) {
            return named.size() == 1 ? named.get(0) : null;
        }
        List<Division> prefectures = candidates.stream().filter(d -> d.level() == Division.Level.PREFECTURE
                && !anchors.isEmpty() && coherent(d, anchors)).toList();
        return prefectures.size() == 1 && !slots.contains(prefectures.get(0)) ? prefectures.get(0) : null;
    }

    /**
     * The one candidate that lies where the name puts it, or null: between two read neighbours, the one on the way
     * from one to the other (温武吉: 武夷山 lies on the way from 温州 to 吉安, 武义 a detour); in a name of two, beside
     * the other, the one next to it (崇海 with 崇明: 海门 across the river). A candidate must stand out: the
     * next best lies clearly off the way or far.
     */
    private Division where(List<Division> candidates, int i, List<Division> slots) {
        Division left = i > 0 ? located(slots.get(i - 1)) : null;
        Division right = i + 1 < slots.size() ? located(slots.get(i + 1)) : null;
        // Beside one neighbour only where the name has two characters: in a longer name, a middle character waits
        // for both, and an end character is no nearer its neighbour than the line is long.
        boolean between = left != null && right != null;
        if (!between && slots.size() != 2 || left == null && right == null || candidates.isEmpty()) {
            return null;
        }
        double span = left != null && right != null ? km(left, right) : 0;
        Division best = null;
        double bestCost = Double.MAX_VALUE;
        double secondCost = Double.MAX_VALUE;
        for (Division d : candidates) {
            if (d.equals(left) || d.equals(right)) {
                continue;
            }
            double cost = left != null && right != null ? km(left, d) + km(d, right) - span
                    : km(left != null ? left : right, d);
            if (cost < bestCost) {
                secondCost = bestCost;
                bestCost = cost;
                best = d;
            } else if (cost < secondCost) {
                secondCost = cost;
            }
        }
        if (best == null || bestCost == Double.MAX_VALUE) {
            return null;
        }
        boolean fits = between ? bestCost <= ON_THE_WAY * span && secondCost > 2 * ON_THE_WAY * span
                : bestCost <= NEXT_TO_KM && secondCost >= 2 * bestCost;
        return fits ? best : null;
    }

    // A neighbour places a character only if it has a centre (a province or municipality has none).
    private Division located(Division d) {
        return d != null && gazetteer.distanceKm(d.code(), d.code()).isPresent() ? d : null;
    }

    // Unknown places count as infinitely far: a reading without a centre is never chosen by where it lies.
    private double km(Division a, Division b) {
        return gazetteer.distanceKm(a.code(), b.code()).orElse(Double.MAX_VALUE / 4);
    }

    /** 沪浙, 苏皖, 沪苏: two or more province abbreviations in a row, outside any other name, and not a common word. */
    static List<Place> provinceRuns(String text, boolean[] covered, Gazetteer gazetteer) {
        List<Place> places = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && !covered[j] && gazetteer.isAbbreviation(text.charAt(j))) {
                j++;
            }
            if (j - i >= 2) {
                String run = text.substring(i, j);
                boolean provinces = run.chars().allMatch(c -> gazetteer.abbreviations(String.valueOf((char) c)).get(0)
                        .code().length() == 2);
                if (provinces && !WordBoundaries.isKnownWord(run)) {
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

    /** The distinct divisions of {@code slots}, in order. */
    static List<Division> distinct(List<Division> slots) {
        LinkedHashSet<Division> set = new LinkedHashSet<>();
        slots.stream().filter(d -> d != null).forEach(set::add);
        return List.copyOf(set);
    }
}
