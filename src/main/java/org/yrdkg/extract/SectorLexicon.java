package org.yrdkg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sector scheme of {@code lexicon/sectors.tsv} and the list closers of {@code lexicon/sector-lists.txt}. */
final class SectorLexicon {

    /** A concept of the scheme; {@code broader} is empty for a top concept. */
    record Term(String name, String broader, String en, List<String> altNames) {}

    final Map<String, Term> terms = new LinkedHashMap<>();
    final PhraseMatcher<Term> names;
    final PhraseMatcher<Boolean> closers;

    SectorLexicon() {
        Map<String, Term> bySurface = new LinkedHashMap<>();
        for (String[] r : Lexicon.rows("sectors.tsv", 4)) {
            Term t = new Term(r[0], r[1], r[2], r[3].isEmpty() ? List.of() : List.of(r[3].split("\\|")));
            terms.put(t.name(), t);
            bySurface.put(t.name(), t);
            t.altNames().forEach(a -> bySurface.putIfAbsent(a, t));
        }
        names = new PhraseMatcher<>(bySurface);
        Map<String, Boolean> c = new LinkedHashMap<>();
        Lexicon.words("sector-lists.txt").forEach(w -> c.put(w, true));
        closers = new PhraseMatcher<>(c);
    }

    /** The top concept a list closer places its unknown items under (等服务业 → 服务业), or "". */
    String broaderOf(String closer) {
        for (Term t : terms.values()) {
            if (t.broader().isEmpty() && closer.contains(t.name())) {
                return t.name();
            }
        }
        return "";
    }
}
