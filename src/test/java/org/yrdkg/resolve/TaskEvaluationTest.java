package org.yrdkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdkg.extract.Mention;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.DocumentParser;
import org.yrdkg.text.SourceReader;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

class TaskEvaluationTest {
  private static final String FILE = "plan.txt";
  private static final String TEXT = "某市实施方案\n\n一、主要任务\n\n由市交通委牵头，加快建设甲铁路，推进乙工程。"
      + "到2025年，铁路网密度达到500公里/万平方公里。\n";

  @TempDir Path gold;

  private static Relation value(String subject, org.apache.jena.rdf.model.Property p, org.apache.jena.rdf.model.RDFNode v) {
    return new Relation(subject, p, null, v, List.of());
  }

  private static Relation link(String subject, org.apache.jena.rdf.model.Property p, String object) {
    return new Relation(subject, p, object, null, List.of());
  }

  @Test
  void scoresTasksStatedPairsAndTargetsWithMissesAndFalseHits() throws IOException {
    StructuredDocument doc = DocumentParser.parse(SourceReader.decode(FILE, TEXT.getBytes(StandardCharsets.UTF_8)));
    int p = doc.paragraphs().get(doc.paragraphs().size() - 1).index();
    Files.createDirectories(gold.resolve("tasks"));
    Files.createDirectories(gold.resolve("targets"));
    Files.writeString(gold.resolve("tasks/plan.tsv"), String.join("\n", "# doc: plan.txt", "# section: 一、 主要任务",
        "加快建设甲铁路\t建设\t某市交通委员会/Lead", "推进乙工程\t推进\t某市交通委员会/Lead", ""));
    Files.writeString(gold.resolve("targets/plan.tsv"), String.join("\n", "# doc: plan.txt", "# section: *",
        "铁路网密度\t500\t公里/万平方公里\tReach\t2025\t110000\t\t", ""));
    Mention m1 = new Mention(FILE, p, 9, 16, "加快建设甲铁路");
    Mention m2 = new Mention(FILE, p, 17, 27, "推进乙工程。到2025年");
    Mention m3 = new Mention(FILE, p, 34, 50, "铁路网密度达到500公里/万平方公里");
    KnowledgeBase kb = new KnowledgeBase(List.of(
        new Entity("task/a", Yrd.Task, "加快建设甲铁路", null, null, new TreeSet<>(), List.of(m1)),
        new Entity("task/b", Yrd.Task, "推进乙工程", null, null, new TreeSet<>(), List.of(m2)),
        new Entity("target/t", Yrd.Target, "铁路网密度", null, null, new TreeSet<>(), List.of(m3))),
        List.of(
            link("task/a", Yrd.assignment, "assignment/a1"),
            link("assignment/a1", Yrd.assignedActor, "actor/某市交通委员会"),
            value("assignment/a1", Yrd.role, ResourceFactory.createResource(Yrd.NS + "LeadRole")),
            value("assignment/a1", Yrd.inferred, ResourceFactory.createTypedLiteral(false)),
            // inferred assignments are not scored
            link("task/b", Yrd.assignment, "assignment/b1"),
            link("assignment/b1", Yrd.assignedActor, "actor/某市人民政府"),
            value("assignment/b1", Yrd.role, ResourceFactory.createResource(Yrd.NS + "LeadRole")),
            value("assignment/b1", Yrd.inferred, ResourceFactory.createTypedLiteral(true)),
            value("target/t", Yrd.indicator, ResourceFactory.createStringLiteral("铁路网密度")),
            value("target/t", Yrd.valueText, ResourceFactory.createStringLiteral("500")),
            value("target/t", Yrd.unit, ResourceFactory.createStringLiteral("公里/万平方公里")),
            value("target/t", Yrd.comparator, ResourceFactory.createResource(Yrd.NS + "AtLeast")),
            value("target/t", Yrd.year, ResourceFactory.createTypedLiteral("2025",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)),
            link("target/t", Yrd.scope, "region/110000")));

    List<Evaluation.Score> s = TaskEvaluation.score(kb, Corpus.of(List.of(doc)), gold);

    Evaluation.Score tasks = s.get(0);
    assertEquals(List.of(1, 1, 1), List.of(tasks.truePositives(), tasks.falsePositives(), tasks.falseNegatives()));
    assertEquals(List.of("plan.tsv: 推进乙工程"), tasks.misses());
    assertEquals(List.of("plan.tsv: 推进乙工程。到2025年"), tasks.falseHits());
    Evaluation.Score pairs = s.get(1);
    assertEquals(List.of(1, 0, 1), List.of(pairs.truePositives(), pairs.falsePositives(), pairs.falseNegatives()));
    Evaluation.Score targets = s.get(2);
    // found with the wrong comparator: a miss and a false hit
    assertEquals(List.of(0, 1, 1), List.of(targets.truePositives(), targets.falsePositives(), targets.falseNegatives()));
    assertEquals(List.of("plan.tsv: 铁路网密度 AtLeast 500公里/万平方公里 (2025) @110000"), targets.falseHits());
  }
}
