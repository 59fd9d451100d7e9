package org.yrdkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.yrdkg.extract.Mention;
import org.yrdkg.resolve.Entity;
import org.yrdkg.resolve.KnowledgeBase;
import org.yrdkg.resolve.Relation;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.Sentence;
import org.yrdkg.text.Span;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Writes resolved entities and relations as RDF. What a file says goes into that file's graph:
 * the description of every entity it mentions, every relation it states, and a {@code
 * yrd:Mention} per span with its sentence and code-point offsets. Entities and relations known
 * only from reference data go into the reference graph.
 */
final class KnowledgeGraph {
  private final Iris iris;
  private final Corpus corpus;
  private final StructureGraph structure;
  private final Map<String, CodePoints> codePoints = new HashMap<>();
  private final Map<String, Resource> entityIris;
  // an entity is described in every file that names it, and many share a name: each pinyin is read once
  private final Map<String, Literal> pinyinLabels = new HashMap<>();

  KnowledgeGraph(Iris iris, Corpus corpus, StructureGraph structure, KnowledgeBase kb) {
    this.iris = iris;
    this.corpus = corpus;
    this.structure = structure;
    this.entityIris = entityIris(iris, kb.entities());
  }

  /** IRIs of entities: kind from the id, key a code or a pinyin slug; slugs that collide get a hash of the id. */
  static Map<String, Resource> entityIris(Iris iris, List<Entity> entities) {
    Map<String, List<Entity>> bySlug = new TreeMap<>();
    for (Entity e : entities) {
      String kind = kindOf(e.id());
      String key = e.code() != null ? Iris.divisionKey(e.code()) : POSITIONAL.contains(kind) ? positionalKey(e.id()) : PinyinText.slug(e.name());
      bySlug.computeIfAbsent(kind + "/" + key, k -> new ArrayList<>()).add(e);
    }
    Map<String, Resource> out = new HashMap<>();
    bySlug.forEach((slug, group) -> {
      group.sort((a, b) -> a.id().compareTo(b.id()));
      for (int i = 0; i < group.size(); i++) {
        String id = group.get(i).id();
        out.put(id, ResourceFactory.createResource(iris.base() + slug + (i == 0 ? "" : "-" + Iris.shortHash(id))));
      }
    });
    return out;
  }

  /** Kinds named by where they are stated (a clause has no short name): file stem, paragraph, offset. */
  private static final java.util.Set<String> POSITIONAL = java.util.Set.of("task", "target", "assignment");

  /**
   * "task/001_x.txt/p12-34" → "001_x-p12-34"; an assignment adds its role and its actor's pinyin:
   * "…-p12-34-lead-shang-hai-shi-ren-min-zheng-fu".
   */
  private static final Pattern NOT_KEY = Pattern.compile("[^A-Za-z0-9_-]+");

  static String positionalKey(String id) {
    String rest = id.substring(id.indexOf('/') + 1);
    String actor = null;
    String role = null;
    if (id.startsWith("assignment/")) {
      String[] parts = rest.split("/");
      actor = parts[parts.length - 1];
      role = parts[parts.length - 2].replace("Role", "").toLowerCase(java.util.Locale.ROOT);
      rest = String.join("/", java.util.Arrays.copyOfRange(parts, 1, parts.length - 2));
    }
    String key = NOT_KEY.matcher(rest.replace(".txt/", "/")).replaceAll("-");
    return actor == null ? key : key + "-" + role + "-" + PinyinText.slug(actor);
  }

  static String kindOf(String id) {
    int slash = id.indexOf('/');
    return slash > 0 ? id.substring(0, slash) : "thing";
  }

  Resource iri(String entityId) {
    Resource r = entityIris.get(entityId);
    if (r == null) {
      throw new IllegalStateException("relation names an entity the knowledge base lacks: " + entityId);
    }
    return r;
  }

