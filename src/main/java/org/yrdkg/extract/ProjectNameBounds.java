package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the names of one clause begin and what conjuncts share: the left boundary of a name before its head, a list
 * item joined inside by 与 or 和, the items of a list read leftwards, the part of a name its conjuncts share.
 */
final class ProjectNameBounds {

    static final int MAX_MODIFIER = 16;
    static final int MAX_ITEM = 12;
    private static final int MAX_SHARED = 5;
    private static final java.util.regex.Pattern DASHED_CHAIN =
            java.util.regex.Pattern.compile(".*\\p{IsHan}[-－—]\\p{IsHan}.*");

    private ProjectNameBounds() {}

    // What conjuncts share: the name after its leading place names (区域航空枢纽 of 合肥区域航空枢纽).
    static String withoutLeadingPlaces(String name, String head, ProjectLexicon lex, Gazetteer gazetteer) {
        int at = 0;
        for (GazetteerHit h : gazetteer.findAll(name)) {
            if (h.start() == at) {
                at = h.end();
            }
        }
        while (at < name.length() - 1 && !gazetteer.abbreviations(name.substring(at, at + 1)).isEmpty()
                && at < 4) {
            at++;
        }
        String rest = name.substring(at);
        boolean opensWithCue = lex.heads.findAll(rest).stream().anyMatch(m -> m.from() == 0)
                || lex.generic.findAll(rest).stream().anyMatch(m -> m.from() == 0);
        return opensWithCue ? rest : head;
    }

    /**
     * A list item joined inside by 与 or 和 is one name (活细胞结构与功能成像线站工程): where the words before the
     * conjunction, back to the list separator, hold no head or stop word, and are not places joined to a place, the
     * name starts there.
     */
    static int joinedStart(String clause, int floor, int start, ProjectLexicon lex, Gazetteer gazetteer) {
        if (start <= floor + 1 || "与和".indexOf(clause.charAt(start - 1)) < 0) {
            return start;
        }
        int a = start - 1;
        while (a > floor && "、，".indexOf(clause.charAt(a - 1)) < 0) {
            a--;
        }
        String left = clause.substring(a, start - 1);
        boolean inList = a > floor && clause.charAt(a - 1) == '、';
        // Places joined so share what follows the right one (嵊泗和岱山海上风电基地); a right conjunct that opens with
        // no place makes the words on both sides objects inside one name (长江流域露天矿山和尾矿库复绿工程).
        boolean places = !gazetteer.findAll(left).isEmpty() || !gazetteer.abbreviations(left.substring(0, 1)).isEmpty();
        boolean rightPlace = gazetteer.findAll(clause.substring(start)).stream().anyMatch(h -> h.start() == 0)
                || !gazetteer.abbreviations(clause.substring(start, start + 1)).isEmpty();
        boolean onlyPlace = gazetteer.findAll(left).stream().anyMatch(h -> h.start() == 0 && h.end() == left.length());
        boolean plain = left.length() >= 2 && left.length() <= 8 && lex.heads.findAll(left).isEmpty()
                && lex.stopsIn(left).isEmpty() && !(places && rightPlace) && !onlyPlace;
        return inList && plain ? a : start;
    }

    // The start of the name whose head begins at headFrom: after the last separator or stop word before it.
    static int nameStart(String clause, int floor, int headFrom, ProjectLexicon lex) {
        int start = Math.max(floor, headFrom - MAX_MODIFIER);
        for (int i = headFrom - 1; i >= start; i--) {
            if (ProjectSpans.SEPARATORS.indexOf(clause.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        int cut = start;
        int previous = start;
        for (PhraseMatcher.Match<Boolean> m : lex.stopsIn(clause.substring(start, headFrom))) {
            previous = cut;
            cut = start + m.to();
        }
        // 建设 or 改造 right before 工程 is a noun of the name (淮河行蓄洪区安全建设工程), not its left boundary.
        boolean works = clause.startsWith("工程", headFrom) && headFrom - previous > 2
                && (clause.startsWith("建设", headFrom - 2) || clause.startsWith("改造", headFrom - 2));
        return cut == headFrom && works ? previous : cut;
    }

    /**
     * The list items of {@code clause[floor, end)} read leftwards from {@code end}, each as {@code {from, to}}, in
     * text order. An item holding a stop word gives only what follows it and ends the list; an item holding a head
     * ends the list without being taken; with {@code allowTyped} false such an item voids the whole list.
     */
    static List<int[]> items(String clause, int floor, int end, ProjectLexicon lex, boolean allowTyped) {
        List<int[]> items = new ArrayList<>();
        int b = end;
        while (b > floor) {
            int a = b;
            while (a > floor && "、和及与，".indexOf(clause.charAt(a - 1)) < 0) {
                a--;
            }
            String item = clause.substring(a, b);
            if (a == floor && floor > 0 && !allowTyped) {
                return List.of();
            }
            boolean last = a == floor || clause.charAt(a - 1) == '，';
            List<PhraseMatcher.Match<Boolean>> stops = lex.stopsIn(item);
            if (!stops.isEmpty()) {
                a += stops.get(stops.size() - 1).to();
                last = true;
            }
            boolean typed = lex.heads.findAll(clause.substring(a, b)).stream().anyMatch(m -> !m.value().ignored());
            if (typed) {
                return allowTyped ? reversed(items) : List.of();
            }
            boolean chain = DASHED_CHAIN.matcher(clause.substring(a, b)).matches();
            if (b - a < 2 || b - a > (chain ? MAX_ITEM + 8 : allowTyped ? MAX_ITEM : MAX_SHARED)) {
                return allowTyped ? reversed(items) : List.of();
            }
            items.add(new int[] {a, b});
            if (last) {
                break;
            }
            b = a - 1;
        }
        return reversed(items);
    }

    private static List<int[]> reversed(List<int[]> items) {
        List<int[]> r = new ArrayList<>(items);
        java.util.Collections.reverse(r);
        return r;
    }
}
