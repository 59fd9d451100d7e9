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
