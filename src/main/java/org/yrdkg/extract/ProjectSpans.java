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
    // Classes of works that other works are named after (a wind farm after a bridge, a park after an airport).
    private static final java.util.Set<String> LANDMARKS = java.util.Set.of("Crossing", "Airport", "PortAndWaterway");
    // A count before a head: the names before it share the head ("上海张江、安徽合肥2个综合性国家科学中心"); with no
    // names before it the phrase is a kind ("一批跨境电商综合试验区").
    private static final Pattern COUNT = Pattern.compile("一批|若干|一系列|一些|多个|数个|[0-9一二两三四五六七八九十]+\\s*个");
    private static final Pattern BOUNDARY = Pattern.compile("以[东南西北内外]");
    // A name followed by a body or a mechanism names that (双创示范基地联盟, 影视拍摄基地合作机制), not a work.
    private static final Pattern BODY = Pattern.compile("联盟|(合作|协调|协作)?机制|联席会议|论坛|协会|基金");
    private static final Pattern ALTERNATIVE = Pattern.compile("(\\p{IsHan}{1,4})[（(](\\p{IsHan}{1,4})[）)](\\p{IsHan})");
    private static final Pattern SUFFIX = Pattern.compile("^([一二三四五六七八九十]期|[东南西北]段|延伸段)");

    private ProjectSpans() {}

    /** The project names of {@code clause}, whose gazetteer names {@code places} are found already. */
    static List<Span> find(String clause, List<GazetteerHit> places, ProjectLexicon lex, Gazetteer gazetteer,
            RegionFinder regions) {
        List<Span> spans = new ArrayList<>();
        int prevEnd = 0;
        GazetteerHit[] placeEndingAt = GazetteerHit.byEnd(places, clause.length());
        List<PhraseMatcher.Match<ProjectLexicon.Head>> heads = withAlternatives(clause, lex.heads.findAll(clause), lex);
        for (int k = 0; k < heads.size(); k++) {
            PhraseMatcher.Match<ProjectLexicon.Head> h = heads.get(k);
            if (h.value().ignored() || h.from() < prevEnd
                    || k + 1 < heads.size() && endsAPlaceName(placeEndingAt, h, heads.get(k + 1), clause, lex)) {
                continue;
            }
            int end = h.to();
            Matcher suffix = SUFFIX.matcher(clause).region(end, clause.length());
            if (suffix.lookingAt()) {
                end = suffix.end();
            }
            // A work that bounds an area ("大治河以南、金汇港以东") is a landmark of the sentence, not a project of it.
            if (BOUNDARY.matcher(clause).region(end, clause.length()).lookingAt()
                    || BODY.matcher(clause).region(end, clause.length()).lookingAt()) {
                continue;
            }
            if (h.from() > prevEnd && clause.charAt(h.from() - 1) == '等') {
                List<int[]> items = ProjectNameBounds.items(clause, prevEnd, h.from() - 1, lex, true);
                for (int[] it : items) {
                    spans.add(new Span(it[0], it[1], clause.substring(it[0], it[1]) + h.phrase(), h.value()));
                }
                if (!items.isEmpty()) {
                    prevEnd = end;
                }
                continue;
            }
            int nameStart = ProjectNameBounds.nameStart(clause, prevEnd, h.from(), lex);
            int start = ProjectNameBounds.joinedStart(clause, prevEnd, nameStart, lex, gazetteer);
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
                    List<int[]> items = ProjectNameBounds.items(clause, prevEnd, start + countAt, lex, true);
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
                List<int[]> shared = ProjectNameBounds.items(clause, prevEnd, start - 1, lex, false);
                String common = ProjectNameBounds.withoutLeadingPlaces(clause.substring(start, end), h.phrase(), lex,
                        gazetteer);
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
     * Heads written with an alternative in brackets (接收（转运）站: a receiving or transfer station) are heads over the
     * whole phrase, read without the brackets; the matches inside them give way.
     */
    private static List<PhraseMatcher.Match<ProjectLexicon.Head>> withAlternatives(String clause,
            List<PhraseMatcher.Match<ProjectLexicon.Head>> heads, ProjectLexicon lex) {
        List<PhraseMatcher.Match<ProjectLexicon.Head>> all = new ArrayList<>(heads);
        // an alternative is written in brackets: most clauses have none, and the pattern would be tried at every character
        boolean bracketed = clause.indexOf('（') >= 0 || clause.indexOf('(') >= 0;
        Matcher m = bracketed ? ALTERNATIVE.matcher(clause) : null;
        while (bracketed && m.find()) {
            String plain = m.group(1) + m.group(3);
            for (PhraseMatcher.Match<ProjectLexicon.Head> h : lex.heads.findAll(plain)) {
                if (h.to() == plain.length() && h.from() < m.group(1).length() && !h.value().ignored()) {
                    int from = m.start() + h.from();
                    all.removeIf(o -> o.from() < m.end() && from < o.to());
                    all.add(new PhraseMatcher.Match<>(from, m.end(), h.phrase(), h.value()));
                    break;
                }
            }
        }
        all.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::from));
        return all;
    }

    /**
     * A head that ends a division's name is part of that name, not a head, where the name goes on to the next head
     * (港 of 连云港 in 连云港东中西区域合作示范区); 苏州工业园区 alone keeps its head.
     */
    private static boolean endsAPlaceName(GazetteerHit[] placeEndingAt, PhraseMatcher.Match<ProjectLexicon.Head> h,
            PhraseMatcher.Match<ProjectLexicon.Head> next, String clause, ProjectLexicon lex) {
        GazetteerHit p = placeEndingAt[h.to()];
        if (next.value().ignored() || p == null || p.start() >= h.from()
                || !p.candidates().stream().allMatch(Division.class::isInstance)) {
            return false;
        }
        String between = clause.substring(h.to(), next.from());
        return between.chars().noneMatch(c -> SEPARATORS.indexOf(c) >= 0 || "，、".indexOf(c) >= 0)
                && lex.stopsIn(between).isEmpty();
    }
}
