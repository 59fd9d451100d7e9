package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yrdkg.extract.TaskReader.TaskClause;

class TaskReaderTest {

  private static List<String> texts(String sentence) {
    return TaskReader.read(sentence).stream().map(TaskClause::text).toList();
  }

  @Test
  void eachClauseOpeningWithAGoverningVerbStartsATask() {
    List<TaskClause> t = TaskReader.read("编制实施长三角天然气供应能力规划，加快建设浙沪联络线，推进浙苏、苏皖天然气管道联通。");

    assertEquals(List.of("编制实施长三角天然气供应能力规划", "加快建设浙沪联络线", "推进浙苏、苏皖天然气管道联通"),
        t.stream().map(TaskClause::text).toList());
    assertEquals(List.of("编制实施", "建设", "推进"), t.stream().map(TaskClause::verb).toList());
    assertEquals(new TaskClause(0, 17, 26, "加快建设浙沪联络线", "建设"), t.get(1));
  }

  @Test
  void anAdverbThatIsAVerbGovernsWhenNoVerbFollows() {
    assertEquals("加快", TaskReader.verbOf("加快区域电网建设"));
    assertEquals("推进", TaskReader.verbOf("积极有序推进海上风电建设"));
  }

  @Test
  void clausesOfPurposeContinueTheirTask() {
    assertEquals(List.of("建立健全实施保障机制，确保规划纲要主要目标和任务顺利实现"),
        texts("建立健全实施保障机制，确保规划纲要主要目标和任务顺利实现。"));
  }

  @Test
  void aSubjectWithAModalOrAPrepositionalPhraseMayComeFirst() {
    assertEquals("加强", TaskReader.verbOf("省政府要加强统筹"));
    assertEquals("建设", TaskReader.verbOf("依托两淮煤炭基地建设清洁高效坑口电站"));
    assertEquals("健全", TaskReader.verbOf("按照本实施方案健全机制"));
    assertEquals("支持", TaskReader.verbOf("在重大政策制定方面予以积极支持"));
    assertNull(TaskReader.verbOf("在领导小组的直接领导下"));
    assertNull(TaskReader.verbOf("依据本规划纲要"));
  }

  @Test
  void aSubjectBeforeItsModalHasThirtyCharactersAtMost() {
    String subject = "甲乙丙丁戊己庚辛壬癸".repeat(3);
    assertEquals("加强", TaskReader.verbOf(subject + "要加强统筹"));
    assertNull(TaskReader.verbOf(subject + "子要加强统筹"));
    // characters beyond the BMP count as one each, as the pattern counts them
    assertEquals("加强", TaskReader.verbOf("\uD840\uDC00".repeat(30) + "要加强统筹"));
    assertNull(TaskReader.verbOf("\uD840\uDC00".repeat(31) + "要加强统筹"));
    assertNull(TaskReader.verbOf("省政府，要加强统筹"));
    assertNull(TaskReader.verbOf("省政府；要加强统筹"));
  }

  @Test
  void clausesBeforeTheFirstTaskBelongToNone() {
    assertEquals(List.of("抓紧组织编制专项规划", "研究出台配套政策"),
        texts("领导小组办公室要会同三省一市和有关部门，依据本规划纲要，抓紧组织编制专项规划，研究出台配套政策。"));
  }

  @Test
  void aBracketOfAssignmentIsNotPartOfTheTask() {
    assertEquals(List.of("加快建设合肥综合性国家科学中心"), texts("加快建设合肥综合性国家科学中心（合肥市，省发展改革委牵头）。"));
  }

  @Test
  void descriptiveSentencesGiveNoTask() {
    assertEquals(List.of(), texts("长三角一体化发展是新时代党中央、国务院确定的重大战略。"));
  }

  @Test
  void longSentenceWithoutPunctuationCompletes() {
    String s = "推进长三角一体化发展".repeat(1000);

    assertTrue(TaskReader.read(s).size() <= 1);
  }

  @Test
  void theFirstTaskStartsWhereReadFindsIt() {
    String sentence = "在市政府统一领导下，各区要加快推进老旧小区改造，完善社区服务设施。";

    assertEquals(TaskReader.read(sentence).get(0).from(), TaskReader.firstTaskFrom(sentence));
    assertEquals("没有任务的句子。".length(), TaskReader.firstTaskFrom("没有任务的句子。"));
  }

  @Test
  void theEndOfTheClauseAfterAPositionIsTheFirstClauseEndBeyondIt() {
    java.util.Random r = new java.util.Random(5);
    String alphabet = "甲乙，；（）(“”《》【】";
    for (int n = 0; n < 2000; n++) {
      StringBuilder t = new StringBuilder();
      for (int k = r.nextInt(20); k > 0; k--) {
        t.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = t.toString();
      for (int i = 0; i <= s.length(); i++) {
        int at = i;
        int expected = TaskReader.clauses(s).stream().mapToInt(c -> c[1]).filter(e -> e > at).findFirst()
            .orElse(s.length());
        assertEquals(expected, TaskReader.clauseEndAfter(s, i), s + " after " + i);
      }
    }
  }
}
