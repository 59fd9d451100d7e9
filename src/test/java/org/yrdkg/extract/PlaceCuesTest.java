package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaceCuesTest {

  @Test
  void twoPositionsShareAClauseWhenNoClauseEndLiesBetweenThem() {
    String text = "支持南通通州湾，推进苏州太仓港；建设嘉兴：平湖！舟山？宁波。杭州";
    PlaceCues.Clauses clauses = new PlaceCues.Clauses(text);
    for (int a = 0; a <= text.length(); a++) {
      for (int b = 0; b <= text.length(); b++) {
        boolean naive = true;
        for (int i = Math.min(a, b); i < Math.max(a, b); i++) {
          naive &= "，。；：！？".indexOf(text.charAt(i)) < 0;
        }
        assertEquals(naive, clauses.same(a, b), a + ", " + b);
      }
    }
    assertTrue(clauses.same(2, 4));
    assertFalse(clauses.same(2, 10));
    assertTrue(clauses.same(7, 7)); // the clause end itself, before it is passed
    assertTrue(new PlaceCues.Clauses("").same(0, 0));
  }
}
