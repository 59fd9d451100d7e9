package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.extract.RegionFinder.Place;
import org.yrdkg.vocab.Yrd;

/**
 * The regions a project name joins ({@code connects}: 沪苏湖 → 上海, 苏州, 湖州; 淮南-南京-上海 → three) or lies in
 * ({@code locatedIn}: 江苏如东 LNG 接收站 → 如东县), read from the places and composite abbreviations of the name.
 */
final class ProjectRegions {

    /** Classes whose names join the places they run between, rather than name the place they stand in. */
    static final Set<Resource> LINEAR = Set.of(Yrd.Railway, Yrd.UrbanRail, Yrd.Highway, Yrd.Crossing, Yrd.Pipeline,
            Yrd.PowerProject, Yrd.Corridor, Yrd.PortAndWaterway, Yrd.WaterWorks);

    private static final String DASHES = "-－—–";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern ORDINAL = Pattern.compile("第?[一二三四五六七八九十]+$");

    private ProjectRegions() {}

    /**
     * The places of a project's surface {@code clause[from, to)}, in surface offsets, given the places of the whole
     * clause in text order ({@link RegionFinder#find}'s); those read from abbreviations have one character.
     */
    static List<Place> places(String clause, List<Place> clausePlaces, int from, int to, Resource type,
            ExtractionContext ctx, CompositeDecoder.Evidence ev) {
        String surface = clause.substring(from, to);
        // Places are read in the whole clause, for context (龙潭 listed among crossings); runs of province
        // abbreviations are read below, with the project's class to tell 苏 the city from 江苏.
        List<Place> places = new ArrayList<>();
        for (int k = firstFrom(clausePlaces, from); k < clausePlaces.size() && clausePlaces.get(k).from() < to; k++) {
            Place pl = clausePlaces.get(k);
            if (pl.to() <= to && pl.surface().length() > 1) {
                places.add(new Place(pl.from() - from, pl.to() - from, pl.surface(), pl.entry()));
            }
        }
        // Water works are named after rivers and lakes: 淮 of 引江济淮 is the Huai, not 淮安.
        if (type.equals(Yrd.WaterWorks)) {
            return places;
        }
        boolean[] covered = new boolean[surface.length()];
        places.forEach(pl -> Arrays.fill(covered, pl.from(), pl.to(), true));
        for (PhraseMatcher.Match<ProjectLexicon.Head> h : ctx.projects().heads.findAll(surface)) {
            if (!h.value().ignored()) {
                Arrays.fill(covered, h.from(), h.to(), true);
            }
        }
        boolean linear = LINEAR.contains(type);
        String core = core(surface, ctx);
        if (linear && places.isEmpty() && core.length() >= 2 && core.length() <= 5 && HAN.matcher(core).matches()
                && !ctx.regions().namesWater(core)) {
            if (addDecoded(places, core, 0, ctx.regions().composites().read(core, ev, true, true), true)) {
                return places;
            }
        }
        int i = 0;
        while (i < surface.length()) {
            int j = i;
            while (j < surface.length() && !covered[j]
                    && !ctx.gazetteer().abbreviations(surface.substring(j, j + 1)).isEmpty()) {
                j++;
            }
            if (j - i >= 2) {
                String run = surface.substring(i, j);
                addDecoded(places, run, i, ctx.regions().composites().read(run, ev, linear, false), false);
            }
            i = Math.max(j, i + 1);
        }
        return places;
    }

    // The first of places (in text order) that starts at or after position: a clause without punctuation names
    // thousands of places, and each project looks only at those inside its name.
    private static int firstFrom(List<Place> places, int position) {
        int lo = 0;
        int hi = places.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (places.get(mid).from() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // The name without its head and ordinal (宁杭二 of 宁杭二通道, 苏通 of 苏通第二过江通道).
    private static String core(String surface, ExtractionContext ctx) {
        PhraseMatcher.Match<ProjectLexicon.Head> head = ctx.projects().heads.endingAt(surface, surface.length());
        String core = head != null ? surface.substring(0, head.from()) : surface;
        return ORDINAL.matcher(core).replaceAll("");
    }

    // A bare name reads as a composite if it opens with a 简称 and at most one character stays unread (沪乍杭), or
    // if every character is read, 简称 or not (崇海: 崇明 and 海门 beside it); a run inside a longer name if it joins
    // two places.
    private static boolean addDecoded(List<Place> places, String run, int at, List<Division> slots, boolean bare) {
        long read = slots.stream().filter(d -> d != null).count();
        boolean opensWithAbbreviation = slots.get(0) != null && slots.get(0).code().length() <= 6
                && Gazetteer.load().abbreviations(run.substring(0, 1)).size() > 0;
        boolean composite = bare ? opensWithAbbreviation && read >= slots.size() - 1
                || read == slots.size() && CompositeDecoder.distinct(slots).size() == slots.size()
                : CompositeDecoder.distinct(slots).size() >= 2;
        if (!composite) {
            return false;
        }
        for (int k = 0; k < slots.size(); k++) {
            if (slots.get(k) != null) {
                places.add(new Place(at + k, at + k + 1, run.substring(k, k + 1), slots.get(k)));
            }
        }
        return true;
    }

    /**
     * The regions to link: the most specific place of each element of a dashed chain (上海崇明 → 崇明; 崇明-长兴 →
     * both), every division read from an abbreviation, and areas only where the name has no division — never an area
     * that says where a line runs (沿江, 沿淮).
     */
    static List<Place> linked(List<Place> places, String surface, Gazetteer gazetteer) {
        List<Place> specific = places.stream().filter(pl -> pl.surface().length() == 1 || places.stream()
                .noneMatch(o -> o != pl && o.entry() instanceof Division od && pl.entry() instanceof Division pd
                        && gazetteer.isWithin(od.code(), pd.code()) && sameElement(surface, pl, o))).toList();
        boolean divisions = specific.stream().anyMatch(pl -> pl.entry() instanceof Division);
        return specific.stream().filter(pl -> divisions ? pl.entry() instanceof Division
                : !(pl.entry() instanceof Area a && a.name().startsWith("沿"))).toList();
    }

    private static boolean sameElement(String surface, Place a, Place b) {
        String between = surface.substring(Math.min(a.to(), b.to()), Math.max(a.from(), b.from()));
        return between.chars().noneMatch(c -> DASHES.indexOf(c) >= 0);
    }

    /** Whether a linear project joins the places: it names two or more distinct ones. */
    static boolean joins(Resource type, List<Place> linked) {
        return LINEAR.contains(type) && linked.stream().map(pl -> pl.entry().name()).distinct().count() >= 2;
    }

    /** The keys of the linked places, without repeats, in order. */
    static List<String> keys(List<Place> linked) {
        Set<String> seen = new TreeSet<>();
        return linked.stream().map(pl -> RegionFinder.key(pl.entry())).filter(seen::add).toList();
    }
}
