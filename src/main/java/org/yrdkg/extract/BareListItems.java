package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Bare names listed among typed project names ("沪通铁路二期、沪苏湖、通苏嘉甬等规划项目"): place names and short
 * composite names that no typed name covers, returned with a null head for the caller to type. A list whose class
 * noun names places or fields ("…等区域") has none.
 */
final class BareListItems {

    private BareListItems() {}

    /** Bare names in a list with typed projects, after {@link ProjectSpans#find}: the items no span covers. */
    static List<ProjectSpans.Span> find(String clause, List<ProjectSpans.Span> typed, ProjectLexicon lex, Gazetteer gazetteer,
            RegionFinder regions) {
        List<ProjectSpans.Span> bare = new ArrayList<>();
        if (typed.isEmpty()) {
            return bare;
        }
        int listStart = typed.get(0).from();
        int stop = clause.indexOf('等', typed.get(typed.size() - 1).to());
        if (stop >= 0 && !lex.listClasses.findAll(clause.substring(stop + 1, Math.min(clause.length(), stop + 9)))
                .isEmpty()) {
            return bare;
        }
        int listEnd = stop < 0 ? clause.length() : stop;
        int[] typedBefore = typedPositions(typed, clause.length());
        int from = listStart;
        for (int i = listStart; i <= listEnd; i++) {
            if (i == listEnd || ProjectSpans.SEPARATORS.indexOf(clause.charAt(i)) >= 0) {
                int a = from;
                int b = i;
                from = i + 1;
                if (b - a < 2 || b - a > ProjectNameBounds.MAX_ITEM || typedBefore[b] > typedBefore[a]) {
                    continue;
                }
                String item = clause.substring(a, b);
                if (lex.stopsIn(item).isEmpty() && lex.heads.findAll(item).isEmpty() && lex.stages.findAll(item).isEmpty()
                        && nameLike(item, gazetteer)) {
                    bare.add(new ProjectSpans.Span(a, b, item, null));
                }
            }
        }
        return bare;
    }

    // A bare listed name is a place name (黄山-金华) or a short run opening with an abbreviation (沪苏湖, 杭临绩).
    private static boolean nameLike(String item, Gazetteer gazetteer) {
        return !gazetteer.findAll(item).isEmpty()
                || item.length() <= 5 && !gazetteer.abbreviations(item.substring(0, 1)).isEmpty();
    }

    // before[i]: how many positions of text[0, i) lie in a span, so an item [a, b) overlaps one iff before[b] >
    // before[a]; a list of thousands of items is not checked against every span for each.
    private static int[] typedPositions(List<ProjectSpans.Span> spans, int length) {
        int[] delta = new int[length + 1]; // spans opening minus spans closing at each position
        for (ProjectSpans.Span s : spans) {
            delta[s.from()]++;
            delta[s.to()]--;
        }
        int[] before = new int[length + 1];
        int open = 0;
        for (int i = 0; i < length; i++) {
            open += delta[i];
            before[i + 1] = before[i] + (open > 0 ? 1 : 0);
        }
        return before;
    }
}
