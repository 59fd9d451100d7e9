package org.yrdkg.extract;

import java.util.List;
import java.util.Map;

/**
 * Whether a gazetteer hit reads as the place it names, by the words around it: a short name that is a fragment of a
 * common word, a station of a power line, a place inside a project's head noun (海口 in 出海口), a town that does not
 * lie in the place written just before it (淮北平山 is not 平山街道 of 淮南). Immutable; safe to share.
 */
final class PlaceCues {

    private static final String DASHES = "-－—–";
    private static final String DIRECTIONS = "东南西北";
    private static final java.util.regex.Pattern DIRECTION_AREA = java.util.regex.Pattern.compile("[东南西北中]部|东北");
    private static final String CONJUNCTIONS = "和与及";
    private static final String CLAUSE_ENDS = "，。；：！？";
    // 北京 天津 上海 重庆: province-level, yet cities whose name says where a town lies as a prefecture's does.
    private static final java.util.Set<String> MUNICIPALITIES = java.util.Set.of("11", "12", "31", "50");

    private final Gazetteer gazetteer;
    private final PhraseMatcher<ProjectLexicon.Head> heads;
    private final PhraseMatcher<Boolean> generic;

    PlaceCues(Gazetteer gazetteer, PhraseMatcher<ProjectLexicon.Head> heads, PhraseMatcher<Boolean> generic) {
        this.gazetteer = gazetteer;
        this.heads = heads;
        this.generic = generic;
    }

    /**
     * A text with its gazetteer hits and the head nouns of projects in it, indexed once: which clause a position lies
     * in, which hit ends where, which positions lie inside a head noun. Each cue asks about a hit's neighbours, and
     * scanning the text or all hits for every hit grew with the square of a text without punctuation.
     */
    static final class Reading {
        private final String text;
        private final List<GazetteerHit> hits;
        private final GazetteerHit[] endingAt; // endingAt[i]: the hit ending at i, or null
        private final boolean[] inHead; // inHead[i]: a head noun starts before i and ends after it
        private int[] clauseEnds; // clauseEnds[i]: the clause ends in text[0, i); counted on first use
        // By clause (its count of clause ends before it), the codes of the divisions its hits may name that can tell
        // a town (not a province other than a municipality); each read on first use
        private Map<Integer, java.util.Set<String>> townAncestors;

        Reading(String text, List<GazetteerHit> hits, List<PhraseMatcher.Match<ProjectLexicon.Head>> heads) {
            this.text = text;
            this.hits = hits;
            endingAt = GazetteerHit.byEnd(hits, text.length());
            inHead = new boolean[text.length() + 1];
            for (PhraseMatcher.Match<ProjectLexicon.Head> m : heads) {
                for (int i = m.from() + 1; i < m.to(); i++) {
                    inHead[i] = true;
                }
            }
        }

        /** Whether no clause end (，。；：！？) lies between positions {@code a} and {@code b}. */
        boolean sameClause(int a, int b) {
            return clauseOf(a) == clauseOf(b);
        }

        /** The clause position {@code a} lies in, as the number of clause ends before it. */
        int clauseOf(int a) {
            if (clauseEnds == null) {
                int[] ends = new int[text.length() + 1];
                for (int i = 0; i < text.length(); i++) {
                    ends[i + 1] = ends[i] + (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0 ? 1 : 0);
                }
                clauseEnds = ends;
            }
            return clauseEnds[a];
        }

        /** The hit that ends where {@code h} starts, or null. */
        GazetteerHit before(GazetteerHit h) {
            return endingAt[h.start()];
        }
    }

    /** Whether the hit starts inside a head noun that merely contains a place name (海口 in 出海口). */
    boolean insideHead(Reading r, GazetteerHit h) {
        return r.inHead[h.start()];
    }

    /** Whether an area's name follows a direction, as part of a narrower name (北沿江 is not 沿江). */
    boolean narrowerArea(GazetteerHit h, Reading r) {
        return h.candidates().stream().anyMatch(Area.class::isInstance) && h.start() > 0
                && DIRECTIONS.indexOf(r.text.charAt(h.start() - 1)) >= 0 && r.before(h) == null;
    }

    /**
     * Whether {@code e} is a reading of hit {@code h} here. A division's short name must lie on word boundaries, in a
     * province of the document, not end in a conjunction that joins two words (上云和工业 is 上云 和 工业), and lie in
     * the division written right before it; a town's short name must also have an ancestor named nearby or name a
     * project.
     */
    boolean plausible(GazetteerEntry e, GazetteerHit h, Map<String, Double> prior, Reading r,
            WordBoundaries boundaries) {
        String text = r.text;
        if (!(e instanceof Division d) || d.level() == Division.Level.PROVINCE
                || d.level() == Division.Level.PREFECTURE) {
            return true;
        }
        if (prior.getOrDefault(d.code().substring(0, 2), 0.0) < 0.05) {
            return false;
        }
        GazetteerHit previous = r.before(h);
        if (!fitsPrevious(d, h, previous)) {
            return false;
        }
        if (d.name().equals(h.surface())) {
            return true;
        }
        // Right after the division it lies in, a short name is the place even inside a longer word (南通通州湾).
        boolean afterParent = previous != null
                && previous.divisions().stream().anyMatch(p -> gazetteer.isWithin(d.code(), p.code()));
        // An island is named by the division it makes up (崇明岛 is 崇明区), though the segmenter keeps it one word.
        boolean island = h.end() < text.length() && text.charAt(h.end()) == '岛';
        // The town's own cues first: they cost less than segmenting the words around the name.
        return (d.level() == Division.Level.COUNTY || townCues(d, h, r))
                && (afterParent || island || boundaries.aligned(h.start(), h.end()) && !joinsTwoWords(h, text));
    }

