package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

class StageReaderTest {

  private static final ProjectLexicon LEX = ExtractionContext.load().projects();
  private static final Pattern NOUN = Pattern.compile("[院所室馆]|设施|中心|机构|基地|平台");

  // The rule read cue by cue for one project: the last cue after it, else the last before it, else the last inside
  // its own name; a cue inside another project's name, or forming a noun, counts for none.
  private static Optional<Resource> oneByOne(String clause, int from, int to, List<int[]> names) {
    Resource after = null;
    Resource before = null;
    Resource own = null;
    for (PhraseMatcher.Match<Resource> m : LEX.stages.findAll(clause)) {
      if (NOUN.matcher(clause).region(m.to(), clause.length()).lookingAt()) {
        continue;
      }
      if (m.from() >= from && m.to() <= to) {
        own = m.value();
      } else if (names.stream().anyMatch(n -> m.from() >= n[0] && m.to() <= n[1])) {
        continue;
      } else if (m.from() >= to) {
        after = m.value();
      } else if (m.to() <= from) {
        before = m.value();
      }
    }
    return Optional.ofNullable(after != null ? after : before != null ? before : own);
  }

  @Test
  void cuesReadOnceForAClauseGiveEachProjectTheStageItsOwnReadingGives() {
    List<String> clauses = List.of(
        "开工建设沪通铁路二期、扩建洋山LNG储罐扩建工程和规划研究院，推进沿江高铁的规划对接和前期工作",
        "加快建设合肥新桥机场改扩建工程研究中心和宁波舟山港扩容工程，谋划建设通苏嘉甬铁路建成投运",
        "在建项目续建，新开工项目启动建设，整治加固航道设施平台，研究");
    Random random = new Random(7);
    int compared = 0;
    for (String clause : clauses) {
      for (int trial = 0; trial < 300; trial++) {
        List<int[]> names = new ArrayList<>();
        int at = random.nextInt(3);
        while (at < clause.length() - 1) {
          int end = Math.min(clause.length(), at + 1 + random.nextInt(10));
          names.add(new int[] {at, end});
          at = end + random.nextInt(6);
        }
        StageReader stages = StageReader.of(clause, names, LEX);
        for (int[] n : names) {
          assertEquals(oneByOne(clause, n[0], n[1], names), stages.read(n[0], n[1]),
              clause + " " + n[0] + "-" + n[1]);
          compared++;
        }
      }
    }
    assertEquals(true, compared > 1000, "compared " + compared);
  }
}
