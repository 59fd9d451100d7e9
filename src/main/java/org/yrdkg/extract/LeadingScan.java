package org.yrdkg.extract;

import java.util.BitSet;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose every match starts with one of a known set of characters, found in a text as {@link Matcher#find()}
 * finds it, but tried only where such a character stands. {@code find()} tries the pattern at every position, and a
 * leading character class of many single characters (the first characters of a lexicon) is tested one character of
 * the class after another; a bit set answers at once.
 */
final class LeadingScan {
    private final Pattern pattern;
    private final BitSet leading = new BitSet();

    /**
     * @param pattern a pattern every match of which starts with the first character of one of {@code starts}
     * @param starts  words whose first characters are where matches may start
     */
    LeadingScan(Pattern pattern, Collection<String> starts) {
        this.pattern = pattern;
        for (String s : starts) {
            if (!s.isEmpty()) {
                leading.set(s.charAt(0)); // a supplementary character: its high surrogate
            }
        }
    }

    Pattern pattern() {
        return pattern;
    }

    /** The matches in {@code text}, from its start. */
    Hits in(String text) {
        return new Hits(pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false), text, leading);
    }

    /** The matches of one text, read in turn as with {@link Matcher#find()}. */
    static final class Hits {
        private final Matcher m;
        private final String text;
        private final BitSet leading;
        private int next;

        private Hits(Matcher m, String text, BitSet leading) {
            this.m = m;
            this.text = text;
            this.leading = leading;
        }

        /** Moves to the next match; false when there is none. */
        boolean find() {
            for (int i = next; i < text.length(); i++) {
                if (leading.get(text.charAt(i))) {
                    m.region(i, text.length());
                    if (m.lookingAt()) {
                        next = m.end() > i ? m.end() : i + 1;
                        return true;
                    }
                }
            }
            next = text.length();
            return false;
        }

        int start() {
            return m.start();
        }

        int end() {
            return m.end();
        }

        String group() {
            return m.group();
        }

        String group(String name) {
            return m.group(name);
        }
    }
}
