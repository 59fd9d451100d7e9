package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yrdkg.text.DocumentParser;
import org.yrdkg.text.Sentence;
import org.yrdkg.text.StructuredDocument;

class DocumentPlacesTest {

  private static final Gazetteer GAZETTEER = Gazetteer.load();

  // Names that nest and overlap (上海市浦东新区, 宁波舟山港, 京杭 across 南京杭州), joiners and words around them.
  private static final String[] PIECES = {"上海", "上海市", "浦东", "浦东新区", "新区", "江苏", "如东", "江苏如东",
      "南京", "杭州", "京杭", "宁波", "舟山", "宁波舟山", "长三角", "三角", "合肥", "苏州", "吴江", "太湖", "和", "、",
      "，", "推进", "发展", "建设", "港", "市", "州", "新"};

  @Test
  void aStretchHasTheNamesTheGazetteerFindsInItAlone() {
    Random random = new Random(7);
    for (int n = 0; n < 150; n++) {
      StringBuilder b = new StringBuilder();
      while (b.length() < 24) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      NameMatcher.Index index = GAZETTEER.index(text);
      for (int from = 0; from <= text.length(); from++) {
        for (int to = from; to <= text.length(); to++) {
          assertEquals(GAZETTEER.findAll(text.substring(from, to)), index.findAll(from, to),
              text + " [" + from + ", " + to + ")");
        }
      }
    }
  }

  @Test
  void aNameThatRunsPastTheStretchGivesWayToTheLongestInside() {
    String text = "推进上海市浦东新区建设";
    NameMatcher.Index index = GAZETTEER.index(text);

    assertEquals(List.of("上海市", "浦东新区"), surfaces(index.findAll(0, text.length())));
    // 浦东新区 ends past the stretch: 浦东 is the name there, as in the stretch read alone
    assertEquals(List.of("上海市", "浦东"), surfaces(index.findAll(2, 8)));
    assertEquals(List.of(0, 3), index.findAll(2, 8).stream().map(GazetteerHit::start).toList());
    assertEquals(List.of(), index.findAll(0, 3));
  }

  @Test
  void aDocumentsParagraphsAreReadOnceAndSentencesFromThem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.txt");
    Files.writeString(file, "上海市人民政府关于推进长三角一体化的实施方案\n\n支持上海市浦东新区和江苏如东发展。推进宁波舟山港建设。\n",
        StandardCharsets.UTF_8);
    StructuredDocument doc = DocumentParser.parse(file);
    DocumentPlaces places = DocumentPlaces.of(doc, GAZETTEER);

    assertSame(places, DocumentPlaces.of(doc, GAZETTEER));
    for (Sentence s : doc.sentences()) {
      String paragraph = doc.paragraphs().get(s.paragraph()).text().text();
      assertEquals(GAZETTEER.findAll(s.text()), places.findAll(paragraph, s.from(), s.to()), s.text());
    }
    assertEquals(2, doc.sentences().size());
  }

  private static List<String> surfaces(List<GazetteerHit> hits) {
    return hits.stream().map(GazetteerHit::surface).toList();
  }
}
