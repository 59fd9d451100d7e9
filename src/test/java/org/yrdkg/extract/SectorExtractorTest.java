package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sectors read from sentences written for this test in the style of the genre. */
class SectorExtractorTest {

    private static List<String> sectors(String text) {
        return Snippets.names(Snippets.extract(new SectorExtractor(), text), "Sector");
    }

    @Test
    void listClosedByACountTakesEveryItem() {
        // Given a list closed by "六大重点领域" with items the lexicon lacks, a qualified name and another name
        String text = "聚焦高端芯片、工业母机、智能家居、海洋工程装备、现代种业、低空经济六大重点领域，打造一批产业集群。";
        // When sectors are read
        List<String> names = sectors(text);
        // Then every item is one sector: unknown items as themselves, the others keyed by their concept
        assertEquals(List.of("低空经济", "工业母机", "智能家居", "现代种业", "船舶", "集成电路"), names);
    }

    @Test
    void listClosedBy产业AloneNeedsTwoItems() {
        List<String> names = sectors("加快发展无人机、商业航天、新能源汽车产业，延伸光伏组件产业链，壮大特色产业。");
        assertEquals(List.of("光伏", "商业航天", "新能源汽车", "无人机"), names);
    }

    @Test
    void listsOfNewTechnologiesAndTraditionalIndustries() {
        List<String> names = sectors("推动苏州造纸和家具制造、食品加工等传统产业转型，加强北斗导航、边缘计算等新技术研发。");
        assertEquals(List.of("卫星导航", "家具制造", "边缘计算", "造纸", "食品加工"), names);
    }

    @Test
    void anItemIsOneSectorWhateverLexiconWordsItContains() {
        // 智慧健康养老 is neither 健康 nor 养老; 现代金融 and 文化创意 qualified are their concepts
        List<String> names = sectors("围绕智慧健康养老、数字文化创意、现代金融、体育服务等服务业，建设一批集聚区。");
        assertEquals(List.of("体育", "文化创意", "智慧健康养老", "服务业", "金融"), names);
    }

    @Test
    void anItemThatIsALexiconTermWithout业IsThatTerm() {
        List<String> names = sectors("重点布局研发设计、高端制造、营销服务等产业链环节。");
        assertEquals(List.of("制造业", "研发设计", "营销服务"), names);
    }

    @Test
    void aLexiconWordMustEndAWord() {
        // 化工 is in 绿化工程 and 深化工业 only as characters
        List<String> names = sectors("实施沿江造林绿化工程，深化工业互联网创新应用。");
        assertEquals(List.of("工业互联网"), names);
    }

    @Test
    void anEverydayWordIsItsSectorOnlyWhereTheTextMakesItAnIndustry() {
        assertEquals(List.of(), sectors("加强内河船舶尾气排放治理，完善汽车租赁网点布局。"));
        assertEquals(List.of("船舶"), sectors("支持船舶制造企业转型。"));
        assertEquals(List.of("化工", "汽车", "船舶"), sectors("降低船舶、汽车、化工等行业门槛。"));
    }

    @Test
    void aListEndsAtTheTailOfTheListBeforeIt() {
        List<String> names = sectors("严厉查处商业欺诈、虚假宣传等行为以及网络交易、跨境电商等领域违法活动。");
        assertTrue(names.containsAll(List.of("电子商务", "网络交易")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("行为")), names.toString());
    }

    @Test
    void aBareListOfMannersIsNoList() {
        assertEquals(List.of("数字创意"), sectors("培育一批智能化、绿色化、平台化数字创意产业项目。"));
    }

    @Test
    void eachSectorMentionIsNamedWithEachRegionOfItsClauseOnce() {
        // Given a clause naming 合肥 three times and 芜湖 once, and two sectors
        Extraction e = Snippets.extract(new SectorExtractor(), "支持合肥、芜湖和合肥高新区、合肥经开区发展集成电路和新能源汽车。");
        List<String> pairs = e.relations().stream().filter(r -> r.property().getLocalName().equals("namedWith"))
                .map(r -> r.subject() + " " + r.object() + " " + r.evidence().from()).sorted().toList();
        // Then each sector mention is paired with each region once, however often the clause names it
        assertEquals(4, pairs.size(), pairs.toString());
        assertEquals(4, pairs.stream().distinct().count(), pairs.toString());
        assertTrue(pairs.stream().anyMatch(p -> p.startsWith("sector/新能源汽车 region/340200 ")), pairs.toString());
    }
}
