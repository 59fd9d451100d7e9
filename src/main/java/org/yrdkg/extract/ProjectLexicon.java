package org.yrdkg.extract;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.vocab.Yrd;

/**
 * The cue words of project names: head nouns with the class they give, the words that end a name on its left, the
 * modifiers that do not make a name proper, and the per-class canonical heads. Read from {@code lexicon/project-*}.
 */
final class ProjectLexicon {

    /** A head noun; {@code type} null means the class comes from context, {@code ignored} marks a common word. */
    record Head(String text, Resource type, Resource fallback, boolean ignored) {}

    final PhraseMatcher<Head> heads;
    final PhraseMatcher<Boolean> stops;
    final PhraseMatcher<Boolean> generic;
    // A code of letters and digits in a name (G60, S2), and what numbers a name rather than naming it.
    private static final java.util.regex.Pattern LETTERS_DIGITS = java.util.regex.Pattern.compile(".*[A-Za-z]+\\d+.*");
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("[\\d（）()·\\-－—]");
    // The genre's names of water transfers name rivers by one character: 引江济淮, 引黄济青, 引江济太, 引滦入津.
    private static final java.util.regex.Pattern WATER_TRANSFER =
            java.util.regex.Pattern.compile("[引调][\\p{IsHan}]{1,2}[济入补][\\p{IsHan}]{1,2}");
    final PhraseMatcher<Boolean> listClasses;
    final PhraseMatcher<Resource> typeCues;
    final PhraseMatcher<Resource> stages;
    final PhraseMatcher<Boolean> portContext;
    final PhraseMatcher<Boolean> riverContext;
    private final Set<String> placeHeads;
    private final Map<Resource, String> preferredHead = new HashMap<>();
    private final Map<Resource, Set<String>> sameHeads = new HashMap<>();
    private final Map<Resource, List<String>> sameHeadsLongestFirst = new java.util.concurrent.ConcurrentHashMap<>();

    ProjectLexicon() {
        Map<String, Head> h = new LinkedHashMap<>();
        for (String[] r : Lexicon.rows("project-heads.tsv", 3)) {
            boolean context = r[1].equals("context");
            boolean none = r[1].equals("none");
            h.put(r[0], new Head(r[0], context || none ? null : cls(r[1]), context ? cls(r[2]) : null, none));
        }
        heads = new PhraseMatcher<>(h);
        Map<String, Boolean> stopWords = new LinkedHashMap<>();
        Lexicon.words("project-stops.txt").forEach(w -> stopWords.put(w.replace("!", ""), !w.startsWith("!")));
        stops = new PhraseMatcher<>(stopWords);
        generic = new PhraseMatcher<>(flags(Lexicon.words("project-generic.txt")));
        listClasses = new PhraseMatcher<>(flags(Lexicon.words("project-list-classes.txt")));
        typeCues = new PhraseMatcher<>(table("project-type-cues.tsv"));
        stages = new PhraseMatcher<>(table("stage-cues.tsv"));
        portContext = new PhraseMatcher<>(flags(Lexicon.words("project-port-context.txt")));
        riverContext = new PhraseMatcher<>(flags(Lexicon.words("project-river-context.txt")));
        placeHeads = Set.copyOf(Lexicon.words("project-place-heads.txt"));
        for (String[] r : Lexicon.rows("project-types.tsv", 3)) {
            preferredHead.put(cls(r[0]), r[1]);
            sameHeads.put(cls(r[0]), Set.copyOf(r[2].isEmpty() ? List.of(r[1]) : concat(r[1], r[2].split("\\|"))));
        }
    }

    /** The head a bare name of class {@code type} takes in its canonical name (沪苏湖 → 沪苏湖铁路). */
    String preferredHead(Resource type) {
        return preferredHead.getOrDefault(type, "");
    }

    /** The heads that name the same kind of thing for class {@code type} (铁路, 高铁, 城际 for a railway). */
    Set<String> sameHeads(Resource type) {
        return sameHeads.getOrDefault(type, Set.of());
    }

    /** {@link #sameHeads}, longest first: a name ends in at most one head of each length. */
    List<String> sameHeadsLongestFirst(Resource type) {
        return sameHeadsLongestFirst.computeIfAbsent(type,
                t -> sameHeads(t).stream().sorted((a, b) -> b.length() - a.length()).toList());
    }

