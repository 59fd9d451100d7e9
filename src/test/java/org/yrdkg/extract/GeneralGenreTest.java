package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences written for this test in the style of the genre, naming places and projects that the seed documents do
 * not: the rules and lexicons must carry over to documents outside the repository.
 */
class GeneralGenreTest {

    @Test
    void railwaysAndCrossingsOfAnotherPlan() {
        Extraction e = Snippets.extract(new ProjectExtractor(),
                "加快推进盐泰锡常宜铁路、合武高铁等在建项目建设，规划建设马鞍山、芜湖等过江通道。");
        assertEquals(List.of("合武高铁", "盐泰锡常宜铁路"), Snippets.names(e, "Railway"));
        assertEquals(List.of("芜湖过江通道", "马鞍山过江通道"), Snippets.names(e, "Crossing"));
        List<String> r = Snippets.relations(e);
        assertTrue(r.contains("project:Railway:340100|420100 connects region/420100"), r.toString());
    }

    @Test
    void parksAndPlatformsOfAnotherCity() {
        Extraction e = Snippets.extract(new ProjectExtractor(),
                "支持宁波前湾新区、嘉兴科技城建设，共建苏皖合作示范区，打造南京紫金山实验室。");
        assertTrue(Snippets.names(e, "DevelopmentZone").contains("宁波前湾新区"), Snippets.entities(e).toString());
        assertTrue(Snippets.names(e, "InnovationPlatform").contains("南京紫金山实验室"), Snippets.entities(e).toString());
    }

    @Test
    void sectorListOfTheGenre() {
        Extraction e = Snippets.extract(new SectorExtractor(),
                "聚焦集成电路、生物医药、类脑智能等战略性新兴产业，支持合肥发展新能源汽车。");
        List<String> names = Snippets.names(e, "Sector");
        assertTrue(names.containsAll(List.of("集成电路", "生物医药", "类脑智能", "新能源汽车")), names.toString());
        List<String> r = Snippets.relations(e);
        assertTrue(r.contains("sector/集成电路 broader sector/制造业"), r.toString());
        assertTrue(r.contains("sector/新能源汽车 namedWith region/340100"), r.toString());
    }
}
