package org.yrdkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyAlignmentTest {

  @ParameterizedTest(name = "{0} covers {1} to {2}")
  @CsvSource({
    "000_5458c743c764a4ac.txt, 第八章, 第十二章",
    "002_1c4db03652775c40.txt, 第五章, 第十章",
    "004_5a8fcb8d5e57ee11.txt, 第三章, 第七章"})
  void newspaperPagesAreCopiesOfTheOutlineCoveringTheirChapters(String file, String firstChapter, String lastChapter) {
    CopyAlignment a = Seeds.corpus().alignment(file);

    assertNotNull(a, file + " not recognised as a copy");
    assertEquals(Seeds.OUTLINE, a.full().name());
    List<String> chapters = java.util.stream.Stream.concat(a.covered().stream(), a.partial().stream())
        .filter(h -> h.kind() == HeadingKind.CHAPTER).sorted(java.util.Comparator.comparingInt(Heading::index))
        .map(Heading::number).toList();
    assertEquals(firstChapter, chapters.get(0), chapters.toString());
    assertEquals(lastChapter, chapters.get(chapters.size() - 1), chapters.toString());
    assertTrue(a.coverage() > 0.2 && a.coverage() < 0.6, "coverage " + a.coverage());
  }

  @Test
  void fullTextsAreNoCopies() {
    assertNull(Seeds.corpus().alignment(Seeds.OUTLINE));
    assertNull(Seeds.corpus().alignment(Seeds.SHANGHAI));
  }

  @Test
  void ocrMisreadingIsAVariantWithRawSpansOnBothSides() {
    CopyAlignment a = Seeds.corpus().alignment(Seeds.PAPER_OCR);
    String fullRaw = a.full().source().raw();
    String copyRaw = a.copy().source().raw();
    int at = fullRaw.indexOf("长龙山");

    Variant v = a.variants().stream()
        .filter(x -> x.fullSpan().start() <= at && at < x.fullSpan().end()).findFirst().orElseThrow();

    assertEquals(Variant.Kind.SUBSTITUTION, v.kind());
    assertEquals("长", v.fullText());
    assertEquals("龙", v.copyText());
    assertEquals("龙龙山", copyRaw.substring(v.copySpan().start(), v.copySpan().start() + 3));
  }

  @Test
  void repeatedWordInTheCopyIsAnInsertion() {
    CopyAlignment a = Seeds.corpus().alignment(Seeds.PAPER_OCR);

    assertTrue(a.variants().stream().anyMatch(v -> v.kind() == Variant.Kind.INSERTION && v.copyText().equals("改革")),
        "no insertion of the repeated 改革");
  }

  @Test
  void aHeadingWordedDifferentlyIsAVariant() {
    CopyAlignment a = Seeds.corpus().alignment(Seeds.PAPER_OCR);

    assertTrue(a.variants().stream().anyMatch(v -> v.copyText().equals("共建包容性的社会环境")
        && v.fullText().equals("共建公平包容的社会环境")), "heading variant missing");
  }

  @Test
  void aCleanNewspaperCopyAlignsCompletely() {
    CopyAlignment a = Seeds.corpus().alignment(Seeds.PAPER_MIDDLE);

    long aligned = java.util.Arrays.stream(a.charMap()).filter(x -> x >= 0).count();
    assertTrue(aligned >= a.charMap().length * 0.99, aligned + " of " + a.charMap().length);
  }

  @Test
  void copyPositionsMapToTheSameTextInTheFullVersion() {
    CopyAlignment a = Seeds.corpus().alignment(Seeds.PAPER_MIDDLE);
    Paragraph p = a.copy().paragraphs().stream()
        .filter(x -> x.text().text().contains("浙沪联络线")).findFirst().orElseThrow();
    int pos = p.text().text().indexOf("浙沪联络线");

    int[] target = a.toFull(p.index(), pos);

    String fullText = a.full().paragraphs().get(target[0]).text().text();
    assertEquals("浙沪联络线", fullText.substring(target[1], target[1] + 5));
  }

  @Test
  void everyAlignedCharacterOfACopyMapsToTheSameCharacter() {
    CopyAlignment a = Seeds.corpus().alignment(Seeds.PAPER_MIDDLE);
    CopyAlignment.Positions positions = a.positions();
    int mapped = 0;
    int all = 0;
    for (Paragraph p : a.copy().paragraphs()) {
      String text = p.text().text();
      for (int pos = 0; pos < text.length(); pos++) {
        all++;
        int[] target = positions.toFull(p.index(), pos);
        if (target != null) {
          mapped++;
          String fullText = a.full().paragraphs().get(target[0]).text().text();
          assertEquals(text.charAt(pos), fullText.charAt(target[1]), "paragraph " + p.index() + " at " + pos);
        }
      }
    }
    assertTrue(a.copy().paragraphs().size() > 10 && mapped >= all * 0.99, mapped + " of " + all + " mapped");
  }

  @Test
  void unrelatedNewsAtTheEndOfAPageIsExcluded() {
    StructuredDocument page = Seeds.corpus().document(Seeds.PAPER_END);

    List<Excluded> unrelated = page.excluded().stream().filter(e -> e.reason().equals("unrelated article")).toList();

    assertEquals(2, unrelated.size());
    String raw = page.source().raw();
    assertTrue(raw.substring(unrelated.get(0).span().start(), unrelated.get(0).span().end()).contains("小布医生"));
    assertTrue(raw.substring(unrelated.get(1).span().start(), unrelated.get(1).span().end()).contains("入冬"));
    assertTrue(page.sentences().stream().noneMatch(s -> s.text().contains("气温") || s.text().contains("医生")));
    assertTrue(page.sentences().get(page.sentences().size() - 1).text().endsWith("良好氛围。"));
  }
}
