package org.yrdkg.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds all gazetteer names in a text in one pass, with an Aho-Corasick automaton over a double-array trie (HanLP).
 * Built once; immutable and safe to share between threads afterwards.
 */
final class NameMatcher {

    private final AhoCorasickDoubleArrayTrie<List<GazetteerEntry>> trie = new AhoCorasickDoubleArrayTrie<>();

    /** @param entriesBySurface every surface form (two characters or more) with the entries it may denote */
    NameMatcher(Map<String, List<GazetteerEntry>> entriesBySurface) {
        TreeMap<String, List<GazetteerEntry>> sorted = new TreeMap<>();
        entriesBySurface.forEach((surface, entries) -> sorted.put(surface, List.copyOf(entries)));
        trie.build(sorted);
    }

    /**
     * Leftmost-longest matching: at each position the longest name wins, and a name overlapping one already taken
     * to its left is dropped. That keeps 浦东新区 whole and stops 江苏如东 from also yielding a name across 苏如.
     */
    List<GazetteerHit> findAll(String text) {
        int[] longestEndAt = new int[text.length()]; // 0 where no name starts: a name ends after its start
        @SuppressWarnings("unchecked")
        List<GazetteerEntry>[] entriesAt = new List[text.length()];
        trie.parseText(text, (begin, end, entries) -> {
            if (end > longestEndAt[begin]) {
                longestEndAt[begin] = end;
                entriesAt[begin] = entries;
            }
        });
        List<GazetteerHit> hits = new ArrayList<>();
        int covered = 0;
        for (int start = 0; start < text.length(); start++) {
            if (start >= covered && longestEndAt[start] > start) {
                int end = longestEndAt[start];
                hits.add(new GazetteerHit(start, end, text.substring(start, end), entriesAt[start]));
                covered = end;
            }
        }
        return hits;
    }

    /** Every name of {@code text}, overlapping ones included, found in one pass: {@link Index#findAll(int, int)}. */
    Index index(String text) {
        int n = text.length();
        List<int[]> found = new ArrayList<>(); // {begin, end, order}
        List<List<GazetteerEntry>> values = new ArrayList<>();
        trie.parseText(text, (begin, end, entries) -> {
            found.add(new int[] {begin, end, values.size()});
            values.add(entries);
        });
        // by start, the longest first
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        int[] first = new int[n + 1];
        int[] ends = new int[found.size()];
        @SuppressWarnings("unchecked")
        List<GazetteerEntry>[] entries = new List[found.size()];
        int k = 0;
        for (int start = 0; start <= n; start++) {
            first[start] = k;
            while (k < found.size() && found.get(k)[0] == start) {
                ends[k] = found.get(k)[1];
                entries[k] = values.get(found.get(k)[2]);
                k++;
            }
        }
        return new Index(text, first, ends, entries);
    }

    /**
     * The names of a text, read once: the names of any stretch of it (a sentence, a clause of a paragraph) are those
     * of the text that lie inside the stretch, so each extractor reads its stretch from here instead of running the
     * automaton over it again. Immutable.
     *
     * @param first   for each position, the index in {@code ends} of the first name starting there; {@code first[i + 1]}
     *                ends that run (the last element is the number of names)
     * @param ends    the end of each name, by start and, at one start, the longest first
     * @param entries what each name may denote
     */
    record Index(String text, int[] first, int[] ends, List<GazetteerEntry>[] entries) {

        /**
         * What {@link #findAll(String)} finds in {@code text.substring(from, to)}, offsets in that stretch: at each
         * position the longest name that ends inside the stretch, leftmost-longest.
         */
        List<GazetteerHit> findAll(int from, int to) {
            List<GazetteerHit> hits = new ArrayList<>();
            int covered = from;
            for (int start = from; start < to; start++) {
                if (start < covered) {
                    continue;
                }
                for (int k = first[start]; k < first[start + 1]; k++) {
                    if (ends[k] <= to) {
                        hits.add(new GazetteerHit(start - from, ends[k] - from, text.substring(start, ends[k]), entries[k]));
                        covered = ends[k];
                        break;
                    }
                }
            }
            // several extractors may read one stretch's list
            return java.util.Collections.unmodifiableList(hits);
        }
    }
}
