package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.Sentence;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Actors: the organisations a document names as acting (see {@link ActorReader}), each under its
 * canonical full name, with the region a government or department belongs to ({@code yrd:governs}
 * for governments and for Party committees, people's congresses and CPPCC committees) and the organisation it is part of ({@code org:subOrganizationOf}).
 */
public final class ActorExtractor implements Extractor {

  /** The resolver key of an actor: its canonical full name. */
  public static String key(String canonicalName) {
    return "actor/" + canonicalName;
  }

  static Resource type(String localName) {
    return org.apache.jena.rdf.model.ResourceFactory.createResource(Yrd.NS + localName);
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Resource> produces() {
    return Set.of(Yrd.Actor);
  }

  @Override
  public Extraction extract(StructuredDocument doc, ExtractionContext ctx) {
    ActorReader actors = ActorReader.forDocument(doc);
    List<EntityMention> entities = new ArrayList<>();
    List<RelationMention> relations = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      for (Sentence s : p.sentences()) {
        for (ActorMention a : actors.read(s)) {
          Mention m = new Mention(doc.name(), p.index(), a.from(), a.to(), a.surface());
          entities.add(new EntityMention(key(a.name()), type(a.type()), a.name(), m));
          if (a.regionCode() != null && (a.type().equals("Government") || a.type().equals("PoliticalBody"))) {
            relations.add(new RelationMention(key(a.name()), Yrd.governs, "region/" + a.regionCode(), null, m));
          }
          if (a.parent() != null && !a.parent().equals(a.name())) {
            relations.add(new RelationMention(key(a.name()), ORG.subOrganizationOf, key(a.parent()), null, m));
          }
        }
      }
    }
    return new Extraction(entities, relations);
  }
}
