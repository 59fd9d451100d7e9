package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorNamesTest {

  private static List<String> surfaces(String text, List<? extends ActorNames.Hit<?>> hits) {
    return hits.stream().map(h -> text.substring(h.from(), h.to())).toList();
  }

  @Test
  void eachLexiconKeepsItsOwnNamesWhereTheyOverlapAnothersInOnePass() {
    // 国家医疗保障局 is a central body and ends in the department name 医疗保障局; 国务院有关部门 is a collective
    // that opens with the central body 国务院. Read in one pass, each lexicon still finds its own longest names.
    String text = "国家医疗保障局、国务院有关部门和省医疗保障局";
    ActorNames.Found found = ActorNames.load().find(text);

    assertEquals(List.of("国家医疗保障局", "国务院"), surfaces(text, found.central()));
    assertEquals(List.of("医疗保障局", "医疗保障局"), surfaces(text, found.departments()));
    assertEquals(List.of("国务院有关部门"), surfaces(text, found.collectives()));
    assertEquals("国家医疗保障局", found.central().get(0).value().canonical());
    assertEquals(List.of(2, 17), found.departments().stream().map(ActorNames.Hit::from).toList());
  }

  @Test
  void aTextNamingNoActorFindsNothing() {
    ActorNames.Found found = ActorNames.load().find("");
    assertEquals(List.of(), found.central());
    assertEquals(List.of(), found.departments());
    assertEquals(List.of(), found.collectives());
    assertEquals(List.of(), ActorNames.load().find("推进长江经济带建设").central());
  }
}
