package org.yrdkg.extract;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import java.util.BitSet;

/**
 * Word boundaries of a text by HanLP's segmenter ({@link ViterbiWords}), around the spans asked about: a name whose
 * ends fall inside words (新发 in 新发展) is a fragment, not a name. One instance reads one text and remembers the
 * windows it segmented; safe to share between threads.
 */
final class WordBoundaries {

    // Words the genre uses as common words though the dictionary knows them as names (lexicon/common-words.txt).
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.copyOf(Lexicon.words("common-words.txt"));

    // Words around a name do not reach further than this; a window this wide on each side segments like the text.
    private static final int MARGIN = 12;

    // A text no longer than this (a clause, most often) is segmented whole, once: its names' windows would each cover
    // most of it, and a clause often has several names to check.
    private static final int WHOLE = 4 * MARGIN;

    // The segmenter's dictionaries: the words of a window's every reading come from these two (and from runs of
    // characters that are not words by themselves, digits, letters, numerals).
    private static final DoubleArrayTrie<CoreDictionary.Attribute> CORE = ViterbiWords.CORE;
    private static final DoubleArrayTrie<CoreDictionary.Attribute> CUSTOM = ViterbiWords.CUSTOM;

    private final String text;
    // Word starts of the windows segmented so far, by window: several names are often checked in one window (a
    // place's readings, a sector name's candidates that end alike).
    private final java.util.Map<Long, BitSet> windows = new java.util.concurrent.ConcurrentHashMap<>();
    // By position, the end of the longest dictionary word starting there plus one, 0 until read; made when first
    // needed. Threads sharing the instance may each read a position: they write the same value.
    private int[] longestEnds;

    WordBoundaries(String text) {
        this.text = text;
    }

    /**
     * Whether {@code [from, to)} starts and ends on word boundaries. Only a window around the span is segmented, so
     * the cost follows the names checked, not the length of the text.
     */
    boolean aligned(int from, int to) {
        return boundaries(from, to, true);
    }

    /**
     * Whether {@code [from, to)} ends on a word boundary, wherever it starts: the head of a compound (教育 in 文化教育,
     * 生态修复 in 水生态修复) ends where the word does; a fragment (化工 in 绿化工程, 深化工业) does not.
     */
    boolean endsWord(int from, int to) {
        return boundaries(from, to, false);
    }

    private boolean boundaries(int from, int to, boolean both) {
        // the ends of the text, and a character next to a punctuation mark, end a word without segmenting anything
        if ((!both || evident(from)) && evident(to)) {
            return true;
        }
        boolean whole = text.length() <= WHOLE;
        int a = whole ? 0 : Math.max(0, from - MARGIN);
        if ((!both || uncrossed(from, a)) && uncrossed(to, a)) {
            return true;
        }
        int b = whole ? text.length() : Math.min(text.length(), to + MARGIN);
        BitSet starts = windows.computeIfAbsent((long) a << 32 | b, k -> starts(a, b));
        return (!both || starts.get(from - a)) && starts.get(to - a);
    }

