package org.yrdkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a text as HanLP's Viterbi segmenter reads them with its recognisers off ({@link #HANLP}), computed
 * over HanLP's own dictionaries without its objects: the same lattice (the core dictionary's words, atoms where no
 * word starts), the same weights (the bigram table, to the bit), the same ties (the first path found is kept), and
 * the same merging of the path's words by the custom dictionary. It gives the same words and natures as {@link
 * #HANLP} (tested on the seeds' clauses and windows, and on random texts), in two thirds of the time or less, as it
 * makes no objects per word and keeps the weights of the edges it met last: word boundaries are asked about for
 * every place and sector name checked.
 *
 * <p>Where HanLP is configured otherwise than its defaults assume (normalisation on, words added to the custom
 * dictionary at run time), the text is handed to {@link #HANLP} itself.
 */
final class ViterbiWords {

    /** HanLP's segmenter read the same way: dictionary-based Viterbi, no statistical recognisers. */
    static final Segment HANLP = HanLP.newSegment("viterbi").enableNameRecognize(false)
            .enablePlaceRecognize(false).enableOrganizationRecognize(false).enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false).enableNumberQuantifierRecognize(false);

    /** The segmenter's dictionaries: the core dictionary and the custom dictionary's array. */
    static final DoubleArrayTrie<CoreDictionary.Attribute> CORE = CoreDictionary.trie;
    static final DoubleArrayTrie<CoreDictionary.Attribute> CUSTOM = HANLP.customDictionary.dat;
    private static final int[] CORE_BASE = CORE.getBase();
    private static final int[] CORE_CHECK = CORE.getCheck();
    private static final int[] CUSTOM_BASE = CUSTOM.getBase();
    private static final int[] CUSTOM_CHECK = CUSTOM.getCheck();

    // By index of a core dictionary word, as HanLP's vertex compiles it (Vertex.compileRealWord): a word with one
    // nature that is a name, a number, a string of letters or a time stands for its class (未##地, 未##数 …) in the
    // bigram table, and a number, letters or a time takes that class's frequency and nature too.
    private static final int[] WORD_ID;
    private static final int[] WORD_FREQUENCY;
    private static final Nature[] WORD_NATURE;

    static {
        int n = CORE.size();
        WORD_ID = new int[n];
        WORD_FREQUENCY = new int[n];
        WORD_NATURE = new Nature[n];
        for (int i = 0; i < n; i++) {
            CoreDictionary.Attribute a = CORE.getValueAt(i);
            int id = i;
            if (a.nature.length == 1) {
                Nature nature = a.nature[0];
                if (nature.startsWith("nr")) {
                    id = CoreDictionary.NR_WORD_ID;
                } else if (nature.startsWith("ns")) {
                    id = CoreDictionary.NS_WORD_ID;
                } else if (nature == Nature.nx) {
                    id = CoreDictionary.NX_WORD_ID == -1 ? CoreDictionary.X_WORD_ID : CoreDictionary.NX_WORD_ID;
                } else if (nature.startsWith("nt") || nature == Nature.nit) {
                    id = CoreDictionary.NT_WORD_ID;
                } else if (nature.startsWith('m')) {
                    id = CoreDictionary.M_WORD_ID;
                    a = CoreDictionary.get(id);
                } else if (nature.startsWith('x')) {
                    id = CoreDictionary.X_WORD_ID;
                    a = CoreDictionary.get(id);
                } else if (nature == Nature.t) {
                    id = CoreDictionary.T_WORD_ID;
                    a = CoreDictionary.get(id);
                }
            }
            WORD_ID[i] = id;
            WORD_FREQUENCY[i] = a.totalFrequency;
            WORD_NATURE[i] = a.nature[0];
        }
    }

    // What decides a vertex's weights (its word id and frequency): a core dictionary word's index, else one of these.
    private static final int OOV = CORE.size() + 1;
    private static final int BEGIN = OOV + 3;
    private static final int END = OOV + 4;

    /**
     * The weights of the edges met lately, by the kinds of their two ends: the genre's texts use the same words over
     * and over, and a weight costs a binary search of the bigram table and a logarithm. Direct-mapped, one per thread.
     */
    private static final class Edges {
        private static final int SIZE = 1 << 14;
        private final long[] keys = new long[SIZE];
        private final double[] weights = new double[SIZE];

        Edges() {
            Arrays.fill(keys, -1);
        }

        double weight(Lattice lattice, int a, int b) {
            long key = (long) lattice.kind[a] << 32 | lattice.kind[b];
            int slot = (int) (key ^ key >>> 29 ^ key >>> 17) & (SIZE - 1);
            if (keys[slot] == key) {
                return weights[slot];
            }
            double w = lattice.edge(a, b);
            keys[slot] = key;
            weights[slot] = w;
            return w;
        }
    }

    private static final ThreadLocal<Edges> EDGES = ThreadLocal.withInitial(Edges::new);

    /** A text's words: the end of each (exclusive) and its nature, in text order. */
    record Words(String text, int[] ends, Nature[] natures) {
        int size() {
            return ends.length;
        }

        int start(int k) {
            return k == 0 ? 0 : ends[k - 1];
        }

        String word(int k) {
            return text.substring(start(k), ends[k]);
        }
    }

    private ViterbiWords() {}

    /** The words of {@code text}. */
    static Words of(String text) {
        if (HanLP.Config.Normalization || addedWords() || text.isEmpty()) {
            return byHanLP(text);
        }
        return new Lattice(text).words();
    }

    /**
     * Whether words were added to the custom dictionary at run time: HanLP keeps them apart from {@link #CUSTOM}, and
     * merges by them after the array's merges. None are; if some were, texts go to {@link #HANLP} itself.
     */
    static boolean addedWords() {
        return HANLP.customDictionary.trie != null && HANLP.customDictionary.trie.size() > 0;
    }

    /** The words of {@code text} by {@link #HANLP} itself. */
    static Words byHanLP(String text) {
        List<Term> terms = HANLP.seg(text);
        int[] ends = new int[terms.size()];
        Nature[] natures = new Nature[terms.size()];
        int at = 0;
        for (int k = 0; k < ends.length; k++) {
            at += terms.get(k).word.length();
            ends[k] = at;
            natures[k] = terms.get(k).nature;
        }
        return new Words(text, ends, natures);
    }

    /**
     * HanLP's word net of a text (WordNet and WordBasedSegment.generateWordNet) in arrays: line {@code l} holds the
     * vertices of the words starting at character {@code l - 1}, in the order HanLP adds them; line 0 the start and
     * the last line the end.
     */
    private static final class Lattice {
        private final String text;
        private final Edges edges = EDGES.get();
        private final int lines;
        private final int[] first;
        private final int[] last;
        private int size;
        private int[] line = new int[32];
        private int[] length = new int[32];
        private int[] id = new int[32];
        private int[] frequency = new int[32];
        private int[] kind = new int[32];
        private Nature[] nature = new Nature[32];
        private int[] next = new int[32];
        private int[] from = new int[32];
        private double[] weight = new double[32];

        Lattice(String text) {
            this.text = text;
            this.lines = text.length() + 2;
            first = new int[lines];
            last = new int[lines];
            Arrays.fill(first, -1);
            int edge = Predefine.TOTAL_FREQUENCY / 10;
            add(0, 1, CoreDictionary.BEGIN_WORD_ID, edge, Nature.begin, BEGIN);
            add(lines - 1, 1, CoreDictionary.END_WORD_ID, edge, Nature.end, END);
            dictionaryWords();
            atoms();
        }

        // WordNet.add: a line holds one vertex of each length, the first added.
        private void add(int l, int len, int wordId, int freq, Nature n, int k) {
            for (int v = first[l]; v >= 0; v = next[v]) {
                if (length[v] == len) {
                    return;
                }
            }
            if (size == line.length) {
                int c = size * 2;
                line = Arrays.copyOf(line, c);
                length = Arrays.copyOf(length, c);
                id = Arrays.copyOf(id, c);
                frequency = Arrays.copyOf(frequency, c);
                kind = Arrays.copyOf(kind, c);
                nature = Arrays.copyOf(nature, c);
                next = Arrays.copyOf(next, c);
                from = Arrays.copyOf(from, c);
                weight = Arrays.copyOf(weight, c);
            }
            int v = size++;
            line[v] = l;
            length[v] = len;
            id[v] = wordId;
            frequency[v] = freq;
            kind[v] = k;
            nature[v] = n;
            next[v] = -1;
            from[v] = -1;
            if (first[l] < 0) {
                first[l] = v;
            } else {
                next[last[l]] = v;
            }
            last[l] = v;
        }

        // The core dictionary's words, by start and then by length, as its Searcher finds them.
        private void dictionaryWords() {
            for (int begin = 0; begin < text.length(); begin++) {
                int b = CORE_BASE[0];
                for (int i = begin; i < text.length(); i++) {
                    int p = b + text.charAt(i) + 1;
                    if (p >= CORE_CHECK.length || b != CORE_CHECK[p]) {
                        break;
                    }
                    b = CORE_BASE[p];
                    int n = CORE_BASE[b];
                    if (b == CORE_CHECK[b] && n < 0) {
                        int index = -n - 1;
                        add(begin + 1, i - begin + 1, WORD_ID[index], WORD_FREQUENCY[index], WORD_NATURE[index], index);
                    }
                }
            }
        }

        // Atoms where no word starts, so that the net is connected (WordBasedSegment.generateWordNet).
        private void atoms() {
            for (int i = 1; i < lines; ) {
                if (first[i] < 0) {
                    int j = i + 1;
                    for (; j < lines - 1; ++j) {
                        if (first[j] >= 0 && CharType.get(text.charAt(j - 1)) != CharType.CT_CNUM) {
                            break;
                        }
                    }
                    atoms(i, i - 1, j - 1);
                    i = j;
                } else {
                    i += length[last[i]];
                }
            }
        }

        // Segment.quickAtomSegment of [start, end), each atom added as WordNet.add(line, List<AtomNode>) adds it.
        private void atoms(int l, int start, int end) {
            int offset = start;
            int preType = CharType.get(text.charAt(offset));
            int atomStart = start;
            while (++offset < end) {
                int curType = CharType.get(text.charAt(offset));
                if (curType != preType) {
                    // a decimal point or a thousands separator between digits joins them
                    if (preType == CharType.CT_NUM && "，,．.".indexOf(text.charAt(offset)) != -1
                            && offset + 1 < end && CharType.get(text.charAt(offset + 1)) == CharType.CT_NUM) {
                        continue;
                    }
                    atom(l + atomStart - start, offset - atomStart, preType);
                    atomStart = offset;
                }
                preType = curType;
            }
            if (offset == end) {
                atom(l + atomStart - start, offset - atomStart, preType);
            }
        }

        private void atom(int l, int len, int type) {
            Nature n = Nature.n;
            int wordId = -1;
            switch (type) {
                case CharType.CT_NUM, CharType.CT_INDEX, CharType.CT_CNUM -> {
                    n = Nature.m;
                    wordId = CoreDictionary.M_WORD_ID;
                }
                case CharType.CT_DELIMITER, CharType.CT_OTHER -> n = Nature.w;
                case CharType.CT_SINGLE -> {
                    n = Nature.nx;
                    wordId = CoreDictionary.X_WORD_ID;
                }
                default -> { }
            }
            add(l, len, wordId, Predefine.OOV_DEFAULT_FREQUENCY, n,
                    OOV + (wordId == -1 ? 0 : wordId == CoreDictionary.M_WORD_ID ? 1 : 2));
        }

        // ViterbiSegment.viterbi: the lightest path, a vertex keeping the first of equally light ones.
        private int[] path() {
            for (int v = first[1]; v >= 0; v = next[v]) {
                relax(0, v);
            }
            for (int i = 1; i < lines - 1; ++i) {
                for (int v = first[i]; v >= 0; v = next[v]) {
                    if (from[v] < 0) {
                        continue;
                    }
                    for (int to = first[i + length[v]]; to >= 0; to = next[to]) {
                        relax(v, to);
                    }
                }
            }
            int n = 0;
            for (int v = first[lines - 1]; v >= 0; v = from[v]) {
                n++;
            }
            int[] path = new int[n];
            for (int v = first[lines - 1], k = n - 1; k >= 0; v = from[v], k--) {
                path[k] = v;
            }
            return path;
        }

        // Vertex.updateFrom.
        private void relax(int a, int b) {
            double w = weight[a] + edges.weight(this, a, b);
            if (from[b] < 0 || weight[b] > w) {
                from[b] = a;
                weight[b] = w;
            }
        }

        // MathUtility.calculateWeight, the same operations in the same order.
        double edge(int a, int b) {
            int fFrom = frequency[a];
            int fBigram = CoreBiGramTableDictionary.getBiFrequency(id[a], id[b]);
            int fTo = frequency[b];
            return -Math.log(Predefine.lambda * (Predefine.myu * fBigram / (fFrom + 1) + 1 - Predefine.myu)
                    + (1 - Predefine.lambda) * fTo / Predefine.TOTAL_FREQUENCY);
        }

        // The path's words, merged where the custom dictionary holds a run of them (Segment.combineByCustomDictionary).
        Words words() {
            int[] path = path();
            int n = path.length - 2;
            int[] ends = new int[n];
            Nature[] natures = new Nature[n];
            int[] starts = new int[n + 1];
            for (int k = 0; k < n; k++) {
                starts[k] = line[path[k + 1]] - 1;
                natures[k] = nature[path[k + 1]];
            }
            starts[n] = text.length();
            int out = 0;
            for (int i = 0; i < n; i++) {
                int state = transition(1, starts[i], starts[i + 1]);
                int end = i + 1;
                Nature merged = null;
                if (state > 0) {
                    merged = output(state);
                    for (int to = i + 1; to < n; to++) {
                        state = transition(state, starts[to], starts[to + 1]);
                        if (state < 0) {
                            break;
                        }
                        Nature found = output(state);
                        if (found != null) {
                            merged = found;
                            end = to + 1;
                        }
                    }
                }
                ends[out] = starts[end];
                natures[out] = merged != null ? merged : natures[i];
                out++;
                if (merged != null) {
                    i = end - 1;
                }
            }
            return new Words(text, Arrays.copyOf(ends, out), Arrays.copyOf(natures, out));
        }

        // DoubleArrayTrie.transition over text[from, to), -1 where it fails (or where HanLP's would read past its
        // array).
        private int transition(int state, int from, int to) {
            int b = state;
            for (int i = from; i < to; i++) {
                int p = b + text.charAt(i) + 1;
                if (p >= CUSTOM_CHECK.length || b != CUSTOM_CHECK[p]) {
                    return -1;
                }
                b = CUSTOM_BASE[p];
            }
            return b;
        }

        // The first nature of the custom dictionary's word ending in this state, or null.
        private Nature output(int state) {
            int n = CUSTOM_BASE[state];
            return state == CUSTOM_CHECK[state] && n < 0 ? CUSTOM.getValueAt(-n - 1).nature[0] : null;
        }
    }
}
