package org.yrdkg.serve;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.yrdkg.vocab.Yrd;

/**
 * The Lucene index behind {@code text:query} and {@code /search}: one field per indexed property
 * ({@code label} for rdfs:label, {@code alt} for skos:altLabel, {@code text} for yrd:text), all
 * analysed by Lucene's word-level {@link SmartChineseAnalyzer}. jena-text would otherwise pick its
 * character-bigram analyzer for {@code @zh}, which matches 接收 inside 接收站 and 站 anywhere.
 */
final class SearchIndex {
  static final String LABEL = "label";
  static final String ALT = "alt";
  static final String TEXT = "text";
  static final List<String> FIELDS = List.of(LABEL, ALT, TEXT);

  private SearchIndex() {}

  static TextIndex create() {
    EntityDefinition def = new EntityDefinition("uri", LABEL, RDFS.label.asNode());
    def.set(ALT, SKOS.altLabel.asNode());
    def.set(TEXT, Yrd.text.asNode());
    def.setLangField("lang");
    def.setUidField("uid");
    Analyzer chinese = new SmartChineseAnalyzer();
    for (String field : FIELDS) {
      def.setAnalyzer(field, chinese);
    }
    TextIndexConfig config = new TextIndexConfig(def);
    config.setAnalyzer(chinese);
    config.setQueryAnalyzer(chinese);
    config.setValueStored(true);
    return TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
  }

  /**
   * Indexes every distinct label, alternative label and sentence text of the default graph; left
   * out, as they only repeat what is indexed: pinyin labels, the labels of assignment nodes (an
   * actor's name and the task's text) and paragraph text (its sentences are indexed).
   */
  static int fill(TextIndex index, DatasetGraph dsg) {
    int[] n = {0};
    Txn.executeRead(dsg, () -> {
      Graph union = ServedDataset.union(dsg);
      for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), Yrd.text.asNode())) {
        for (Triple t : ServedDataset.distinct(dsg, p)) {
          if (t.getObject().isLiteral() && !repeats(union, t)) {
            Entity e = ServedDataset.entity(index, t);
            if (e != null) {
              index.addEntity(e);
              n[0]++;
            }
          }
        }
      }
    });
    index.prepareCommit();
    index.commit();
    return n[0];
  }

  private static boolean repeats(Graph union, Triple t) {
    if (t.getObject().getLiteralLanguage().toLowerCase(java.util.Locale.ROOT).startsWith("zh-latn")) {
      return true;
    }
    Node s = t.getSubject();
    return union.contains(s, RDF.type.asNode(), Yrd.Assignment.asNode())
        || union.contains(s, RDF.type.asNode(), Yrd.Paragraph.asNode());
  }
}
