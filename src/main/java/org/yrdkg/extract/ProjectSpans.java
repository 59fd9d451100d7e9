package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the project names of one clause: a head noun (铁路, LNG接收站, 过江通道) with the proper name before it, and the
 * conjuncts that share a head ("常泰、龙潭、崇海等过江通道", "上海、江苏如东、浙江温州LNG接收站"). Bare names listed
 * among typed ones are {@link BareListItems}' business.
 */
final class ProjectSpans {

    /**
     * A project name in a clause: {@code [from, to)} is the surface; {@code name} the surface with the shared head
     * added where it was left out; {@code head} null for a bare listed name.
     */
    record Span(int from, int to, String name, ProjectLexicon.Head head) {}

    static final String SEPARATORS = "、和及与“”《》.";
    private static final int MAX_MODIFIER = 16;
    static final int MAX_ITEM = 12;
    private static final int MAX_SHARED = 5;
    // Classes of works that other works are named after (a wind farm after a bridge, a park after an airport).
    private static final java.util.Set<String> LANDMARKS = java.util.Set.of("Crossing", "Airport", "PortAndWaterway");
    // A count before a head: the names before it share the head ("上海张江、安徽合肥2个综合性国家科学中心"); with no
    // names before it the phrase is a kind ("一批跨境电商综合试验区").
    private static final Pattern COUNT = Pattern.compile("一批|若干|一系列|一些|多个|数个|[0-9一二两三四五六七八九十]+\\s*个");
    private static final Pattern BOUNDARY = Pattern.compile("以[东南西北内外]");
    // A name followed by a body or a mechanism names that (双创示范基地联盟, 影视拍摄基地合作机制), not a work.
    private static final Pattern BODY = Pattern.compile("联盟|(合作|协调|协作)?机制|联席会议|论坛|协会|基金");
    private static final Pattern SUFFIX = Pattern.compile("^([一二三四五六七八九十]期|[东南西北]段|延伸段)");

    private ProjectSpans() {}

