package org.yrdkg.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.yrdkg.text.DocumentParser;
import org.yrdkg.text.SourceReader;
import org.yrdkg.text.StructuredDocument;

/** Short documents for extractor tests, and their extraction as sorted lines. */
final class Snippets {

    private Snippets() {}

    static StructuredDocument doc(String text) {
        return DocumentParser.parse(SourceReader.decode("snippet.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    static Extraction extract(Extractor extractor, String text) {
        return extractor.extract(doc(text), ExtractionContext.load());
    }

    /** "surface → key name type" per entity mention, sorted. */
    static List<String> entities(Extraction e) {
        TreeSet<String> lines = new TreeSet<>();
        e.entities().forEach(m -> lines.add(m.mention().surface() + " → " + m.key() + " " + m.name() + " "
                + m.type().getLocalName()));
        return List.copyOf(lines);
    }

    /** The entity names of one class, sorted. */
    static List<String> names(Extraction e, String type) {
        return e.entities().stream().filter(m -> m.type().getLocalName().equals(type)).map(EntityMention::name)
                .distinct().sorted().toList();
    }

    /** "subject property object-or-value" per relation mention, sorted. */
    static List<String> relations(Extraction e) {
        TreeSet<String> lines = new TreeSet<>();
        e.relations().forEach(r -> lines.add(r.subject() + " " + r.property().getLocalName() + " "
                + (r.object() != null ? r.object() : r.value().asResource().getLocalName())));
        return List.copyOf(lines);
    }
}
