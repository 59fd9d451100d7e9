package org.yrdkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
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
    return create(new ByteBuffersDirectory());
  }

  /** Whether {@code dir} holds an index written by {@link #save}. */
  static boolean exists(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (FSDirectory fs = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(fs);
    } catch (IOException e) {
      return false;
    }
  }

  /** The index saved in {@code dir}, copied into memory (the directory is neither locked nor kept open). */
  static TextIndex load(Path dir) {
    ByteBuffersDirectory mem = new ByteBuffersDirectory();
    try (FSDirectory fs = FSDirectory.open(dir)) {
      for (String name : fs.listAll()) {
        if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) {
          mem.copyFrom(fs, name, name, IOContext.DEFAULT);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return create(mem);
  }

  /** Copies the committed index into {@code dir}. */
  static void save(TextIndex index, Path dir) throws IOException {
    Directory from = ((TextIndexLucene) index).getDirectory();
    Files.createDirectories(dir);
    try (FSDirectory fs = FSDirectory.open(dir)) {
      for (String name : from.listAll()) {
        if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) {
          fs.copyFrom(from, name, name, IOContext.DEFAULT);
        }
      }
      fs.sync(java.util.Arrays.asList(fs.listAll()));
    }
  }

  /** The number of entries (Lucene documents) in the index. */
  static int size(TextIndex index) {
    try (DirectoryReader reader = DirectoryReader.open(((TextIndexLucene) index).getDirectory())) {
      return reader.numDocs();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TextIndex create(Directory directory) {
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
    return TextDatasetFactory.createLuceneIndex(directory, config);
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
