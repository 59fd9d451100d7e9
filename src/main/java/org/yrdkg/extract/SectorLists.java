package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The genre's lists of sectors in a clause: items separated by 、和及与 and closed by 等 or a count before a head of
 * {@code lexicon/sector-lists.txt} ("聚焦甲、乙和丙等产业", "围绕甲、乙…十大重点领域"), or by 产业/行业 alone when
 * there are at least two items ("发展甲、乙、丙产业"). A list runs back to the verb that opens it; a place that opens
 * the first item ("中心区重化工业") is not part of it. A separator inside a sector name of the lexicon (软件和信息服务)
 * does not split it.
 */
final class SectorLists {

    /** An item of a list: {@code clause.substring(from, to)}. */
    record Item(int from, int to) {}

    /** A list and the top concept its closer places unknown items under ("" when it names none). */
    record SectorList(String broader, List<Item> items) {}

    /** The longest item read as a sector of its own. */
    static final int MAX_ITEM = 8;

    // How far an item is read back from its end: a list's first item is cut at the verb that opens the list, which
    // stands within this reach; reading further would make a clause without separators cost its length squared.
    private static final int MAX_READ = 32;

    private SectorLists() {}

    static List<SectorList> find(String clause, List<PhraseMatcher.Match<SectorLexicon.Term>> known,
            WordBoundaries words, Map<String, Double> prior, ExtractionContext ctx) {
        boolean[] inName = new boolean[clause.length() + 1];
        for (PhraseMatcher.Match<SectorLexicon.Term> m : known) {
            for (int k = m.from() + 1; k < m.to(); k++) {
                inName[k] = true;
            }
        }
        List<SectorList> lists = new ArrayList<>();
        List<int[]> closed = new ArrayList<>();
        // java.util.regex tries a pattern at every position; a closer holds 等 or 大, a bare closer 产业 or 行业
        boolean mayClose = clause.indexOf('等') >= 0 || clause.indexOf('大') >= 0;
        LeadingScan.Hits c = mayClose ? ctx.sectors().closers.in(clause) : null;
        while (mayClose && c.find()) {
            closed.add(new int[] {c.start(), c.end()});
            lists.add(new SectorList(ctx.sectors().broaderOf(c.group()),
                    items(clause, 0, c.start(), inName, words, prior, ctx)));
        }
        boolean mayCloseBare = clause.contains("产业") || clause.contains("行业");
        Matcher bare = mayCloseBare ? ctx.sectors().bareClosers.matcher(clause) : null;
        while (mayCloseBare && bare.find()) {
            int at = bare.start();
            boolean taken = inName[at] || known.stream().anyMatch(m -> m.from() <= at && at < m.to())
                    || closed.stream().anyMatch(r -> r[0] <= at && at < r[1]);
            // A bare list does not reach back into a list closed before it ("甲、乙等特色产业及配套产业").
            int floor = closed.stream().mapToInt(r -> r[1] <= at ? r[1] : 0).max().orElse(0);
            boolean opens = at > 0 && "、和及与".indexOf(clause.charAt(at - 1)) < 0; // not "…、产业和城市"
            List<Item> items = taken || !opens ? List.of() : items(clause, floor, at, inName, words, prior, ctx);
            if (items.size() >= 2 && items.stream().allMatch(i -> named(clause, i))) {
                lists.add(new SectorList("", items));
            }
        }
        return lists;
    }

    // A bare list is weaker evidence: each of its items must look like the name of a sector, short and not a manner
    // of doing (数字化、平台化).
    private static boolean named(String clause, Item item) {
        int n = item.to() - item.from();
        return n <= MAX_ITEM && !(n >= 3 && clause.charAt(item.to() - 1) == '化');
    }

    private static List<Item> items(String clause, int floor, int end, boolean[] inName, WordBoundaries words,
            Map<String, Double> prior, ExtractionContext ctx) {
        List<Item> items = new ArrayList<>();
        int b = end;
        while (b > floor) {
            int a = b;
            while (a > floor && b - a < MAX_READ && ("、和及与".indexOf(clause.charAt(a - 1)) < 0 || inName[a - 1])) {
                a--;
            }
            boolean last = a == floor || b - a == MAX_READ;
            int from = a;
            List<PhraseMatcher.Match<Boolean>> stops = ctx.projects().stopsIn(clause.substring(a, b)).stream()
                    .filter(m -> !inName[from + m.from()] && !inName[from + m.to() - 1])
                    .filter(m -> words.aligned(from + m.from(), from + m.to())).toList(); // not 向 in 靶向药物
            if (!stops.isEmpty()) {
                PhraseMatcher.Match<Boolean> stop = stops.get(stops.size() - 1);
                if (stop.phrase().equals("等")) {
                    break; // "…等行为以及甲、乙等领域": the tail of a list before this one
                }
                a += stop.to();
                last = true;
            }
            if (last) {
                List<RegionFinder.Place> places = ctx.regions().find(clause.substring(a, b), prior);
                if (!places.isEmpty() && places.get(0).from() == 0 && places.get(0).to() < b - a) {
                    a += places.get(0).to();
                }
            }
            if (a < b) {
                items.add(0, new Item(a, b));
            }
            if (last) {
                break;
            }
            b = a > 1 && clause.startsWith("以及", a - 2) ? a - 2 : a - 1;
        }
        return items;
    }
}
