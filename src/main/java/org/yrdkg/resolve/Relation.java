package org.yrdkg.resolve;

import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.yrdkg.extract.Mention;

/**
 * A statement about an entity: to another entity ({@code object} set) or to a value or a
 * controlled term ({@code value} set: a literal, or an individual such as {@code yrd:UnderConstruction}).
 *
 * @param subject id of the subject entity
 * @param property the property (a {@code Yrd} constant)
 * @param object id of the object entity, or null
 * @param value the value, or null
 * @param evidence the spans that state it, in every file; may be empty for facts that come from a
 *     reference source rather than the text (the region hierarchy from GB/T 2260)
 */
public record Relation(String subject, Property property, String object, RDFNode value, List<Mention> evidence) {
  public Relation {
    if ((object == null) == (value == null)) {
      throw new IllegalArgumentException("a relation has either an object entity or a value");
    }
  }
}
