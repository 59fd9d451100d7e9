package org.yrdkg.extract;

import org.apache.jena.rdf.model.Resource;

/**
 * A span that names an entity, as an extractor reads it.
 *
 * @param key     what the span denotes, in the key space of the resolver: the final entity id for regions and sectors
 *                ({@code region/320623}, {@code region/长三角}, {@code sector/集成电路}); for projects a merge key
 *                ({@code project:Railway:31|320500|330500}) that spellings of one project share, so that 沪苏湖 and
 *                沪苏湖高铁, 浙沪联络线 and 沪浙联络线 meet
 * @param type    the most specific class (a {@code Yrd} constant)
 * @param name    the full name the span stands for: the gazetteer name of a region, a project's name with its head
 *                noun (沪苏湖铁路 for a bare 沪苏湖 listed among railways), the lexicon name of a sector
 * @param mention where it is and how it reads there
 */
public record EntityMention(String key, Resource type, String name, Mention mention) {}
