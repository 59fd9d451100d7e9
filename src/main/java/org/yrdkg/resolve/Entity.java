package org.yrdkg.resolve;

import java.util.List;
import java.util.SortedSet;
import org.apache.jena.rdf.model.Resource;
import org.yrdkg.extract.Mention;

/**
 * One real-world thing of the graph.
 *
 * @param id identity key, unique in a knowledge base and stable across builds: the top class's
 *     IRI path segment and the GB/T 2260 code or the canonical name ("region/320623",
 *     "project/沪苏湖铁路"); the RDF layer turns it into an IRI
 * @param type the most specific class (a {@code Yrd} constant)
 * @param name canonical Chinese name
 * @param code GB/T 2260 code for administrative divisions, else null
 * @param en English name where known, else null
 * @param altNames every other spelling seen, sorted
 * @param mentions every span that names it, in every file
 */
public record Entity(String id, Resource type, String name, String code, String en, SortedSet<String> altNames,
    List<Mention> mentions) {}
