package org.yrdkg.extract;

import java.util.Collection;
import java.util.Set;

/**
 * A list of words asked which of them starts at a position of a text, the longest first: 加快推进 before 加快. It looks
 * up the text's prefixes of each length a word of the list has, so its cost follows the longest word rather than the
 * size of the list. Immutable; safe to share between threads.
 */
final class StartingWords {

    private final Set<String> words;
    private final int longest;
    private final int shortest;
    // The characters a word of the list starts with: at most other positions no prefix needs looking up.
    private final java.util.BitSet firsts = new java.util.BitSet(Character.MAX_VALUE + 1);

    StartingWords(Collection<String> words) {
        this.words = Set.copyOf(words);
        this.longest = words.stream().mapToInt(String::length).max().orElse(0);
        this.shortest = words.stream().mapToInt(String::length).filter(n -> n > 0).min().orElse(1);
        this.words.stream().filter(w -> !w.isEmpty()).forEach(w -> firsts.set(w.charAt(0)));
    }

    /** The longest word of the list that {@code text} has at position {@code i}, or null (also for i out of range). */
    String at(String text, int i) {
        if (i < 0 || i >= text.length() || !firsts.get(text.charAt(i))) {
            return null;
        }
        for (int n = Math.min(longest, text.length() - i); n >= shortest; n--) {
            String w = text.substring(i, i + n);
            if (words.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** Whether {@code word} is in the list. */
    boolean contains(String word) {
        return words.contains(word);
    }
}
