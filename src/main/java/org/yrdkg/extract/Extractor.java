package org.yrdkg.extract;

import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.text.StructuredDocument;

/**
 * Reads one kind of fact from a structured document.
 *
 * <p>Contract: {@link #extract} is a pure function of the document and the context: it keeps no state between calls,
 * changes neither argument, never reads files or the network (the context has loaded every lexicon), and gives equal
 * results for equal inputs. It never fails on odd text: a document naming nothing gives {@link Extraction#empty()},
 * and its running time grows linearly with the text, clause breaks or none (measured to 640,000 characters of one
 * sentence and of one list: {@code bench/LongSentenceBench.java}).
 * Mention spans lie inside the paragraph they name ({@link org.yrdkg.text.Paragraph#text()}).
 */
public interface Extractor {

    /** A short stable name, e.g. {@code regions}. */
    String name();

    /** The classes of the entities it produces (top classes, e.g. {@code Yrd.Region}). */
    Set<Resource> produces();

    /** The mentions of entities and relations of its kind in {@code doc}. */
    Extraction extract(StructuredDocument doc, ExtractionContext ctx);
}
