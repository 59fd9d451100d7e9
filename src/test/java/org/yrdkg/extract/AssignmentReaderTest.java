package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yrdkg.extract.AssignmentReader.Assignment;
import org.yrdkg.extract.TaskReader.TaskClause;
import org.yrdkg.text.DocumentParser;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.SourceReader;
import org.yrdkg.text.StructuredDocument;

class AssignmentReaderTest {
  private static final ActorReader SHANGHAI = ActorReader.forRegion("31");
  private static final ActorReader ZHEJIANG = ActorReader.forRegion("33");
  private static final ActorReader CENTRE = ActorReader.forRegion(null);

  private static List<String> roles(ActorReader actors, String sentence) {
    return AssignmentReader.read(sentence, actors.read(sentence)).stream()
        .map(a -> a.actor().name() + "/" + a.role()).toList();
  }

  @Test
  void leadAndCooperatingFromYouAndPeiHe() {
    assertEquals(List.of("上海市经济和信息化委员会/LeadRole", "上海市财政局/CooperatingRole"),
        roles(SHANGHAI, "推进工业互联网建设，由市经济信息化委牵头，市财政局配合。"));
  }

  @Test
  void bracketOfResponsibleUnitsLetsTheFirstLead() {
    assertEquals(List.of("浙江省交通运输厅/LeadRole", "浙江省发展和改革委员会/CooperatingRole"),
        roles(ZHEJIANG, "加快建设杭绍甬智慧高速公路（责任单位：省交通运输厅、省发展改革委）。"));
    assertEquals(List.of("合肥市人民政府/LeadRole", "安徽省发展和改革委员会/LeadRole"),
        roles(ActorReader.forRegion("34"), "加快建设合肥综合性国家科学中心（合肥市，省发展改革委牵头）。"));
  }

  @Test
  void supportedActorIsTheOneWhoActsAndWhomItJoinsCooperates() {
    assertEquals(List.of("龙头企业/SupportedRole", "高校/CooperatingRole"),
        roles(CENTRE, "支持龙头企业联合高校建设创新中心。"));
  }

  @Test
  void theSubjectLeadsEveryTaskOfItsSentence() {
    String s = "领导小组办公室要会同三省一市和有关部门，抓紧组织编制专项规划，研究出台配套政策。";
    StructuredDocument doc = DocumentParser.parse(Path.of("seeds", "001_bf7f4692ddf9924a.txt"));
    List<Assignment> explicit = AssignmentReader.read(s, ActorReader.forDocument(doc).read(s));

    for (TaskClause t : TaskReader.read(s)) {
      List<Assignment> a = AssignmentReader.complete(t, explicit, List.of());
      assertEquals("推动长三角一体化发展领导小组办公室/LeadRole", a.get(0).actor().name() + "/" + a.get(0).role());
      assertEquals(5, a.stream().filter(x -> x.role().equals("CooperatingRole")).count());
    }
  }

  @Test
  void supportIsLocalToItsClause() {
    String s = "完善电网主干网架结构，支持安徽打造特高压电力枢纽。";
    List<Assignment> explicit = AssignmentReader.read(s, CENTRE.read(s));
    List<TaskClause> tasks = TaskReader.read(s);

    assertEquals(List.of(), AssignmentReader.complete(tasks.get(0), explicit, List.of()));
    assertEquals("SupportedRole", AssignmentReader.complete(tasks.get(1), explicit, List.of()).get(0).role());
  }

  @Test
  void theIssuingGovernmentLeadsWhereNoLeadIsNamed() {
    String s = "省政府要加强统筹，推进数字政府建设。";
    List<Assignment> explicit = AssignmentReader.read(s, ZHEJIANG.read(s));
    List<ActorMention> defaults = List.of(ZHEJIANG.government());

    Assignment lead = AssignmentReader.complete(TaskReader.read(s).get(1), explicit, defaults).get(0);
    assertEquals("浙江省人民政府", lead.actor().name());
    assertEquals(false, lead.inferred());

    Assignment inferred = AssignmentReader.complete(TaskReader.read("推进数字政府建设。").get(0), List.of(), defaults).get(0);
    assertTrue(inferred.inferred());
    assertEquals("LeadRole", inferred.role());
  }

  @Test
  void theOutlinesDutyBearersAndTheShanghaiPlansIssuerAreTheDefaults() {
    StructuredDocument outline = DocumentParser.parse(Path.of("seeds", "001_bf7f4692ddf9924a.txt"));
    StructuredDocument shanghai = DocumentParser.parse(Path.of("seeds", "003_5fbdd1f5d155a6b1.txt"));

    assertEquals(List.of("上海市人民政府", "江苏省人民政府", "浙江省人民政府", "安徽省人民政府"),
        AssignmentReader.defaults(outline, ActorReader.forDocument(outline)).stream().map(ActorMention::name).toList());
    assertEquals(List.of("上海市人民政府"),
        AssignmentReader.defaults(shanghai, ActorReader.forDocument(shanghai)).stream().map(ActorMention::name).toList());
  }

  @Test
  void aBareLeadingGroupIsTheOneTheDocumentDefined() {
    StructuredDocument shanghai = DocumentParser.parse(Path.of("seeds", "003_5fbdd1f5d155a6b1.txt"));
    ActorReader actors = ActorReader.forDocument(shanghai);

    assertEquals("上海市推动长三角一体化发展领导小组办公室", actors.read("领导小组办公室设在市发展改革委。").get(0).name());
  }

  @Test
  void thePreambleAndSentencesAboutTheDocumentTakeNoDefaults() {
    String text = "某市推进区域一体化发展实施方案\n\n为深入推进区域一体化发展，推动高质量发展，制定本实施方案。\n\n"
        + "一、主要任务\n\n加快推进数字政府建设，完善政务服务平台。修订本实施方案。\n";
    StructuredDocument doc = DocumentParser.parse(
        SourceReader.decode("plan.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    List<String> taking = new java.util.ArrayList<>();
    for (Paragraph p : doc.paragraphs()) {
      for (TaskClause t : TaskReader.read(p)) {
        if (AssignmentReader.takesDefaults(doc, p, t)) {
          taking.add(t.text());
        }
      }
    }

    assertEquals(List.of("加快推进数字政府建设", "完善政务服务平台"), taking);
  }

  @Test
  void theOutlinesPrefaceTakesNoDefaults() {
    StructuredDocument outline = DocumentParser.parse(Path.of("seeds", "001_bf7f4692ddf9924a.txt"));
    Paragraph preface = outline.paragraphs().get(0);

    assertTrue(TaskReader.read(preface).stream().map(TaskClause::text).anyMatch("编制本规划纲要"::equals));
    assertTrue(TaskReader.read(preface).stream().noneMatch(t -> AssignmentReader.takesDefaults(outline, preface, t)));
  }

  @Test
  void longSentenceWithoutPunctuationCompletes() {
    String s = "支持上海市发展改革委推进长三角一体化发展".repeat(500);

    assertTrue(AssignmentReader.read(s, SHANGHAI.read(s)).size() <= 500);
  }
}
