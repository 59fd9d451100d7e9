package org.yrdkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureTest {

  @Test
  void outlineBodyHeadingsEqualItsTableOfContents() {
    StructuredDocument outline = Seeds.corpus().document(Seeds.OUTLINE);

    List<String> toc = outline.toc().stream()
        .filter(e -> e.kind() == HeadingKind.CHAPTER || e.kind() == HeadingKind.SECTION)
        .map(TocEntry::label).toList();
    List<String> body = outline.headings().stream()
        .filter(h -> h.kind() == HeadingKind.CHAPTER || h.kind() == HeadingKind.SECTION)
        .map(Heading::label).toList();

    assertEquals(12, outline.headings(HeadingKind.CHAPTER).size());
    assertEquals(toc, body);
  }

  @Test
  void outlineFrontMatterIsReadAsTitleIssuerAndDate() {
    StructuredDocument outline = Seeds.corpus().document(Seeds.OUTLINE);

    assertEquals("长江三角洲区域一体化发展规划纲要", outline.title());
    assertEquals("中共中央国务院", outline.issuer());
    assertEquals("2019年12月1日", outline.date());
  }

  @Test
  void sectionsHangUnderTheirChapters() {
    StructuredDocument outline = Seeds.corpus().document(Seeds.OUTLINE);
    Heading energy = outline.headings().stream()
        .filter(h -> h.title().equals("协同推进跨区域能源基础设施建设")).findFirst().orElseThrow();

    Heading chapter = outline.headings().get(energy.parent());

    assertEquals("第五章 提升基础设施互联互通水平", chapter.label());
  }

  @Test
  void leadSentencesOpenTheirParagraphs() {
    StructuredDocument outline = Seeds.corpus().document(Seeds.OUTLINE);

    List<String> leads = outline.paragraphs().stream().map(Paragraph::lead)
        .filter(s -> s != null).map(Sentence::text).toList();

    assertTrue(leads.contains("共建轨道上的长三角。"), leads.toString());
    assertTrue(leads.contains("统筹建设油气基础设施。"), leads.toString());
  }

  @Test
  void implementationPlanNumberingIsReadAsParts() {
    StructuredDocument plan = Seeds.corpus().document(Seeds.SHANGHAI);

    assertEquals("上海：贯彻《长江三角洲区域一体化发展规划纲要》实施方案", plan.title());
    assertEquals("上海市人民政府", plan.issuer());
    assertEquals(List.of("明确总体要求", "聚焦重点领域协同推进", "聚焦重点区域率先突破", "做好实施保障"),
        plan.headings(HeadingKind.PART).stream().map(Heading::title).toList());
    assertEquals(17, plan.headings(HeadingKind.SUBPART).size());
  }

  @Test
  void numberedItemIsAParagraphWithLeadSentenceAfterItsNumber() {
    String text = "一、总体要求\n（一）基本原则\n1.坚持规划引领。加强统筹协调，推动重大项目建设。\n2.坚持改革创新。探索新机制。\n";

    StructuredDocument doc = DocumentParser.parse(SourceReader.decode("plan.txt", text.getBytes(StandardCharsets.UTF_8)));

    assertEquals(2, doc.headings().size());
    assertEquals(2, doc.paragraphs().size());
    Paragraph first = doc.paragraphs().get(0);
    assertEquals("1.", first.number());
    assertEquals("坚持规划引领。", first.lead().text());
    assertEquals(List.of("总体要求", "基本原则"), doc.path(first).stream().map(Heading::title).toList());
  }

  @Test
  void wrappedColumnLinesAreJoinedIntoParagraphs() {
    String column = String.join("\n",
        "第一节 协同推进港口建设",
        "协同推进港口航道建设。推动港航资源整",
        "合，优化港口布局，健全一体化发展机制，",
        "增强服务全国的能力，形成合理分工、相",
        "互协作的世界级港口群。",
        "加快区域电网建设。完善电网主干网架结",
        "构，提升互联互通水平，提高区域电力交",
        "换和供应保障能力。",
        "- 12 -",
        "统筹建设油气基础设施。完善区域油气设",
        "施布局，推进油气管网互联互通，加快建",
        "设浙沪联络线。");

    StructuredDocument doc = DocumentParser.parse(SourceReader.decode("column.txt", column.getBytes(StandardCharsets.UTF_8)));

    assertEquals(3, doc.paragraphs().size());
    assertEquals("加快区域电网建设。完善电网主干网架结构，提升互联互通水平，提高区域电力交换和供应保障能力。",
        doc.paragraphs().get(1).text().text());
    assertTrue(doc.paragraphs().get(2).text().text().endsWith("加快建设浙沪联络线。"));
  }

  @Test
  void aDocumentWithoutStructureStillHasParagraphsAndNoTitle() {
    StructuredDocument doc = DocumentParser.parse(SourceReader.decode("note.txt",
        "今天天气很好，我们去公园散步。明天下雨。".getBytes(StandardCharsets.UTF_8)));

    assertNull(doc.title());
    assertEquals(1, doc.paragraphs().size());
    assertEquals(2, doc.sentences().size());
    assertFalse(doc.paragraphs().get(0).sentences().get(0).lead());
  }
}