    /**
     * Whether {@code at} is a word boundary of every reading of a window starting at {@code a}, found without
     * segmenting: the characters on either side are Chinese characters, not numerals, the one after is a word by
     * itself, and no word of the segmenter's dictionaries starts in the window before {@code at} and ends after it.
     * Two thirds of the boundaries asked about are settled so (measured at ×10); the others are segmented.
     */
    private boolean uncrossed(int at, int a) {
        // words added at run time are not in CUSTOM: then every boundary is segmented
        if (at <= a || at >= text.length() || ViterbiWords.addedWords()) {
            return false;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (CharType.get(before) != CharType.CT_CHINESE || CharType.get(after) != CharType.CT_CHINESE
                || CORE.output(next(CORE, CORE.getBase()[0], after)) == null) {
            return false;
        }
        for (int i = a; i < at; i++) {
            if (longestWordEnd(i) > at) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of the longest word of either dictionary that starts at {@code i} ({@code i} when none does): a word
     * starting there crosses a boundary after {@code i} when this end lies beyond it. Read once per position, as the
     * windows of the names checked in one text overlap.
     */
    private int longestWordEnd(int i) {
        int[] ends = longestEnds;
        if (ends == null) {
            ends = new int[text.length()];
            longestEnds = ends;
        }
        int known = ends[i]; // 0: not yet read; else the end plus one
        if (known == 0) {
            known = Math.max(longestEnd(CORE, i), longestEnd(CUSTOM, i)) + 1;
            ends[i] = known;
        }
        return known - 1;
    }

    // The end of the longest word of dictionary that starts at i, or i.
    private int longestEnd(DoubleArrayTrie<CoreDictionary.Attribute> dictionary, int i) {
        int longest = i;
        int state = dictionary.getBase()[0];
        for (int j = i; j < text.length(); j++) {
            state = next(dictionary, state, text.charAt(j));
            if (state < 0) {
                break;
            }
            if (dictionary.output(state) != null) {
                longest = j + 1;
            }
        }
        return longest;
    }

    // The state after c, or -1: HanLP's transition reads its arrays unchecked, and a character no word holds may
    // point past their end.
    private static int next(DoubleArrayTrie<CoreDictionary.Attribute> dictionary, int state, char c) {
        return state + c + 1 < dictionary.getCheck().length ? dictionary.transition(c, state) : -1;
    }

    private boolean evident(int at) {
        if (at == 0 || at == text.length()) {
            return true;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        return Character.isIdeographic(before) && isMark(after) || isMark(before) && Character.isIdeographic(after);
    }

    // Punctuation that never joins a Chinese character in a word (not the dots of 3.5 or 马克·吐温).
    private static boolean isMark(char c) {
        return switch (Character.getType(c)) {
            case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION -> true;
            case Character.OTHER_PUNCTUATION -> "、，。；：！？".indexOf(c) >= 0;
            default -> false;
        };
    }

    private BitSet starts(int a, int b) {
        BitSet starts = new BitSet(b - a + 1);
        starts.set(0);
        ViterbiWords.Words words = ViterbiWords.of(text.substring(a, b));
        for (int end : words.ends()) {
            starts.set(end);
        }
        return starts;
    }

    /** The words of a short text, by the same segmenter. */
    static java.util.List<String> words(String text) {
        ViterbiWords.Words words = ViterbiWords.of(text);
        return java.util.stream.IntStream.range(0, words.size()).mapToObj(words::word).toList();
    }

    /** Whether HanLP's core dictionary knows {@code word} at all. */
    static boolean isKnownWord(String word) {
        return CoreDictionary.get(word) != null;
    }

    /**
     * Whether {@code word} is a common word: listed in {@code lexicon/common-words.txt}, or known to HanLP's core
     * dictionary only as a common word, never as a name.
     */
    static boolean isCommonWord(String word) {
        if (COMMON_WORDS.contains(word)) {
            return true;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n == Nature.ns || n == Nature.nsf || n == Nature.nz || n == Nature.nt || n == Nature.nr) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word that ends at {@code from} qualifies what follows as a noun or a name does (城市 of 城市中心区,
     * 南京 of 南京中心区); a verb, preposition, particle, conjunction, punctuation or the start of the text does not.
     */
    boolean qualifiedAt(int from) {
        int a = Math.max(0, from - MARGIN);
        ViterbiWords.Words words = ViterbiWords.of(text.substring(a, Math.min(text.length(), from + MARGIN)));
        Nature before = null;
        for (int k = 0; k < words.size(); k++) {
            if (a + words.ends()[k] == from) {
                before = words.natures()[k];
            }
        }
        if (before == null) {
            return false;
        }
        String n = before.toString();
        return n.startsWith("n") || n.startsWith("a") || n.startsWith("b") || n.startsWith("s") || n.startsWith("f")
                || n.startsWith("g") || n.startsWith("m") || n.startsWith("q");
    }
}
