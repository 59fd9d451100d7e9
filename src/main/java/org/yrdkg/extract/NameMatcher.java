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
}
