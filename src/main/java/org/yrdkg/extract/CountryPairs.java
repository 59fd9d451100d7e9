package org.yrdkg.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names of bilateral works and zones: the word 中 followed by a foreign country's one-character abbreviation
 * (中俄东线, 中德中小企业合作区, 中欧班列), from {@code lexicon/country-abbreviations.tsv}. Read on word boundaries, so
 * 集中新建 (集中 | 新建) is no pair.
 */
final class CountryPairs {

    private static final Set<Character> ABBREVIATIONS = Lexicon.rows("country-abbreviations.tsv", 3).stream()
            .map(r -> r[0].charAt(0)).collect(Collectors.toUnmodifiableSet());

    private CountryPairs() {}

    /** Whether {@code text} names a pair of China and a foreign country. */
    static boolean names(String text) {
        if (text.indexOf('中') < 0) {
            return false;
        }
        List<String> words = WordBoundaries.words(text);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean pairWord = w.length() == 2 && w.charAt(0) == '中' && ABBREVIATIONS.contains(w.charAt(1));
            boolean split = w.equals("中") && i + 1 < words.size()
                    && ABBREVIATIONS.contains(words.get(i + 1).charAt(0));
            if (pairWord || split) {
                return true;
            }
        }
        return false;
    }
}
