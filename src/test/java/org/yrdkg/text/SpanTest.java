package org.yrdkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpanTest {

  static Stream<String> files() {
    return Seeds.corpus().documents().stream().map(StructuredDocument::name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everySentenceIsWhatItsRawSpanReadsAsOnceNormalised(String file) {
    StructuredDocument doc = Seeds.corpus().document(file);
    String raw = doc.source().raw();

    assertTrue(doc.sentences().size() > 50, "too few sentences in " + file);
    for (Sentence s : doc.sentences()) {
      String reread = CharNormaliser.normalise(raw, LayoutReader.keptRanges(raw, s.span())).text();
      assertEquals(s.text(), reread, "sentence " + s.index() + " at " + s.span());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everyNormalisedCharacterMapsIntoItsParagraphSpanInOrder(String file) {
    StructuredDocument doc = Seeds.corpus().document(file);

    int previous = -1;
    for (Paragraph p : doc.paragraphs()) {
      for (int i = 0; i < p.text().length(); i++) {
        int raw = p.text().rawIndex(i);
        assertTrue(raw > previous, "offsets go backwards in paragraph " + p.index());
        previous = raw;
      }
    }
  }
}
