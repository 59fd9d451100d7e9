package org.yrdkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.BitSet;

/**
 * Word boundaries of a text by HanLP's segmenter, computed on first use: a name whose ends fall inside words (新发 in
 * 新发展) is a fragment, not a name.
 */
final class WordBoundaries {

    /**
     * Dictionary-based Viterbi segmentation without HanLP's statistical name recognisers: names are the gazetteer's
     * business, and the recognisers cost most of the time (they are what makes HanLP.segment run at ~0.15 M chars/s).
     */
    private static final Segment SEGMENT = HanLP.newSegment("viterbi").enableNameRecognize(false)
            .enablePlaceRecognize(false).enableOrganizationRecognize(false).enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false).enableNumberQuantifierRecognize(false);

    private final String text;
    private BitSet starts;

    WordBoundaries(String text) {
        this.text = text;
    }

    /** Whether {@code [from, to)} starts and ends on word boundaries. */
    boolean aligned(int from, int to) {
        if (starts == null) {
            starts = new BitSet(text.length() + 1);
            int at = 0;
            for (Term t : SEGMENT.seg(text)) {
                starts.set(at);
                at += t.word.length();
            }
            starts.set(at);
        }
        return starts.get(from) && starts.get(to);
    }

    /** Whether HanLP's core dictionary knows {@code word} at all. */
    static boolean isKnownWord(String word) {
        return CoreDictionary.get(word) != null;
    }

    /** Whether HanLP's core dictionary knows {@code word} only as a common word, never as a name. */
    static boolean isCommonWord(String word) {
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
}
