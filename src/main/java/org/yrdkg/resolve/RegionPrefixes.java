package org.yrdkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yrdkg.extract.Area;
import org.yrdkg.extract.Division;
import org.yrdkg.extract.EntityMention;
import org.yrdkg.extract.Gazetteer;
import org.yrdkg.extract.RelationMention;

/**
 * A project named as another of its class with a region before it, where that region contains it, is the same project
 * (长三角G60科创走廊 and G60科创走廊; 浙江温州LNG接收站 and 温州LNG接收站): the merge keys of the prefixed names map
 * to the key of the shorter.
 */
final class RegionPrefixes {

    private RegionPrefixes() {}

    /** Project merge key → the key it joins; keys that stay are absent. */
    static Map<String, String> merges(List<EntityMention> mentions, List<RelationMention> relations,
            Gazetteer gazetteer) {
        // grouped by hash, then sorted once
        Map<String, Set<String>> namesOf = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.key().startsWith("project:")) {
                namesOf.computeIfAbsent(m.key(), k -> new TreeSet<>()).add(m.name());
            }
        }
        Map<String, Set<String>> names = new TreeMap<>(namesOf);
        Map<String, List<String>> regionsOf = new HashMap<>();
        for (RelationMention r : relations) {
            if (r.object() != null && r.object().startsWith("region/") && r.subject().startsWith("project:")) {
                regionsOf.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r.object());
            }
        }
        Map<String, List<String>> keysByName = new HashMap<>();
        names.forEach((key, ns) -> ns.forEach(n -> keysByName.computeIfAbsent(n, k -> new ArrayList<>()).add(key)));
        // looked up for every mention and relation, never walked
        Map<String, String> merges = new HashMap<>();
        for (Map.Entry<String, Set<String>> a : names.entrySet()) {
            // the first key in key order that a joins; only a key with a name ending a's can be one
            for (String b : shorterNames(a.getValue(), keysByName)) {
                if (!b.equals(a.getKey()) && !merges.containsKey(b) && sameClass(a.getKey(), b)
                        && prefixed(a.getValue(), names.get(b), regionsOf.getOrDefault(b, List.of()), gazetteer)) {
                    merges.put(a.getKey(), b);
                    break;
                }
            }
        }
        return merges;
    }

    // The keys, in key order, with a name that ends one of names and is shorter: the only ones a prefix can join.
    private static Set<String> shorterNames(Set<String> names, Map<String, List<String>> keysByName) {
        Set<String> keys = new TreeSet<>();
        for (String l : names) {
            for (int i = 1; i <= l.length(); i++) {
                keys.addAll(keysByName.getOrDefault(l.substring(i), List.of()));
            }
        }
        return keys;
    }

    /**
     * The relations with the merged keys' subjects rekeyed; a merged name's link to a region that contains one the
     * project is already linked to is dropped (上海张江…中心 adds nothing to 张江…中心 in 张江).
     */
    static List<RelationMention> rekey(List<RelationMention> relations, Map<String, String> merges,
            Gazetteer gazetteer) {
        // the objects of each key that stays, for the keys that others join: the only ones looked up
        Set<String> joined = new HashSet<>(merges.values());
        Map<String, List<String>> kept = new HashMap<>();
        for (RelationMention r : relations) {
            if (r.object() != null && joined.contains(r.subject()) && !merges.containsKey(r.subject())) {
                kept.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r.object());
            }
        }
        List<RelationMention> out = new ArrayList<>();
        for (RelationMention r : relations) {
            String to = merges.get(r.subject());
            if (to == null) {
                out.add(r);
                continue;
            }
            boolean redundant = r.object() != null && r.object().startsWith("region/")
                    && kept.getOrDefault(to, List.of()).stream().anyMatch(o -> o.startsWith("region/")
                    && Character.isDigit(o.charAt(7)) && inRegion(o, r.object(), gazetteer));
            if (!redundant) {
                out.add(new RelationMention(to, r.property(), r.object(), r.value(), r.evidence()));
            }
        }
        return out;
    }

    private static boolean inRegion(String region, String container, Gazetteer gazetteer) {
        String key = container.substring("region/".length());
        Optional<Area> area = gazetteer.area(key);
        if (area.isPresent()) {
            return inArea(region, area.get(), gazetteer);
        }
        return gazetteer.division(key).map(d -> inDivision(region, d, gazetteer)).orElse(false);
    }

    private static boolean sameClass(String a, String b) {
        return a.substring(0, a.indexOf(':', 8)).equals(b.substring(0, b.indexOf(':', 8)));
    }

    private static boolean prefixed(Set<String> longer, Set<String> shorter, List<String> regions,
            Gazetteer gazetteer) {
        for (String l : longer) {
            for (String s : shorter) {
                if (l.length() > s.length() && l.endsWith(s)) {
                    String prefix = l.substring(0, l.length() - s.length());
                    Optional<Area> area = gazetteer.area(prefix);
                    List<Division> divisions = gazetteer.byName(prefix);
                    if (area.isPresent() && regions.stream().allMatch(r -> inArea(r, area.get(), gazetteer))
                            || !divisions.isEmpty() && regions.stream().allMatch(r -> inDivision(r, divisions.get(0),
                            gazetteer))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean inArea(String region, Area area, Gazetteer gazetteer) {
        String key = region.substring("region/".length());
        if (!Character.isDigit(key.charAt(0))) {
            List<String> members = gazetteer.area(key).map(Area::memberCodes).orElse(List.of());
            return key.equals(area.name()) || !members.isEmpty()
                    && members.stream().allMatch(m -> inArea("region/" + m, area, gazetteer));
        }
        return area.memberCodes().stream().anyMatch(c -> c.equals(key) || gazetteer.isWithin(key, c));
    }

    private static boolean inDivision(String region, Division d, Gazetteer gazetteer) {
        String key = region.substring("region/".length());
        return key.equals(d.code()) || Character.isDigit(key.charAt(0)) && gazetteer.isWithin(key, d.code());
    }
}
