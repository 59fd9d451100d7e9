package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.yrdkg.extract.AssignmentReader.Assignment;
import org.yrdkg.extract.TaskReader.TaskClause;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Tasks: the policy measures of a document ({@link TaskReader}), each with its governing verb and
 * its responsible actors by role ({@link AssignmentReader}): explicit where the text names them,
 * else the document's default actors, recorded as inferred. Each assignment is also an {@code
 * yrd:Assignment} node, so a query can tell an explicit from an inferred one.
 */
public final class TaskExtractor implements Extractor {
  private static final Map<String, Property> ROLE_PROPERTY =
      Map.of("LeadRole", Yrd.leadActor, "CooperatingRole", Yrd.cooperatingActor, "SupportedRole", Yrd.supportedActor);
  private static final Map<String, String> ROLE_WORD =
      Map.of("LeadRole", "牵头", "CooperatingRole", "协同", "SupportedRole", "受支持");

  // Sections that describe the region's situation, whose sentences are no measures.
  private static final Set<String> BACKGROUND = Set.copyOf(Lexicon.words("task-background-headings.txt"));

  /** Whether the paragraph stands under a heading that describes the situation (发展基础, 重大意义 …). */
  static boolean inBackground(StructuredDocument doc, Paragraph p) {
    return doc.path(p).stream().anyMatch(h -> BACKGROUND.contains(h.title().strip()));
  }

  /** The resolver key of a task: its place in the file that states it. */
  static String key(String file, int paragraph, int from) {
    return "task/" + file + "/p" + paragraph + "-" + from;
  }

  @Override
  public String name() {
    return "tasks";
  }

  @Override
  public Set<Resource> produces() {
    return Set.of(Yrd.Task);
  }

  @Override
  public Extraction extract(StructuredDocument doc, ExtractionContext ctx) {
    ActorReader actors = ActorReader.forDocument(doc);
    List<ActorMention> defaults = AssignmentReader.defaults(doc, actors);
    List<EntityMention> entities = new ArrayList<>();
    List<RelationMention> relations = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      if (inBackground(doc, p)) {
        continue;
      }
      List<Assignment> explicit = AssignmentReader.read(p, actors);
      for (TaskClause t : TaskReader.read(p)) {
        String task = key(doc.name(), p.index(), t.from());
        Mention where = new Mention(doc.name(), p.index(), t.from(), t.to(), t.text());
        entities.add(new EntityMention(task, Yrd.Task, t.text(), where));
        relations.add(new RelationMention(task, Yrd.governingVerb, null, ResourceFactory.createStringLiteral(t.verb()),
            where));
        for (Assignment a : AssignmentReader.complete(t, explicit,
            AssignmentReader.takesDefaults(doc, p, t) ? defaults : List.of())) {
          String actor = ActorExtractor.key(a.actor().name());
          Mention evidence = a.inferred() ? where
              : new Mention(doc.name(), p.index(), a.actor().from(), a.actor().to(), a.actor().surface());
          relations.add(new RelationMention(task, ROLE_PROPERTY.get(a.role()), actor, null, evidence));
          String node = "assignment/" + task + "/" + a.role() + "/" + a.actor().name();
          String label = a.actor().name() + (a.inferred() ? "（推定）" : "") + ROLE_WORD.get(a.role()) + "：" + clip(t.text());
          entities.add(new EntityMention(node, Yrd.Assignment, label, evidence));
          relations.add(new RelationMention(task, Yrd.assignment, node, null, evidence));
          relations.add(new RelationMention(node, Yrd.assignedActor, actor, null, evidence));
          relations.add(new RelationMention(node, Yrd.role, null, ResourceFactory.createResource(Yrd.NS + a.role()),
              evidence));
          relations.add(new RelationMention(node, Yrd.inferred, null, ResourceFactory.createTypedLiteral(a.inferred()),
              evidence));
        }
      }
    }
    return new Extraction(entities, relations);
  }

  private static String clip(String s) {
    return s.length() <= 24 ? s : s.substring(0, 24) + "…";
  }
}
