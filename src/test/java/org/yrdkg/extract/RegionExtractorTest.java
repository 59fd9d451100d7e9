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
}