    static List<Span> find(String clause, ProjectLexicon lex, Gazetteer gazetteer, RegionFinder regions) {
        List<Span> spans = new ArrayList<>();
        int prevEnd = 0;
        List<GazetteerHit> places = gazetteer.findAll(clause);
        List<PhraseMatcher.Match<ProjectLexicon.Head>> heads = lex.heads.findAll(clause);
        for (int k = 0; k < heads.size(); k++) {
            PhraseMatcher.Match<ProjectLexicon.Head> h = heads.get(k);
            if (h.value().ignored() || h.from() < prevEnd
                    || k + 1 < heads.size() && endsAPlaceName(places, h, heads.get(k + 1), clause, lex)) {
                continue;
            }
            int end = h.to();
            Matcher suffix = SUFFIX.matcher(clause.substring(end));
            if (suffix.find()) {
                end += suffix.end();
            }
            // A work that bounds an area ("大治河以南、金汇港以东") is a landmark of the sentence, not a project of it.
            String after = clause.substring(end);
            if (BOUNDARY.matcher(after).lookingAt() || BODY.matcher(after).lookingAt()) {
                continue;
            }
            if (h.from() > prevEnd && clause.charAt(h.from() - 1) == '等') {
                List<int[]> items = items(clause, prevEnd, h.from() - 1, lex, true);
                for (int[] it : items) {
                    spans.add(new Span(it[0], it[1], clause.substring(it[0], it[1]) + h.phrase(), h.value()));
                }
                if (!items.isEmpty()) {
                    prevEnd = end;
                }
                continue;
            }
            int start = joinedStart(clause, prevEnd, nameStart(clause, prevEnd, h.from(), lex), lex, gazetteer);
            boolean adjacent = !spans.isEmpty() && start == prevEnd && spans.get(spans.size() - 1).to() == prevEnd;
            if (adjacent) {
                Span last = spans.remove(spans.size() - 1);
                spans.add(new Span(last.from(), end, clause.substring(last.from(), end), last.head()));
                prevEnd = end;
                continue;
            }
            // After "A、B等", a noun phrase is the class of the listed names (淮河入海水道二期等淮河治理重大工程).
            boolean category = !spans.isEmpty() && start > 0 && start - 1 == prevEnd && clause.charAt(prevEnd) == '等';
            String modifier = clause.substring(start, h.from());
            Matcher count = COUNT.matcher(modifier);
            int countAt = -1;
            int countEnd = -1;
            while (count.find()) {
                countAt = count.start();
                countEnd = count.end();
            }
            if (countAt >= 0) {
                if (countAt > 0 && !category) {
                    String common = clause.substring(start + countEnd, end);
                    List<int[]> items = items(clause, prevEnd, start + countAt, lex, true);
                    for (int[] it : items) {
                        spans.add(new Span(it[0], it[1], clause.substring(it[0], it[1]) + common, h.value()));
                    }
                    if (!items.isEmpty()) {
                        prevEnd = end;
                    }
                }
                continue;
            }
            // A demonstration programme (电力物联网示范工程) is a kind of project unless a place names one.
            boolean programme = h.value().type() == null && modifier.contains("示范")
                    && gazetteer.findAll(modifier).isEmpty();
            if (category || programme || !lex.isProper(modifier, gazetteer, regions)
                    || (h.value().type() != null || lex.needsPlace(h.value()))
                            && !lex.namesOne(modifier, h.value(), gazetteer, regions)) {
                continue;
            }
            if (start > 0 && "、和及与".indexOf(clause.charAt(start - 1)) >= 0) {
                List<int[]> shared = items(clause, prevEnd, start - 1, lex, false);
                String common = withoutLeadingPlaces(clause.substring(start, end), h.phrase(), lex, gazetteer);
                // A landmark listed right before places that share a head names a site of that kind too: 东海大桥、临港和
                // 奉贤海上风电基地 are three wind farms, the first named after the bridge.
                Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (!shared.isEmpty() && last != null && last.to() == prevEnd && prevEnd < clause.length()
                        && clause.charAt(prevEnd) == '、' && shared.get(0)[0] == prevEnd + 1
                        && last.head().type() != null && !last.head().type().equals(h.value().type())
                        && LANDMARKS.contains(last.head().type().getLocalName())) {
                    spans.set(spans.size() - 1, new Span(last.from(), last.to(), last.name() + common, h.value()));
                }
                for (int[] it : shared) {
                    spans.add(new Span(it[0], it[1], clause.substring(it[0], it[1]) + common, h.value()));
                }
            }
            spans.add(new Span(start, end, clause.substring(start, end), h.value()));
            prevEnd = end;
        }
        // A head read from context names one work only by a place, unless typed names beside it give its class.
        if (spans.stream().noneMatch(x -> x.head().type() != null)) {
            spans.removeIf(x -> !lex.namesOne(x.name().substring(0, Math.max(0, x.name().lastIndexOf(x.head().text()))),
                    x.head(), gazetteer, regions));
        }
        return spans;
    }

    /**
     * A head that ends a division's name is part of that name, not a head, where the name goes on to the next head
     * (港 of 连云港 in 连云港东中西区域合作示范区); 苏州工业园区 alone keeps its head.
     */
    private static boolean endsAPlaceName(List<GazetteerHit> places, PhraseMatcher.Match<ProjectLexicon.Head> h,
            PhraseMatcher.Match<ProjectLexicon.Head> next, String clause, ProjectLexicon lex) {
        if (next.value().ignored() || places.stream().noneMatch(p -> p.start() < h.from() && h.to() == p.end()
                && p.candidates().stream().allMatch(Division.class::isInstance))) {
            return false;
        }
        String between = clause.substring(h.to(), next.from());
        return between.chars().noneMatch(c -> SEPARATORS.indexOf(c) >= 0 || "，、".indexOf(c) >= 0)
                && lex.stopsIn(between).isEmpty();
    }

    // What conjuncts share: the name after its leading place names (区域航空枢纽 of 合肥区域航空枢纽).
    private static String withoutLeadingPlaces(String name, String head, ProjectLexicon lex, Gazetteer gazetteer) {
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
    private static int joinedStart(String clause, int floor, int start, ProjectLexicon lex, Gazetteer gazetteer) {
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
    private static int nameStart(String clause, int floor, int headFrom, ProjectLexicon lex) {
        int start = Math.max(floor, headFrom - MAX_MODIFIER);
        for (int i = headFrom - 1; i >= start; i--) {
            if (SEPARATORS.indexOf(clause.charAt(i)) >= 0) {
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
    private static List<int[]> items(String clause, int floor, int end, ProjectLexicon lex, boolean allowTyped) {
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
            boolean chain = clause.substring(a, b).matches(".*\\p{IsHan}[-－—]\\p{IsHan}.*");
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
