package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionExtractorTest {

    private final RegionExtractor extractor = new RegionExtractor();

    private List<String> keys(String text) {
        return Snippets.extract(extractor, text).entities().stream().map(EntityMention::key).distinct().sorted()
                .toList();
    }

    @Test
    void divisionsAreaAndProvinceAbbreviations() {
        // Given a sentence naming a county with its province, an area and a run of province abbreviations
        List<String> keys = keys("支持江苏如东与上海共建长三角产业合作区，深化沪浙两地合作。");
        // Then each is its gazetteer entry, 沪浙 read as 上海 and 浙江
        assertEquals(List.of("region/31", "region/32", "region/320623", "region/33", "region/长江三角洲"), keys);
    }

    @Test
    void waterBodiesAreNotDivisions() {
        // Given rivers and lakes whose names are also town or county short names (长江镇, 太湖县, 淮河镇)
        List<String> keys = keys("以长江为纽带，淮河、太湖、巢湖等为关键节点，推进太湖流域综合治理。");
        // Then none is a division; the basin is an area
        assertEquals(List.of("region/太湖流域"), keys);
    }

    @Test
    void ambiguousNameFollowsItsContext() {
        // Given 长兴 next to 崇明 (the island town of 崇明), and 长兴 next to 湖州 (the county)
        assertTrue(keys("加快建设崇明-长兴-五号沟天然气管道。").contains("region/310151116"));
        assertTrue(keys("支持湖州长兴建设绿色发展示范区。").contains("region/330522"));
    }

    @Test
    void stationsOfAPowerLineAreNotPlaces() {
        // Given a power line named after its substations, one named like a city of another province (新余)
        List<String> keys = keys("加快建设上海黄渡-泗泾-新余线路改造工程，推进浦东、闵行、嘉定、松江、青浦电网建设。");
        // Then the stations are not regions
        assertFalse(keys.contains("region/360500"), keys.toString());
    }

    @Test
    void commonWordsThatAreShortNamesAreNotPlaces() {
        // Given words that contain town short names (新发展, 绿水青山, 大中城市)
        List<String> keys = keys("坚持新发展理念，践行绿水青山就是金山银山理念，推动大中城市协调发展。");
        assertFalse(keys.stream().anyMatch(k -> k.matches("region/\\d{9}")), keys.toString());
    }

    @Test
    void documentWithoutPlacesGivesNothing() {
        assertTrue(Snippets.extract(extractor, "坚持稳中求进工作总基调。").entities().isEmpty());
    }

    @Test
    void aPlaceNameInsideAHeadNounIsNoPlace() {
        // Given 海口 inside the head 出海口 (an outlet to the sea)
        List<String> keys = keys("规划建设盐城滨海港区新出海口。");
        // Then 海口市 is not named
        assertFalse(keys.contains("region/460100"), keys.toString());
    }

    @Test
    void aShortNameAfterADivisionLiesWithinIt() {
        // Given a county written before a town short name of another county (平山街道 lies in 淮南, not 淮北)
        List<String> keys = keys("支持安徽淮北平山电厂扩建，推进湖州长兴建设。");
        // Then the town is not read; 长兴 after 湖州 is the county of 湖州
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("region/340404")), keys.toString());
        assertTrue(keys.contains("region/330522"), keys.toString());
    }

    @Test
    void aShortNameEndingInAConjunctionIsTwoWords() {
        // Given 上云和数字化 (moving to the cloud and digitalising), where 云和 reads like the county 云和县
        List<String> keys = keys("鼓励浙江中小企业上云和数字化转型。");
        assertEquals(List.of("region/33"), keys);
    }

    @Test
    void anAreaAfterADirectionIsPartOfANarrowerName() {
        // Given 南沿江 (the southern bank line), which holds the area 沿江 and the town short name 沿江
        List<String> keys = keys("加快建设江苏南沿江城际铁路。");
        assertEquals(List.of("region/32"), keys);
    }

    @Test
    void aTownListedAmongNamesSharingAHeadIsAPlace() {
        // Given a town short name as one item of a list of river crossings in a text about 江苏
        List<String> keys = keys("江苏推进常泰、龙潭、苏通第二等过江通道建设。");
        // Then it is the town of 南京 (the crossings are in 江苏), not the 龙潭 of 安徽
        assertTrue(keys.contains("region/320113006"), keys.toString());
    }

    @Test
    void townsOfOneNameThatTheContextCannotTellApartAreNeither() {
        // Given 虹桥, a town short name in 长宁 and in 闵行 of 上海, with only 浦东 as context
        List<String> keys = keys("完善浦东国际机场与虹桥国际机场之间的快速联系通道。");
        assertFalse(keys.stream().anyMatch(k -> k.matches("region/\\d{9}")), keys.toString());
    }

    @Test
    void aNameWithinAWaterBodysNameIsTheWaterBody() {
        // Given the Grand Canal and the 黄浦江 by its short name 浦江
        List<String> keys = keys("推动京杭大运河航道建设，办好上海浦江创新论坛。");
        assertEquals(List.of("region/31"), keys);
    }

    @Test
    void aTownIsToldByThePlacesOfItsOwnClause() {
        // Given a town name in a chain of places, with a city that has a town of that name elsewhere in the paragraph
        List<String> keys = keys("推动南通沿江港口协同发展。鼓励虹桥-安亭-花桥一线联动发展，共建跨界合作区。");
        // Then the city says nothing about the town of the chain
        assertFalse(keys.contains("region/320613005"), keys.toString());
        assertTrue(keys.contains("region/320600"), keys.toString());
    }

    @Test
    void aTownNameThatIsACommonWordNeedsAPlaceBesideIt() {
        // Given 惠民 as a common word (for the people) in a paragraph that names the county of 惠民街道
        List<String> keys = keys("支持嘉善县深化改革。推出“惠民一卡通”和科技惠民工程。");
        assertFalse(keys.contains("region/330421003"), keys.toString());
    }

    @Test
    void aDirectionInsideAnInstitutionsNameIsNoArea() {
        // Given 东部 inside the name of a centre, and 西部 as the region
        assertFalse(keys("建设国家技术转移东部中心。").contains("region/东部地区"));
        assertTrue(keys("加强与西部地区的合作。").stream().anyMatch(k -> k.contains("西部")));
    }

    @Test
    void aShortNameAfterAForeignCountryIsNoTownAtHome() {
        // Given a park abroad named with a short name that is also a town's in Jiangsu
        List<String> keys = keys("支持江苏企业参与越南青山产业园区建设。");
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("region/321081")), keys.toString());
    }

    @Test
    void aTownRightAfterAMunicipalityLiesInIt() {
        // Given a town short name written right after 上海, a municipality and so a city, with no project head near
        List<String> keys = keys("推动上海金桥、江苏昆山两地先进制造业协同发展。");
        // Then the town of 上海 is named
        assertTrue(keys.contains("region/310115120"), keys.toString());
    }

    @Test
    void twoAndACharacterNamesThePairThatSharesIt() {
        // Given 两淮 and 两湖: the two divisions whose names join the character with 南 and 北
        List<String> keys = keys("加快两淮采煤沉陷区综合治理，深化与两湖地区的粮食产销合作。");
        // Then both of each pair are named
        assertTrue(keys.containsAll(List.of("region/340400", "region/340600", "region/42", "region/43")),
                keys.toString());
        // Given 两 counting things (两湖一库) or a character without a pair (两江)
        List<String> none = keys("保护两湖一库水质，推进两江四岸整治。");
        // Then no place is named
        assertEquals(List.of(), none);
    }

    @Test
    void anIslandIsNamedByItsDivision() {
        // Given an island named by the district it makes up
        List<String> keys = keys("加强崇明岛东滩湿地保护修复。");
        // Then the district is named
        assertEquals(List.of("region/310151"), keys);
    }

    @Test
    void aDocumentCallsAnAreaItNamesInFullByItsPart() {
        // Given a document that names 长三角中心区, then 中心区 alone and a generic 城市中心区
        Extraction e = Snippets.extract(extractor,
                "推动长三角中心区一体化发展。强化中心区产业集聚能力，优化城市中心区功能布局。");
        List<String> surfaces = e.entities().stream().filter(m -> m.key().equals("region/长三角中心区"))
                .map(m -> m.mention().surface() + "@" + m.mention().from()).toList();
        // Then the bare part is the area too, the generic one is not
        assertEquals(2, surfaces.size(), surfaces.toString());
        assertTrue(surfaces.contains("中心区@16"), surfaces.toString());
        // Given a document that never names the full form, Then 中心区 is no area
        assertEquals(List.of(), keys("强化中心区产业集聚能力。"));
    }

    @Test
    void aBayListedWithWatersIsWater() {
        // Given a bay listed with a river mouth as water to clean up
        assertFalse(keys("推进长江口、杭州湾等海湾综合整治。").contains("region/杭州湾"));
        // Given the bay as the area around it
        assertTrue(keys("推动杭州湾产业带协同发展。").contains("region/杭州湾"));
    }
}
