package org.yrdkg.extract;

import java.util.Collection;
import java.util.Set;

/**
 * A list of words asked which of them starts at a position of a text, the longest first: 加快推进 before 加快. It
 * compares the text with the words that start with the character there, so its cost follows how many words share a
 * first character rather than the size of the list. Immutable; safe to share between threads.
 */
final class StartingWords {

    private final Set<String> words;
    // The characters a word of the list starts with: at most other positions no prefix needs looking up.
    private final java.util.BitSet firsts = new java.util.BitSet(Character.MAX_VALUE + 1);
    // The words by their first character (less the lowest first character), the longest first: a word is found by
    // comparing the text with the few words that start like it, with no prefix copied out of the text.
    private final String[][] byFirst;
    private final int lowestFirst;

    StartingWords(Collection<String> words) {
        this.words = Set.copyOf(words);
        this.words.stream().filter(w -> !w.isEmpty()).forEach(w -> firsts.set(w.charAt(0)));
        this.lowestFirst = Math.max(0, firsts.nextSetBit(0));
        this.byFirst = new String[Math.max(0, firsts.length() - lowestFirst)][];
        for (int c = firsts.nextSetBit(0); c >= 0; c = firsts.nextSetBit(c + 1)) {
            char first = (char) c;
            byFirst[c - lowestFirst] = this.words.stream().filter(w -> !w.isEmpty() && w.charAt(0) == first)
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
        }
    }

    /** The longest word of the list that {@code text} has at position {@code i}, or null (also for i out of range). */
    String at(String text, int i) {
        if (i < 0 || i >= text.length() || !firsts.get(text.charAt(i))) {
            return null;
        }
        for (String w : byFirst[text.charAt(i) - lowestFirst]) {
            if (text.startsWith(w, i)) {
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