    /**
     * Whether a modifier makes a project name proper: it names a place, a water body or a composite abbreviation,
     * has a Latin code (G60), or keeps two characters or more once the generic modifiers are taken off that are not
     * one common word (进港 is not a name).
     */
    boolean isProper(String modifier, Gazetteer gazetteer, RegionFinder regions) {
        if (modifier.isEmpty() || heads.findAll(modifier).stream().anyMatch(m -> m.from() == 0)) {
            return false;
        }
        if (namesPlace(modifier, gazetteer) || LETTERS_DIGITS.matcher(modifier).matches()) {
            return true;
        }
        StringBuilder rest = new StringBuilder(modifier);
        for (PhraseMatcher.Match<Boolean> m : generic.findAll(modifier)) {
            for (int i = m.from(); i < m.to(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        String remainder = NUMBERING.matcher(rest.toString().replace(" ", "")).replaceAll("");
        if (remainder.length() >= 2 && CompositeNameDecoder.decode(remainder, gazetteer).isPresent()) {
            return true;
        }
        return remainder.length() > 2 || remainder.length() == 2 && !isCommonWord(remainder);
    }

    /**
     * Whether a name of head {@code head} with this modifier is one zone or work rather than a kind of them: for the
     * heads of {@code project-place-heads.txt}, and for a head read from context that no cue word types, the modifier
     * must name a place, a water body or a composite abbreviation, or hold a code (G60).
     */
    boolean namesOne(String modifier, Head head, Gazetteer gazetteer, RegionFinder regions) {
        boolean needsPlace = needsPlace(head)
                || head.type() == null && typeCues.findAll(modifier + head.text()).isEmpty();
        if (!needsPlace || LETTERS_DIGITS.matcher(modifier).matches() || namesPlace(modifier, gazetteer)
                || regions.namesWater(modifier) || WATER_TRANSFER.matcher(modifier).find()
                || CountryPairs.names(modifier)) {
            return true;
        }
        String rest = modifier;
        for (PhraseMatcher.Match<Boolean> m : generic.findAll(modifier)) {
            rest = rest.replace(m.phrase(), " ");
        }
        // A composite abbreviation opening a word of the rest (合芜蚌 of 合芜蚌自主创新).
        for (String w : rest.split(" ")) {
            for (int n = Math.min(4, w.length()); n >= 2; n--) {
                if (CompositeNameDecoder.decode(w.substring(0, n), gazetteer).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a name of {@code head} is a kind unless a place or a code names one (project-place-heads.txt). */
    boolean needsPlace(Head head) {
        return placeHeads.contains(head.text());
    }

    // A county's or town's short name that is a generic modifier or a common word (坑口 of 坑口乡, 惠民 of 惠民县 or
    // 惠民街道) is too weak.
    private boolean namesPlace(String modifier, Gazetteer gazetteer) {
        return gazetteer.findAll(modifier).stream().anyMatch(h -> h.candidates().stream().anyMatch(e ->
                !(e instanceof Division d) || d.level() == Division.Level.PROVINCE
                        || d.level() == Division.Level.PREFECTURE || d.name().equals(h.surface())
                        || generic.findAll(h.surface()).isEmpty() && !WordBoundaries.isCommonWord(h.surface())));
    }

    private static boolean isCommonWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n == Nature.ns || n == Nature.nz || n == Nature.nt || n == Nature.nsf) {
                return false;
            }
        }
        return true;
    }

    /** The stop words of {@code text}, without the protected words that merely contain one. */
    List<PhraseMatcher.Match<Boolean>> stopsIn(String text) {
        // A verb before 性 makes an adjective, not a boundary (保护性修复, 开发性金融).
        return stops.findAll(text).stream().filter(PhraseMatcher.Match::value)
                .filter(m -> m.to() >= text.length() || text.charAt(m.to()) != '性').toList();
    }

    static Resource cls(String localName) {
        return org.apache.jena.rdf.model.ResourceFactory.createResource(Yrd.NS + localName);
    }

    private static Map<String, Boolean> flags(List<String> words) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        words.forEach(w -> m.put(w, true));
        return m;
    }

    private static Map<String, Resource> table(String file) {
        Map<String, Resource> m = new LinkedHashMap<>();
        Lexicon.rows(file, 2).forEach(r -> m.put(r[0], cls(r[1])));
        return m;
    }

    private static List<String> concat(String first, String[] rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(List.of(rest));
        all.add(first);
        return all;
    }
}
