package org.yrdkg.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sector scheme of {@code lexicon/sectors.tsv}, the words of it that are also everyday nouns
 * ({@code lexicon/sector-everyday.txt}) and the list closers of {@code lexicon/sector-lists.txt}.
 */
final class SectorLexicon {

    /** A concept of the scheme; {@code broader} is empty for a top concept. */
    record Term(String name, String broader, String en, List<String> altNames) {}

    final Map<String, Term> terms = new LinkedHashMap<>();
    final PhraseMatcher<Term> names;
    /** A closer of a sector list: 等 or a count (十大, 八大重点) before a head of {@code sector-lists.txt}. */
    final LeadingScan closers;
    /** A list closed by 产业 or 行业 alone ("发展甲、乙、丙产业"), where the word ends there. */
    final Pattern bareClosers = Pattern.compile("(?:产业|行业)(?=$|[、和及与）)])");

    private final Map<String, Term> bySurface = new LinkedHashMap<>();
    private final Set<String> everyday;

    SectorLexicon() {
        for (String[] r : Lexicon.rows("sectors.tsv", 4)) {
            Term t = new Term(r[0], r[1], r[2], r[3].isEmpty() ? List.of() : List.of(r[3].split("\\|")));
            terms.put(t.name(), t);
            bySurface.put(t.name(), t);
            t.altNames().forEach(a -> bySurface.putIfAbsent(a, t));
        }
        names = new PhraseMatcher<>(bySurface);
        String heads = Lexicon.words("sector-lists.txt").stream().sorted(Comparator.comparing(String::length)
                .reversed()).map(Pattern::quote).collect(Collectors.joining("|"));
        String numerals = "一二三四五六七八九十两几";
        closers = new LeadingScan(Pattern.compile("(?:等|等?[" + numerals + "]+大)(?:" + heads + ")"),
                ("等" + numerals).chars().mapToObj(Character::toString).toList());
        everyday = Set.copyOf(Lexicon.words("sector-everyday.txt"));
    }

    /** The concept a surface names (a name or another name of it), or null. */
    Term term(String surface) {
        return bySurface.get(surface);
    }

    /** Whether a surface is also an everyday noun (船舶 ships, 汽车 cars; not 船舶制造). */
    boolean everyday(String surface) {
        return everyday.contains(surface);
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
