package org.yrdkg.extract;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.yrdkg.extract.TargetReader.Target;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.Sentence;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Targets: every quantitative target and baseline figure ({@link TargetReader}) with indicator,
 * value, comparator, unit, year and scope. The scope is the region named in the target's clause,
 * else the document's own region (an implementation plan's), else the whole Yangtze River Delta.
 */
public final class TargetExtractor implements Extractor {
  private static final String DELTA = "长三角";

  @Override
  public String name() {
    return "targets";
  }

  @Override
  public Set<Resource> produces() {
    return Set.of(Yrd.Target);
  }

  @Override
  public Extraction extract(StructuredDocument doc, ExtractionContext ctx) {
    String defaultScope = defaultScope(doc, ctx);
    List<EntityMention> entities = new ArrayList<>();
    List<RelationMention> relations = new ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      Integer year = null;
      for (Sentence s : p.sentences()) {
        for (Target t : TargetReader.readAll(s.text(), year)) {
          int from = s.from() + t.from();
          String clause = s.text().substring(t.from(), t.to());
          String key = "target/" + doc.name() + "/p" + p.index() + "-" + from;
          Mention where = new Mention(doc.name(), p.index(), from, s.from() + t.to(), clause);
          entities.add(new EntityMention(key, Yrd.Target, t.year() == null ? clause : clause + "（" + t.year() + "年）", where));
          add(relations, key, Yrd.indicator, ResourceFactory.createStringLiteral(t.indicator()), where);
          if (t.value() != null) {
            add(relations, key, Yrd.value, ResourceFactory.createTypedLiteral(t.value().toPlainString(),
                XSDDatatype.XSDdecimal), where);
          }
          add(relations, key, Yrd.valueText, ResourceFactory.createStringLiteral(t.valueText()), where);
          if (!t.unit().isEmpty()) {
            add(relations, key, Yrd.unit, ResourceFactory.createStringLiteral(t.unit()), where);
          }
          add(relations, key, Yrd.comparator, ResourceFactory.createResource(Yrd.NS + t.comparator()), where);
          if (t.year() != null) {
            add(relations, key, Yrd.year, ResourceFactory.createTypedLiteral(BigInteger.valueOf(t.year()).toString(),
                XSDDatatype.XSDinteger), where);
          }
          if (t.baseline()) {
            add(relations, key, Yrd.baseline, ResourceFactory.createTypedLiteral(true), where);
          }
          String scope = scopeOf(clause, defaultScope, ctx);
          String scopeKey = scope != null ? scope : defaultScope;
          if (scopeKey != null) {
            relations.add(new RelationMention(key, Yrd.scope, scopeKey, null, where));
          }
        }
        Integer next = TargetReader.yearOf(s.text());
        year = next != null ? next : year;
      }
    }
    return new Extraction(entities, relations);
  }

  private static void add(List<RelationMention> out, String key, org.apache.jena.rdf.model.Property p, RDFNode v,
      Mention where) {
    out.add(new RelationMention(key, p, null, v, where));
  }

  /**
   * The region a target's clause names; a sub-area named relative to the document's scope
   * ("中心区" in a plan for 长三角 is 长三角中心区) counts when the gazetteer knows it.
   */
  private static String scopeOf(String clause, String defaultScope, ExtractionContext ctx) {
    List<RegionFinder.Place> places = ctx.regions().find(clause, Map.of());
    if (!places.isEmpty()) {
      return RegionFinder.key(places.get(0).entry());
    }
    if (defaultScope != null) {
      for (String name : ctx.gazetteer().area(defaultScope.substring(defaultScope.indexOf('/') + 1))
          .map(a -> a.surfaceForms()).orElse(List.of())) {
        for (int n = 2; n <= 4 && n <= clause.length(); n++) {
          var area = ctx.gazetteer().area(name + clause.substring(0, n));
          if (area.isPresent()) {
            return RegionFinder.key(area.get());
          }
        }
      }
    }
    return null;
  }

  private static String defaultScope(StructuredDocument doc, ExtractionContext ctx) {
    String code = ActorReader.forDocument(doc).regionCode();
    if (code != null) {
      return "region/" + code;
    }
    return ctx.gazetteer().area(DELTA).map(RegionFinder::key).orElse(null);
  }
}
