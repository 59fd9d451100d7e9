package org.yrdkg.extract;

import java.util.List;

/**
 * One occurrence of a gazetteer name in a text, as found by {@link Gazetteer#findAll(String)}.
 *
 * @param start      offset of the first char, in Java chars
 * @param end        offset after the last char
 * @param surface    {@code text.substring(start, end)}
 * @param candidates every entry the surface may denote (吉林: the province and the city), never empty, best first:
 *                   entries the surface names in full before those it is a short name of, then provinces,
 *                   prefectures, counties, towns, areas, foreign places
 */
public record GazetteerHit(int start, int end, String surface, List<GazetteerEntry> candidates) {

    public GazetteerHit {
        candidates = List.copyOf(candidates);
    }

    /**
     * The hit ending at each position {@code 0..length} of their text, null where none ends: the hits of one
     * {@link Gazetteer#findAll(String)} never overlap, so at most one ends anywhere. Finds the place written right
     * before a word at once, where a scan of every hit for every word grew with the square of a long text.
     */
    static GazetteerHit[] byEnd(List<GazetteerHit> hits, int length) {
        GazetteerHit[] byEnd = new GazetteerHit[length + 1];
        for (GazetteerHit h : hits) {
            byEnd[h.end()] = h;
        }
        return byEnd;
    }

    /** The candidates that are administrative divisions. */
    public List<Division> divisions() {
        // a loop, not a stream: place checks ask for the divisions of every hit several times
        Division[] out = new Division[candidates.size()];
        int n = 0;
        for (GazetteerEntry e : candidates) {
            if (e instanceof Division d) {
                out[n++] = d;
            }
        }
        return List.of(n == out.length ? out : java.util.Arrays.copyOf(out, n));
    }
}
