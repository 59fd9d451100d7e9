package org.yrdkg.extract;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the phrases of a lexicon in a text, leftmost-longest and without overlaps. The phrases are kept in a
 * double-array trie (HanLP's), read forward from each position whose character starts a phrase: a lexicon's phrases
 * start with few of the characters of a text, so most positions cost one bit looked up, where an Aho-Corasick pass
 * steps its automaton through every character. Immutable once built; safe to share between threads.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseMatcher<V> {

    /** One occurrence of a phrase: {@code text.substring(from, to)} is the phrase. */
    record Match<V>(int from, int to, String phrase, V value) {}

    private final DoubleArrayTrie<V> trie = new DoubleArrayTrie<>();
    private final boolean empty;
    // The characters a phrase starts with.
    private final BitSet firsts = new BitSet();

    PhraseMatcher(Map<String, V> phrases) {
        TreeMap<String, V> sorted = new TreeMap<>(phrases);
        sorted.remove(""); // an empty phrase names nothing
        // the trie tells a phrase without a value from no phrase at all
        sorted.values().forEach(java.util.Objects::requireNonNull);
        empty = sorted.isEmpty();
        if (!empty) {
            trie.build(sorted);
            sorted.keySet().forEach(p -> firsts.set(p.charAt(0)));
        }
    }

    /** What is told, in order of their ends, each phrase that starts at a position. */
    private interface Found<V> {
        void phrase(int end, V value);
    }

    // Whether a phrase may start at i: most positions of a text are settled by this, without a call that tells anything.
    private boolean mayStartAt(String text, int i) {
        return firsts.get(text.charAt(i));
    }

    // Each phrase of text that starts at begin and ends at or before limit, the shortest first.
    private void startingAt(String text, int begin, int limit, Found<V> found) {
        if (!mayStartAt(text, begin)) {
            return;
        }
        int[] check = trie.getCheck();
        int state = trie.getBase()[0];
        for (int j = begin; j < limit; j++) {
            char c = text.charAt(j);
            // HanLP's transition reads its arrays unchecked: a character no phrase holds may point past their end
            if (state + c + 1 >= check.length) {
                return;
            }
            state = trie.transition(c, state);
            if (state < 0) {
                return;
            }
            V value = trie.output(state);
            if (value != null) {
                found.phrase(j + 1, value);
            }
        }
    }

    /** Whether a phrase found at {@code [from, to)} is taken. */
    interface Accept {
        boolean test(int from, int to);
    }

    /** What is told each occurrence of a phrase. */
    interface Occurrence<V> {
        void at(int begin, int end, V value);
    }

    /** Every occurrence of a phrase in {@code text}, overlapping ones included, by start and then by end. */
    void forEach(String text, Occurrence<V> found) {
        if (empty) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (mayStartAt(text, i)) {
                int begin = i;
                startingAt(text, i, text.length(), (end, value) -> found.at(begin, end, value));
            }
        }
    }

    /** Leftmost-longest occurrences in text order; a phrase overlapping one already taken to its left is dropped. */
    List<Match<V>> findAll(String text) {
        if (empty || text.isEmpty()) {
            return List.of();
        }
        List<Match<V>> matches = new ArrayList<>();
        int[] end = new int[1];
        @SuppressWarnings("unchecked")
        V[] value = (V[]) new Object[1];
        Found<V> longest = (e, v) -> {
            end[0] = e;
            value[0] = v;
        };
        for (int i = 0; i < text.length(); i = Math.max(i + 1, end[0])) {
            end[0] = 0;
            startingAt(text, i, text.length(), longest);
            if (end[0] > i) {
                matches.add(new Match<>(i, end[0], text.substring(i, end[0]), value[0]));
            }
        }
        return matches;
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
    List<Match<V>> findAll(String text, Accept accept) {
        if (empty || text.isEmpty()) {
            return List.of();
        }
        List<Match<V>> matches = new ArrayList<>();
        Endings<V> here = new Endings<>();
        int covered = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i < covered || !mayStartAt(text, i)) {
                continue;
            }
            here.count = 0;
            startingAt(text, i, text.length(), here);
            // the longest first
            for (int k = here.count - 1; k >= 0; k--) {
                int end = here.ends[k];
                if (accept.test(i, end)) {
                    matches.add(new Match<>(i, end, text.substring(i, end), here.value(k)));
                    covered = end;
                    break;
                }
            }
        }
        return matches;
    }

    // The phrases found at one start, shortest first: where each ends, and its value; reused from start to start.
    private static final class Endings<V> implements Found<V> {
        int[] ends = new int[8];
        Object[] values = new Object[8];
        int count;

        @Override
        public void phrase(int end, V value) {
            if (count == ends.length) {
                ends = java.util.Arrays.copyOf(ends, 2 * count);
                values = java.util.Arrays.copyOf(values, 2 * count);
            }
            ends[count] = end;
            values[count++] = value;
        }

        @SuppressWarnings("unchecked")
        V value(int k) {
            return (V) values[k];
        }
    }

    /** The phrase that ends exactly at {@code end} and starts at most 24 characters before it, longest first, or null. */
    Match<V> endingAt(String text, int end) {
        if (empty) {
            return null;
        }
        for (int b = Math.max(0, end - 24); b < end; b++) {
            @SuppressWarnings("unchecked")
            V[] value = (V[]) new Object[1];
            startingAt(text, b, end, (e, v) -> {
                if (e == end) {
                    value[0] = v;
                }
            });
            if (value[0] != null) {
                return new Match<>(b, end, text.substring(b, end), value[0]);
            }
        }
        return null;
    }
}
