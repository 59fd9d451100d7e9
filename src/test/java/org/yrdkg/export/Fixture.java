package org.yrdkg.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.yrdkg.rdf.GraphBuilder;

/** The export fixture ({@code fixture/export.trig}) as the dataset the server holds: named graphs, ontology, union. */
final class Fixture {
  static final String ID = "https://w3id.org/yrdkg/id/";
  static final String RUDONG_LNG = ID + "project/jiang-su-ru-dong-lng-jie-shou-zhan";
  static final String QIDONG_LNG = ID + "project/qidong-lng-jieshouzhan";
  static final String BEILUN_LNG = ID + "project/ningbo-beilun-lng-jieshouzhan";
  static final String HUTONG = ID + "project/hutong-tielu";
  static final String TONGSUJIAYONG = ID + "project/tongsujiayong-tielu";
  static final String TASK = ID + "task/jiakuai-rudong-qidong-lng-jieshouzhan-kuojian-he-jianshe";
  static final String TARGET = ID + "target/2025-tianranqi-chuqi-nengli";
  static final String ACTOR = ID + "actor/jiangsushengrenminzhengfu";
  static final String DOCUMENT = ID + "document/changjiangsanjiaozhouquyuyitihuafazhanguihuagangyao";
  static final String GAS = ID + "sector/tianranqi";
  static final String ENERGY = ID + "sector/neng-yuan";
  static final String RAIL = ID + "sector/tielu";
  static final String TRANSPORT = ID + "sector/zonghejiaotong";
  static final String RUDONG = ID + "region/320623";
  static final String NANTONG = ID + "region/320600";
  static final String JIANGSU = ID + "region/320000";

  private static Dataset dataset;

  private Fixture() {}

  static synchronized Dataset dataset() {
    if (dataset == null) {
      Dataset read = DatasetFactory.create();
      try (InputStream in = Fixture.class.getResourceAsStream("/fixture/export.trig")) {
        RDFParser.source(in).lang(Lang.TRIG).parse(read);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, Model> graphs = new TreeMap<>();
      read.listModelNames().forEachRemaining(n -> graphs.put(n.getURI(), read.getNamedModel(n)));
      dataset = GraphBuilder.dataset(graphs);
    }
    return dataset;
  }

  static EntityGraph graph(ExportSettings settings) {
    return EntityGraph.of(dataset(), settings);
  }

  static EntityGraph graph() {
    return graph(ExportSettings.defaults());
  }

  static byte[] write(GraphFormat format, EntityGraph graph) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      format.write(graph, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String text(GraphFormat format, EntityGraph graph) {
    return new String(write(format, graph), StandardCharsets.UTF_8);
  }
}
