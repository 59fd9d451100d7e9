package org.yrdkg.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the phrases of a lexicon in a text in one Aho-Corasick pass (HanLP's double-array trie), leftmost-longest
 * and without overlaps. Immutable once built; safe to share between threads.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseMatcher<V> {

    /** One occurrence of a phrase: {@code text.substring(from, to)} is the phrase. */
    record Match<V>(int from, int to, String phrase, V value) {}

    private final AhoCorasickDoubleArrayTrie<V> trie = new AhoCorasickDoubleArrayTrie<>();
    private final boolean empty;

    PhraseMatcher(Map<String, V> phrases) {
        empty = phrases.isEmpty();
        if (!empty) {
            trie.build(new TreeMap<>(phrases));
        }
    }

    /** Leftmost-longest occurrences in text order; a phrase overlapping one already taken to its left is dropped. */
    List<Match<V>> findAll(String text) {
        if (empty || text.isEmpty()) {
            return List.of();
        }
        int[] endAt = new int[text.length()]; // 0 where no phrase starts: a phrase ends after its start
        @SuppressWarnings("unchecked")
        V[] valueAt = (V[]) new Object[text.length()];
        trie.parseText(text, (begin, end, value) -> {
            if (end > endAt[begin]) {
                endAt[begin] = end;
                valueAt[begin] = value;
            }
        });
        return leftmostLongest(text, endAt, valueAt);
    }

    /**
     * The matches that leftmost-longest matching keeps, given the longest phrase starting at each position
     * ({@code endAt[i]} its end, 0 where none starts, {@code valueAt[i]} its value).
     */
    static <V> List<Match<V>> leftmostLongest(String text, int[] endAt, V[] valueAt) {
        List<Match<V>> matches = new ArrayList<>();
        int covered = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i >= covered && endAt[i] > i) {
                matches.add(new Match<>(i, endAt[i], text.substring(i, endAt[i]), valueAt[i]));
                covered = endAt[i];
            }
        }
        return matches;
    }

    /**
     * Leftmost-longest occurrences among those {@code accept} admits (e.g. those on word boundaries), in text order:
     * a rejected phrase does not hide a shorter or overlapping one that is admitted (深[化工]业 rejected leaves
     * 工业互联网).
     */
    List<Match<V>> findAll(String text, java.util.function.BiPredicate<Integer, Integer> accept) {
        if (empty || text.isEmpty()) {
            return List.of();
        }
        // the phrases starting at each position, a list only where one does; a phrase's text is copied out only if
        // it is kept
        @SuppressWarnings("unchecked")
        List<Ending<V>>[] at = new List[text.length()];
        trie.parseText(text, (begin, end, value) -> {
            if (at[begin] == null) {
                at[begin] = new ArrayList<>(2);
            }
            at[begin].add(new Ending<>(end, value));
        });
        List<Match<V>> matches = new ArrayList<>();
        int covered = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i < covered || at[i] == null) {
                continue;
            }
            List<Ending<V>> here = at[i];
            here.sort((a, b) -> b.end() - a.end());
            for (Ending<V> e : here) {
                if (accept.test(i, e.end())) {
                    matches.add(new Match<>(i, e.end(), text.substring(i, e.end()), e.value()));
                    covered = e.end();
                    break;
                }
            }
        }
        return matches;
    }

    // Where a phrase found at a known start ends, and its value.
    private record Ending<V>(int end, V value) {}

    /** The phrase that ends exactly at {@code end}, longest first, or null. */
    Match<V> endingAt(String text, int end) {
        Match<V>[] best = new Match[1];
        String window = text.substring(Math.max(0, end - 24), end);
        int offset = end - window.length();
        trie.parseText(window, (b, e, v) -> {
            if (e == window.length() && (best[0] == null || b + offset < best[0].from())) {
                best[0] = new Match<>(b + offset, end, window.substring(b, e), v);
            }
        });
        return best[0];
    }
}
