package org.yrdkg.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yrdkg.text.StructuredDocument;

/**
 * What extractors read besides the document: the gazetteer and the lexicons of {@code lexicon/}, loaded once and
 * shared. Its answers never change (it keeps the word boundaries read in the last few documents); safe to use from
 * several threads.
 */
public final class ExtractionContext {

    private final Gazetteer gazetteer;
    private final RegionFinder regions;
    private final ProjectLexicon projects;
    private final SectorLexicon sectors;
    private final RecentDocuments<Map<String, WordBoundaries>> words = new RecentDocuments<>(4);
    private final RecentDocuments<Map<ClauseKey, java.util.List<RegionFinder.Place>>> clausePlaces =
            new RecentDocuments<>(4);

    // A clause of a document: its paragraph, and where it lies in it.
    private record ClauseKey(int paragraph, int from, int to) {}

    private ExtractionContext() {
        gazetteer = Gazetteer.load();
        projects = new ProjectLexicon();
        regions = new RegionFinder(gazetteer, Lexicon.words("water-bodies.txt"), projects);
        sectors = new SectorLexicon();
    }

    /** The context, loaded from the classpath on first use and shared afterwards. */
    public static ExtractionContext load() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final ExtractionContext INSTANCE = new ExtractionContext();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The English label of a sector of the lexicon, or null. */
    public String sectorEnglish(String name) {
        SectorLexicon.Term t = sectors.terms.get(name);
        return t == null || t.en().isEmpty() ? null : t.en();
    }

    /** The head a project name of class {@code type} takes in its canonical form (铁路 for a railway), or "". */
    public String preferredProjectHead(org.apache.jena.rdf.model.Resource type) {
        return projects.preferredHead(type);
    }

    /**
     * The word boundaries of a text of {@code doc}: one reading per text, shared by the extractors of the document,
     * which check names in the same paragraphs and clauses.
     */
    WordBoundaries words(StructuredDocument doc, String text) {
        return words.get(doc, d -> new ConcurrentHashMap<>()).computeIfAbsent(text, WordBoundaries::new);
    }

    /**
     * The places of clause {@code [from, to)} of {@code text}, paragraph {@code paragraph} of {@code doc}, by {@link
     * RegionFinder#find} with the document's evidence: read once for the extractors that place what they find in a
     * clause (projects, sectors).
     */
    java.util.List<RegionFinder.Place> clausePlaces(StructuredDocument doc, int paragraph, String text, int from,
            int to) {
        Map<ClauseKey, java.util.List<RegionFinder.Place>> byClause =
                clausePlaces.get(doc, d -> new ConcurrentHashMap<>());
        return byClause.computeIfAbsent(new ClauseKey(paragraph, from, to), k -> {
            String clause = text.substring(from, to);
            return java.util.List.copyOf(regions.find(clause, regions.evidence(doc).prior(), words(doc, clause),
                    places(doc).findAll(text, from, to)));
        });
    }

    /** The gazetteer's names in the paragraphs of {@code doc}, each paragraph read once for all extractors. */
    DocumentPlaces places(StructuredDocument doc) {
        return DocumentPlaces.of(doc, gazetteer);
    }

    RegionFinder regions() {
        return regions;
    }

    ProjectLexicon projects() {
        return projects;
    }

    SectorLexicon sectors() {
        return sectors;
    }
}
