package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectExtractorTest {

    private final ProjectExtractor extractor = new ProjectExtractor();

    @Test
    void sharedHeadAppliesToEveryConjunctWithItsLocation() {
        // Given three terminals sharing one head, one with its province and county
        Extraction e = Snippets.extract(extractor, "加快上海、江苏如东、浙江温州LNG接收站扩建。");
        // Then three LNG terminals, each located in its most specific region, all being expanded
        assertEquals(List.of("上海LNG接收站", "江苏如东LNG接收站", "浙江温州LNG接收站"), Snippets.names(e, "LNGTerminal"));
        List<String> r = Snippets.relations(e);
        assertTrue(r.contains("project:LNGTerminal:江苏如东 locatedIn region/320623"), r.toString());
        assertTrue(r.contains("project:LNGTerminal:浙江温州 locatedIn region/330300"), r.toString());
        assertTrue(r.contains("project:LNGTerminal:上海 stage Expansion"), r.toString());
    }

    @Test
    void listBeforeDengTakesTheHead() {
        Extraction e = Snippets.extract(extractor, "规划建设常泰、龙潭、苏通第二、崇海等过江通道和东海二桥、沪舟甬等跨海通道。");
        assertEquals(List.of("东海二桥", "崇海过江通道", "常泰过江通道", "沪舟甬跨海通道", "苏通第二过江通道", "龙潭过江通道"),
                Snippets.names(e, "Crossing"));
    }

    @Test
    void bareNamesListedAmongRailwaysAreRailwaysJoiningTheirCities() {
        // Given bare composite names in a list of railways
        Extraction e = Snippets.extract(extractor, "推动北沿江高铁、沪通铁路二期、沪苏湖、通苏嘉甬等规划项目开工建设。");
        assertEquals(List.of("北沿江高铁", "沪苏湖铁路", "沪通铁路二期", "通苏嘉甬铁路"), Snippets.names(e, "Railway"));
        List<String> r = Snippets.relations(e);
        String husuhu = "project:Railway:31|320500|330500";
        for (String region : List.of("region/31", "region/320500", "region/330500")) {
            assertTrue(r.contains(husuhu + " connects " + region), r.toString());
        }
        assertTrue(r.contains(husuhu + " stage ToStartConstruction"), r.toString());
    }

    @Test
    void spellingsOfOneProjectShareAKey() {
        // Given the same pipeline with its abbreviations in either order, and a railway with two heads
        Extraction a = Snippets.extract(extractor, "加快建设浙沪联络线。加快建设沪苏湖高铁。");
        Extraction b = Snippets.extract(extractor, "配合推进沪浙联络线建设。加快建设沪苏湖铁路。");
        assertEquals(1, Snippets.names(a, "Pipeline").size());
        assertEquals(keys(a), keys(b));
    }

    private static List<String> keys(Extraction e) {
        return e.entities().stream().map(EntityMention::key).filter(k -> k.startsWith("project:")).sorted().toList();
    }

    @Test
    void kindsOfProjectAreNotProjects() {
        Extraction e = Snippets.extract(extractor, "加快推进城际铁路网建设，加快省际高速公路建设，完善区域机场协作机制。");
        assertTrue(keys(e).isEmpty(), keys(e).toString());
    }

    @Test
    void stageFromTheGoverningPhrase() {
        Extraction e = Snippets.extract(extractor, "推进沪甬铁路、甬台温福铁路的规划对接和前期工作，开展沪杭等磁悬浮项目规划研究。");
        List<String> r = Snippets.relations(e);
        assertTrue(r.stream().anyMatch(x -> x.endsWith("stage PreliminaryWork")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.contains("磁悬浮 stage Study")), r.toString());
    }
}