  void write(KnowledgeBase kb, Function<Resource, Model> graph) {
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : kb.entities()) {
      byId.put(e.id(), e);
      Map<String, List<Mention>> byFile = byFile(e.mentions());
      if (byFile.isEmpty()) {
        describe(e, graph.apply(iris.referenceGraph()));
      }
      byFile.forEach((file, mentions) -> {
        Model m = graph.apply(iris.graph(file));
        describe(e, m);
        for (Mention mention : mentions) {
          mention(m, iri(e.id()), mention, e.id(), null, null);
        }
      });
      if (e.type().equals(Yrd.Task)) {
        theme(e, graph);
      }
    }
    for (Relation r : kb.relations()) {
      Resource s = iri(r.subject());
      RDFNode o = r.object() != null ? iri(r.object()) : r.value();
      Map<String, List<Mention>> byFile = byFile(r.evidence());
      if (byFile.isEmpty()) {
        graph.apply(iris.referenceGraph()).add(s, r.property(), o);
      }
      Entity subject = byId.get(r.subject());
      byFile.forEach((file, mentions) -> {
        Model m = graph.apply(iris.graph(file));
        m.add(s, r.property(), o);
        for (Mention mention : mentions) {
          if (ownStatement(r, subject, mention)) {
            m.add(s, Yrd.statedIn, sentenceOf(mention));
          } else {
            mention(m, s, mention, r.subject(), r.property(), o);
          }
        }
      });
    }
  }

  /**
   * Whether a statement needs no mention of its own: links that only restate where things are
   * named (a task's {@code yrd:mentions}, its assignment nodes), and values read from the very span
   * that names the subject (a target's unit, a task's verb). Their provenance is the subject's mention.
   */
  private static boolean ownStatement(Relation r, Entity subject, Mention evidence) {
    if (r.property().equals(Yrd.mentions) || r.property().equals(Yrd.assignment) || r.property().equals(Yrd.assignedActor)) {
      return true;
    }
    if (subject == null || !subject.mentions().contains(evidence)) {
      return false;
    }
    // a task's, assignment's or target's own clause states all its links; other values too
    return r.value() != null || CLAUSE_TYPES.contains(subject.type());
  }

  /**
   * A task's theme: the lead sentence of the paragraph that states it, in the fullest version of
   * the document (a copy's paragraph is the same paragraph).
   */
  private void theme(Entity task, Function<Resource, Model> graph) {
    Mention first = task.mentions().stream().filter(m -> corpus.alignment(m.file()) == null).findFirst()
        .orElse(task.mentions().isEmpty() ? null : task.mentions().get(0));
    if (first == null) {
      return;
    }
    Paragraph para = corpus.document(first.file()).paragraphs().get(first.paragraph());
    Sentence lead = para.lead();
    if (lead != null) {
      graph.apply(iris.graph(first.file())).add(iri(task.id()), Yrd.theme, structure.sentence(first.file(), lead));
    }
  }

  private Resource sentenceOf(Mention mention) {
    StructuredDocument doc = corpus.document(mention.file());
    Paragraph para = doc.paragraphs().get(mention.paragraph());
    return structure.sentence(doc.name(), sentenceOf(para, mention.from()));
  }

  private static final java.util.Set<Resource> CLAUSE_TYPES = java.util.Set.of(Yrd.Task, Yrd.Assignment, Yrd.Target);

  private void describe(Entity e, Model m) {
    Resource r = iri(e.id());
    m.add(r, RDF.type, e.type());
    m.add(r, RDFS.label, Literals.zh(e.name()));
    m.add(r, RDFS.label, pinyinLabels.computeIfAbsent(e.name(),
        name -> ResourceFactory.createLangLiteral(PinyinText.label(name), "zh-Latn-pinyin")));
    if (e.en() != null) {
      m.add(r, RDFS.label, ResourceFactory.createLangLiteral(e.en(), "en"));
    }
    for (String alt : e.altNames()) {
      if (!alt.equals(e.name())) {
        m.add(r, SKOS.altLabel, Literals.zh(alt));
      }
    }
    if (e.code() != null) {
      m.add(r, Yrd.divisionCode, Literals.string(Iris.divisionKey(e.code())));
    }
    if (kindOf(e.id()).equals("sector")) {
      m.add(r, SKOS.inScheme, Yrd.SectorScheme);
    }
  }

  private void mention(Model m, Resource subject, Mention mention, String subjectId, Property p, RDFNode o) {
    StructuredDocument doc = corpus.document(mention.file());
    Paragraph para = doc.paragraphs().get(mention.paragraph());
    Span raw = para.text().rawSpan(mention.from(), mention.to());
    int[] cp = codePoints.computeIfAbsent(doc.name(), k -> new CodePoints(doc.source())).of(raw);
    String what = subjectId + "|" + (p == null ? "" : p.getURI() + "|" + o);
    Resource r = iris.of("mention", Iris.stem(doc.name()) + "-" + cp[0] + "-" + cp[1] + "-" + Iris.shortHash(what));
    Sentence sentence = sentenceOf(para, mention.from());
    Resource sr = structure.sentence(doc.name(), sentence);
    m.add(subject, Yrd.mention, r);
    m.add(subject, Yrd.statedIn, sr);
    m.add(r, RDF.type, Yrd.Mention);
    m.add(r, Yrd.inSentence, sr);
    m.add(r, Yrd.inFile, iris.file(doc.name()));
    m.add(r, OA.start, Literals.offset(cp[0]));
    m.add(r, OA.end, Literals.offset(cp[1]));
    m.add(r, OA.exact, Literals.string(mention.surface()));
    if (p != null) {
      m.add(r, Yrd.asserts, p);
      if (o.isURIResource()) {
        m.add(r, Yrd.assertsObject, o);
      }
    }
  }

  private static Sentence sentenceOf(Paragraph p, int from) {
    Sentence found = p.sentences().get(0);
    for (Sentence s : p.sentences()) {
      if (s.from() <= from) {
        found = s;
      }
    }
    return found;
  }

  private static Map<String, List<Mention>> byFile(List<Mention> mentions) {
    Map<String, List<Mention>> out = new TreeMap<>();
    for (Mention m : mentions) {
      out.computeIfAbsent(m.file(), k -> new ArrayList<>()).add(m);
    }
    return out;
  }
}