    private boolean townCues(Division d, GazetteerHit h, Reading r) {
        String text = r.text;
        // A town is told by a place in its own clause: a city named elsewhere in the paragraph says nothing of it. A
        // province is too wide to tell a town, a municipality is a city (上海张江).
        java.util.Set<String> named = townAncestors(r, r.clauseOf(h.start()));
        boolean ancestorNamed = !named.isEmpty() && gazetteer.ancestors(d.code()).stream()
                .anyMatch(a -> named.contains(a.code()));
        // A short name that is a common word (惠民 of 惠民一卡通) is the town only beside a place it lies in.
        boolean weak = this.generic.findAll(h.surface()).stream().anyMatch(m -> m.to() - m.from() == h.surface()
                .length()) || WordBoundaries.isCommonWord(h.surface());
        return ancestorNamed || !weak && (namesAProject(text, h.end()) || listedWithAHead(text, h));
    }

    // The divisions named in the clause of a Reading that can tell a town lying in them, read once for all the town
    // names checked in that clause: the hits of the clause times its towns grew with the square of a clause dense in
    // names. Only the clauses with a town to check are read.
    private java.util.Set<String> townAncestors(Reading r, int clause) {
        if (r.townAncestors == null) {
            r.townAncestors = new java.util.HashMap<>();
        }
        return r.townAncestors.computeIfAbsent(clause, c -> {
            java.util.Set<String> named = new java.util.HashSet<>();
            for (GazetteerHit o : r.hits) {
                if (r.clauseOf(o.start()) != c) {
                    continue;
                }
                for (Division p : o.divisions()) {
                    if (p.level() != Division.Level.PROVINCE || MUNICIPALITIES.contains(p.code())) {
                        named.add(Gazetteer.canonicalCode(p.code()));
                    }
                }
            }
            return named;
        });
    }

    /**
     * Whether an area named by a direction (东部, 中部) is a word of a longer name here (技术转移东部中心): it is the
     * area only before 地区, 沿海, a province or city word, a conjunction or a non-Chinese character.
     */
    static boolean directionInName(GazetteerHit h, String text) {
        if (!DIRECTION_AREA.matcher(h.surface()).matches() || h.end() >= text.length()
                || Character.UnicodeScript.of(text.charAt(h.end())) != Character.UnicodeScript.HAN) {
            return false;
        }
        String after = text.substring(h.end());
        return java.util.stream.Stream.of("地区", "沿海", "省", "城市", "和", "与", "及", "、", "等", "各", "的", "中西部")
                .noneMatch(after::startsWith);
    }

    // 江苏如东, 上海崇明: a short name written right after a division lies within it, else it is another word.
    private boolean fitsPrevious(Division d, GazetteerHit h, GazetteerHit o) {
        if (o == null || d.name().equals(h.surface())) {
            return true;
        }
        if (!o.divisions().isEmpty()) {
            return o.divisions().stream().anyMatch(p -> gazetteer.isWithin(d.code(), p.code()));
        }
        // After a foreign country, a short name is a place of that country (印尼青山 is no 青山镇).
        return o.candidates().isEmpty() || !o.candidates().stream().allMatch(ForeignPlace.class::isInstance);
    }

    private static boolean joinsTwoWords(GazetteerHit h, String text) {
        char last = h.surface().charAt(h.surface().length() - 1);
        return CONJUNCTIONS.indexOf(last) >= 0 && h.end() < text.length()
                && Character.UnicodeScript.of(text.charAt(h.end())) == Character.UnicodeScript.HAN;
    }

    // A town's short name is read as the place where it names a project (硕放机场, 张江实验室, 洋山深水港).
    private boolean namesAProject(String text, int end) {
        for (int i = end; i < Math.min(text.length(), end + 8); i++) {
            if ("，。；、：和及与".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
            if (headAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    // …或 a list item of names that share a head: 常泰、龙潭、苏通第二等过江通道.
    private boolean listedWithAHead(String text, GazetteerHit h) {
        boolean item = (h.start() == 0 || "、和与及".indexOf(text.charAt(h.start() - 1)) >= 0)
                && h.end() < text.length() && "、和与及".indexOf(text.charAt(h.end())) >= 0;
        if (!item) {
            return false;
        }
        for (int i = h.end(); i < Math.min(text.length(), h.end() + 40); i++) {
            char c = text.charAt(i);
            if (CLAUSE_ENDS.indexOf(c) >= 0) {
                return false;
            }
            if (c == '等') {
                return headAt(text, i + 1);
            }
        }
        return false;
    }

    private boolean headAt(String text, int i) {
        String window = text.substring(i, Math.min(text.length(), i + 8));
        return heads.findAll(window).stream().anyMatch(m -> m.from() == 0 && !m.value().ignored());
    }

    /**
     * Power lines are named after their substations (东吴-黄渡-徐行500千伏, 黄渡-泗泾-新余线路): a name in a dashed chain
     * that ends in a voltage or 线路, or a name followed by 站, is a station.
     */
    static boolean isStation(String text, GazetteerHit h) {
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

    /** A station keeps its reading as a place only if that place is a city or county of the document's provinces. */
    static boolean isMinor(Division d, Map<String, Double> prior) {
        boolean major = d.level() == Division.Level.PROVINCE || d.level() == Division.Level.PREFECTURE
                || d.level() == Division.Level.COUNTY;
        return !major || prior.getOrDefault(d.code().substring(0, 2), 0.0) < 0.05;
    }
}
