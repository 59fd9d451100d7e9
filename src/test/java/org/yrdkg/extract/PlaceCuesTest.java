package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceCuesTest {

  @Test
  void twoPositionsShareAClauseWhenNoClauseEndLiesBetweenThem() {
    String text = "支持南通通州湾，推进苏州太仓港；建设嘉兴：平湖！舟山？宁波。杭州";
    PlaceCues.Reading reading = new PlaceCues.Reading(text, List.of(), List.of());
    for (int a = 0; a <= text.length(); a++) {
      for (int b = 0; b <= text.length(); b++) {
        boolean naive = true;
        for (int i = Math.min(a, b); i < Math.max(a, b); i++) {
          naive &= "，。；：！？".indexOf(text.charAt(i)) < 0;
        }
        assertEquals(naive, reading.sameClause(a, b), a + ", " + b);
      }
    }
    assertTrue(reading.sameClause(2, 4));
    assertFalse(reading.sameClause(2, 10));
    assertTrue(reading.sameClause(7, 7)); // the clause end itself, before it is passed
    assertTrue(new PlaceCues.Reading("", List.of(), List.of()).sameClause(0, 0));
  }

  @Test
  void theHitBeforeAHitIsTheOneEndingWhereItStarts() {
    String text = "江苏如东和上海崇明";
    List<GazetteerHit> hits = Gazetteer.load().findAll(text);
    PlaceCues.Reading reading = new PlaceCues.Reading(text, hits, List.of());

    assertEquals(List.of("江苏", "如东", "上海", "崇明"), hits.stream().map(GazetteerHit::surface).toList());
    assertNull(reading.before(hits.get(0)));
    assertEquals(hits.get(0), reading.before(hits.get(1)));
    assertNull(reading.before(hits.get(2)), "和 lies between 如东 and 上海");
    assertEquals(hits.get(2), reading.before(hits.get(3)));
  }

  @Test
  void aNameEndingWhereAWaterBodysNameEndsIsTheWaterBody() {
    RegionFinder regions = ExtractionContext.load().regions();
    // 京杭大运河 is both a water body and the gazetteer's name of the canal area; 长江 lies inside 长江口
    assertEquals(List.of(), regions.find("推动京杭大运河航道建设", java.util.Map.of()));
    assertEquals(List.of(), regions.find("加强长江口综合整治", java.util.Map.of()));
    assertEquals(List.of("南通"), regions.find("南通长江口", java.util.Map.of()).stream()
        .map(RegionFinder.Place::surface).toList());
    // a bay listed with water, before or after it, is the water too; alone it is the area around it
    assertEquals(List.of(), regions.find("推进杭州湾、长江口等海湾综合整治", java.util.Map.of()));
    assertEquals(List.of(), regions.find("推进长江口和杭州湾综合整治", java.util.Map.of()));
    assertEquals(List.of("杭州湾"), regions.find("支持杭州湾发展", java.util.Map.of()).stream()
        .map(RegionFinder.Place::surface).toList());
  }
}
