package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Characters of composite names that are no 简称, read by where their candidates lie. */
class CompositeDecoderTest {

    private final ProjectExtractor extractor = new ProjectExtractor();

    private List<String> joined(String text, String name) {
        return Snippets.relations(Snippets.extract(extractor, text)).stream()
                .filter(r -> r.startsWith("project:") && r.split(" ")[0].contains(name)
                        && (r.contains(" connects ") || r.contains(" locatedIn ")))
                .map(r -> r.substring(r.lastIndexOf(' ') + 1)).sorted().toList();
    }

    @Test
    void aCharacterBetweenTwoPlacesIsTheOneOnTheWay() {
        // Given a railway from 温州 to 吉安 whose middle character begins many names (武夷山, 武义, 武宁, 武汉 …)
        List<String> r = joined("支持浙江温州、江西吉安联合开展温武吉铁路规划研究。", "温武吉");
        // Then it is 武夷山, on the way between them; 武义 lies off it
        assertEquals(List.of("region/330300", "region/350782", "region/360800"), r);
    }

    @Test
    void aSubdivisionOfItsNeighbourIsChosenByTheOtherNeighbour() {
        // Given 临 after 杭州, where two districts of 杭州 begin with 临, and 绩溪 named after it
        List<String> r = joined("推动浙江杭州与安徽绩溪共建杭临绩铁路。", "杭临绩");
        // Then 临 is 临安, the district on the way to 绩溪, not 临平
        assertEquals(List.of("region/330100", "region/330112", "region/341824"), r);
    }

    @Test
    void twoCharactersOfACrossingAreTheTwoBanks() {
        // Given a crossing whose characters are no 简称, one bank named in the text
        List<String> r = joined("支持江苏启东加快推进崇启过江通道扩容。", "崇启");
        // Then the other character is the place beside it across the river (崇明), not the farther 崇川
        assertEquals(List.of("region/310151", "region/320681"), r);
    }

    @Test
    void aCharacterWithNoCandidateNearByStaysUnread() {
        // Given a line from 合肥 to a place whose character begins only names far from it
        List<String> r = joined("加快合新铁路前期工作。", "合新");
        // Then only 合肥 is read: a far guess would be worse than none
        assertTrue(r.stream().noneMatch(k -> !k.equals("region/340100")), r.toString());
    }
}
