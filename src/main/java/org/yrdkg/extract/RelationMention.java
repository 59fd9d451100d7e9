package org.yrdkg.extract;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A statement an extractor reads from a span: between two entities ({@code object} set) or from an entity to a
 * value or controlled term ({@code value} set). Subject and object are keys as in {@link EntityMention#key()}.
 *
 * @param subject  key of the subject
 * @param property the property (a {@code Yrd} or SKOS constant)
 * @param object   key of the object entity, or null
 * @param value    the value, or null
 * @param evidence the span that states it
 */
public record RelationMention(String subject, Property property, String object, RDFNode value, Mention evidence) {

    public RelationMention {
        if ((object == null) == (value == null)) {
            throw new IllegalArgumentException("a relation mention has either an object or a value");
        }
    }
}
