package org.yrdkg.extract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yrdkg.text.StructuredDocument;

/**
 * The gazetteer's names in the paragraphs of a document, each paragraph read once, when first asked. The region
 * extractor reads places in whole paragraphs, the sector and project extractors in clauses, the actor reader in
 * sentences, and the document's evidence of its provinces in whole paragraphs again; the names of a stretch are those
 * of its paragraph that lie inside it, so one pass of the automaton serves them all. Safe to share between threads.
 */
final class DocumentPlaces {

    // The extractors of one document follow one another: the last few documents are enough.
    private static final RecentDocuments<DocumentPlaces> RECENT = new RecentDocuments<>(4);

    private final Gazetteer gazetteer;
    private final Map<String, NameMatcher.Index> byText = new ConcurrentHashMap<>();

    private DocumentPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The places of {@code doc} by {@code gazetteer}. */
    static DocumentPlaces of(StructuredDocument doc, Gazetteer gazetteer) {
        DocumentPlaces places = RECENT.get(doc, d -> new DocumentPlaces(gazetteer));
        return places.gazetteer == gazetteer ? places : new DocumentPlaces(gazetteer);
    }

    /**
     * What {@code gazetteer.findAll(text.substring(from, to))} finds, offsets in the stretch. {@code text} is the text
     * of a paragraph of the document, or any text its extractors read in stretches: each is read once.
     */
    List<GazetteerHit> findAll(String text, int from, int to) {
        return byText.computeIfAbsent(text, gazetteer::index).findAll(from, to);
    }

    /** What {@code gazetteer.findAll(text)} finds. */
    List<GazetteerHit> findAll(String text) {
        return findAll(text, 0, text.length());
    }
}
