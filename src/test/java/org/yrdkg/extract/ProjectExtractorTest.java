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

    @Test
    void aStageWordInsideANameIsThatProjectsOwn() {
        // Given a pipeline and an expansion project under a governing phrase that names no stage
        Extraction e = Snippets.extract(extractor, "加快推进嘉兴-平湖天然气管道、舟山LNG储罐扩建工程等项目建设。");
        // Then the expansion is the storage project's stage, and the pipeline has none
        List<String> r = Snippets.relations(e);
        List<String> stages = r.stream().filter(x -> x.contains(" stage ")).toList();
        assertEquals(1, stages.size(), r.toString());
        assertTrue(stages.get(0).contains("储罐扩建工程 stage Expansion"), r.toString());
    }

    private static List<String> joined(Extraction e, String key) {
        return Snippets.relations(e).stream().filter(r -> r.startsWith(key + " connects ") || r.startsWith(key
                + " locatedIn ")).map(r -> r.substring(r.lastIndexOf(' ') + 1)).sorted().toList();
    }

    @Test
    void aCompositeIsReadCoherentlyWithItsNeighbours() {
        // Given a waterway named 长湖申: 长沙 is the usual reading of 长, but lies far from 湖州 and 上海
        Extraction e = Snippets.extract(extractor, "浙江湖州加快长湖申线航道建设。");
        String key = Snippets.relations(e).get(0).split(" ")[0];
        // Then 长 is the county of 湖州 whose name begins with it
        assertEquals(List.of("region/31", "region/330500", "region/330522"), joined(e, key));
    }

    @Test
    void aCharacterWithoutACoherentReadingTakesTheOneDivisionThatFits() {
        // Given railways whose names hold characters that are no standard 简称 (绩, 吉, 乍)
        Extraction e = Snippets.extract(extractor,
                "上海、浙江、安徽绩溪共同推进杭临绩、温武吉、沪乍杭等铁路前期工作。");
        List<String> r = Snippets.relations(e);
        // Then 绩 is 绩溪 (named in the text), 吉 the one prefecture by 浙江 (吉安), 乍 stays unread; 武 is no
        // 武汉
        assertTrue(r.stream().anyMatch(x -> x.contains("connects region/341824")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.contains("connects region/360800")), r.toString());
        assertTrue(r.stream().noneMatch(x -> x.contains("region/420100")), r.toString());
        assertTrue(r.containsAll(List.of("project:Railway:沪乍杭 connects region/31",
                "project:Railway:沪乍杭 connects region/330100")), r.toString());
    }

    @Test
    void aLineBetweenAMunicipalityAndSuJoinsCities() {
        // Given a waterway between 苏 and 申 (上海), and an industrial park of 沪 and 苏
        Extraction e = Snippets.extract(extractor, "开展苏申内港线前期工作，支持沪苏大丰产业联动集聚区发展。");
        List<String> r = Snippets.relations(e);
        // Then the waterway joins 苏州 and 上海; the park names the provinces and lies in 大丰
        assertTrue(r.stream().anyMatch(x -> x.contains("内港线 connects region/320500")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.contains("locatedIn region/32")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.contains("locatedIn region/320904")), r.toString());
    }

    @Test
    void waterWorksAreNamedAfterRivers() {
        // Given a water transfer between rivers (淮 is the Huai, not 淮安)
        Extraction e = Snippets.extract(extractor, "加快实施引江济淮工程。");
        assertEquals(List.of("引江济淮工程"), Snippets.names(e, "WaterWorks"));
        assertTrue(Snippets.relations(e).stream().noneMatch(x -> x.contains("region/")), Snippets.relations(e)
                .toString());
    }

    @Test
    void theNounAfterDengIsTheClassOfTheList() {
        // Given a typed item followed by 等 and a class noun that has a head of its own
        Extraction e = Snippets.extract(extractor, "启动实施淮河入海水道二期等淮河治理重大工程。");
        assertEquals(List.of("淮河入海水道二期"), Snippets.names(e, "WaterWorks"));
    }

    @Test
    void namesGovernedByTownsJoinedWordsAndStationChains() {
        // Given a town short name before a head, a name joined inside by 与, and two station chains sharing a head
        Extraction e = Snippets.extract(extractor, "加快建设张江实验室、细胞结构与功能成像装置、"
                + "徐行-黄渡500千伏和泗泾-亭卫线路改造工程，推进铁路进外高桥港区。");
        assertEquals(List.of("张江实验室", "细胞结构与功能成像装置"), Snippets.names(e, "InnovationPlatform"));
        assertEquals(List.of("徐行-黄渡500千伏线路改造工程", "泗泾-亭卫线路改造工程"), Snippets.names(e, "PowerProject"));
        assertEquals(List.of("外高桥港区"), Snippets.names(e, "PortAndWaterway"));
    }

    @Test
    void programmesAndListsOfAreasAreNoProjects() {
        // Given a demonstration programme without a place, and a list of areas after a typed name
        Extraction e = Snippets.extract(extractor, "在张江科学城、西虹桥等区域建设电力物联网示范工程。");
        assertEquals(List.of("project:DevelopmentZone:张江科学城"), keys(e));
    }

    @Test
    void aCountMakesAKindOrSharesTheHead() {
        // Given a batch of a kind, and two named centres counted before their shared head
        Extraction e = Snippets.extract(extractor, "谋划建设一批智能制造产业集聚区，组建若干跨境物流综合试验区。"
                + "依托江苏南京、浙江杭州两个综合性国家科学中心，培育一批新材料产业创新工程。");
        // Then no kind is a project, and each centre is one without the count
        assertEquals(List.of("江苏南京综合性国家科学中心", "浙江杭州综合性国家科学中心"), Snippets.names(e,
                "InnovationPlatform"));
        assertEquals(2, keys(e).size(), keys(e).toString());
    }

    @Test
    void aVerbBeforeTheHeadIsNoPartOfTheName() {
        // Given verbs of review, setting up and connecting before zone and airport heads, and an adjective in 性
        Extraction e = Snippets.extract(extractor, "适时总结评估新片区建设经验，在机场东侧区域设置新片区。"
                + "完善联通萧山机场的轨道网络，实施河湖生态系统的恢复性修复工程，加强对外联通通道建设。");
        // Then the airport is named alone and nothing else is a project
        assertEquals(List.of("project:Airport:萧山"), keys(e));
    }

    @Test
    void aKindOfZoneNeedsAPlace() {
        // Given zones named only by their field, one named by a region and one by a composite abbreviation
        Extraction e = Snippets.extract(extractor, "打造全国现代物流业集聚区，建设数字金融开放示范区，"
                + "推动苏北承接产业转移集聚区和合芜蚌自主创新示范区建设，打通科研成果向市场转化通道，强化生态环境分区管治。");
        assertEquals(List.of("project:DevelopmentZone:合芜蚌自主创新", "project:IndustrialPark:苏北承接产业转移集聚区"),
                keys(e));
    }

    @Test
    void aPortNeedsAPortContext() {
        // Given hubs called 港 figuratively, a zone named after a city that ends in 港, and a port with shipping
        Extraction e = Snippets.extract(extractor, "建成张江国际人才港。建设杭州数字贸易枢纽港。"
                + "支持连云港东中西区域合作示范区建设。提升宁波舟山港集装箱航运能力。");
        assertEquals(List.of("宁波舟山港"), Snippets.names(e, "PortAndWaterway"));
        assertTrue(Snippets.names(e, "DevelopmentZone").contains("连云港东中西区域合作示范区"), keys(e).toString());
        assertTrue(Snippets.names(e, "OtherProject").containsAll(List.of("张江国际人才港", "杭州数字贸易枢纽港")),
                keys(e).toString());
    }

    @Test
    void aWorkNamedAfterALandmarkIsTheLongerName() {
        // Given a bridge listed with places that share the head of a wind farm
        Extraction e = Snippets.extract(extractor, "有序推进杭州湾大桥、嵊泗和岱山海上风电基地建设。");
        // Then three wind farms, the first named after the bridge, and no bridge
        assertEquals(List.of("岱山海上风电基地", "嵊泗海上风电基地", "杭州湾大桥海上风电基地"), Snippets.names(e, "PowerProject"));
        assertTrue(Snippets.names(e, "Crossing").isEmpty(), keys(e).toString());
    }

    @Test
    void aWorkThatBoundsAnAreaIsNoProject() {
        // Given an area bounded by a river called 港 and an airport
        Extraction e = Snippets.extract(extractor, "在张家港以北、萧山机场以西区域设立综合保税区。");
        assertTrue(keys(e).isEmpty(), keys(e).toString());
    }

    @Test
    void streamsCalled港InASentenceAboutRiversAreNoWorks() {
        // Given streams named 港 and 浦 listed as rivers that flow into a lake
        Extraction e = Snippets.extract(extractor, "共同治理元荡湖，将长白荡港、千灯浦和黄泥娄港等主要入湖河流纳入治理范围。");
        assertTrue(keys(e).isEmpty(), keys(e).toString());
    }

    @Test
    void worksNamedByTheirPurposeAloneAreKinds() {
        // Given works, networks and corridors named only by what they do
        Extraction e = Snippets.extract(extractor, "实施河道清淤疏浚治理工程和矿山复绿工程，完善雨水收集管网，"
                + "打造改革创新的先行先试走廊，建设国际一流的海空枢纽港。");
        // Then no project
        assertTrue(keys(e).isEmpty(), keys(e).toString());
    }

    @Test
    void worksNamedByAPlaceARiverATransferOrACountryPairAreProjects() {
        // Given works of the same heads named by a river, a city, a water transfer and a bilateral route
        Extraction e = Snippets.extract(extractor, "实施秦淮河疏浚治理工程、芜湖江堤加固工程、引江济巢工程，"
                + "推进中俄西线天然气管道工程建设。");
        List<String> names = keys(e).isEmpty() ? List.of() : e.entities().stream()
                .filter(m -> m.key().startsWith("project:")).map(EntityMention::name).sorted().distinct().toList();
        assertEquals(List.of("中俄西线天然气管道工程", "引江济巢工程", "秦淮河疏浚治理工程", "芜湖江堤加固工程"), names);
    }

    @Test
    void aCountyNamedLikeACommonWordDoesNotNameAWork() {
        // Given 惠民 (also a county's short name) as the purpose of a programme
        Extraction e = Snippets.extract(extractor, "实施文化惠民工程。");
        assertTrue(keys(e).isEmpty(), keys(e).toString());
    }

    @Test
    void corridorsParksInstitutesAndFacilitiesHaveHeads() {
        // Given an ecological corridor, a national park, an institute and a research facility, each named
        Extraction e = Snippets.extract(extractor, "加快钱塘江生态廊道建设，提升安徽黄山国家公园建设水平，"
                + "加强浙大长三角研究院等创新平台建设，推动深海钻探综合研究设施等重大科技基础设施集群化发展。");
        assertEquals(List.of("钱塘江生态廊道"), Snippets.names(e, "Corridor"));
        assertEquals(List.of("安徽黄山国家公园"), Snippets.names(e, "OtherProject"));
        assertEquals(List.of("浙大长三角研究院", "深海钻探综合研究设施"), Snippets.names(e, "InnovationPlatform"));
    }

    @Test
    void aNameBeforeABodyOrAMechanismNamesNoWork() {
        // Given an alliance and a mechanism named after a kind of base
        Extraction e = Snippets.extract(extractor, "发挥长三角科技孵化基地联盟作用，建立长三角农业示范基地合作机制。");
        assertTrue(keys(e).isEmpty(), keys(e).toString());
    }

    @Test
    void aStageWordFormingANounIsNoStage() {
        // Given a facility whose name holds 研究 listed with other facilities, and no governing stage phrase
        Extraction e = Snippets.extract(extractor, "推动强流重离子加速装置、深海综合研究设施等重大科技基础设施集群化发展。");
        List<String> r = Snippets.relations(e);
        assertTrue(r.stream().noneMatch(x -> x.contains(" stage ")), r.toString());
    }

    @Test
    void objectsJoinedInsideOneNameAreOneWorkTypedByTheirCue() {
        // Given a list item whose conjunction joins the objects of one work, and a subsidence work in a mining area
        Extraction e = Snippets.extract(extractor, "实施秦淮河疏浚治理工程、淮北采煤沉陷区和矸石山复绿工程、淮南矿区塌陷区治理工程。");
        assertEquals(List.of("淮北采煤沉陷区和矸石山复绿工程", "淮南矿区塌陷区治理工程"), Snippets.names(e, "OtherProject"));
        assertEquals(List.of("秦淮河疏浚治理工程"), Snippets.names(e, "WaterWorks"));
    }

    @Test
    void aConstructionVerbBeforeWorksIsPartOfTheName() {
        // Given a flood work named with 建设 before its head, and 建设 governing a bare head
        Extraction e = Snippets.extract(extractor, "实施巢湖分洪区安全建设工程。加快建设工程。");
        assertEquals(List.of("巢湖分洪区安全建设工程"), Snippets.names(e, "WaterWorks"));
        assertEquals(1, keys(e).size(), keys(e).toString());
    }

    @Test
    void aHeadWithAnAlternativeInBracketsIsOneHead() {
        // Given a terminal whose head gives an alternative in brackets
        Extraction e = Snippets.extract(extractor, "推进安庆LNG内河接收（转运）站建设。");
        assertEquals(List.of("安庆LNG内河接收（转运）站"), Snippets.names(e, "LNGTerminal"));
        assertTrue(Snippets.relations(e).stream().anyMatch(r -> r.endsWith("locatedIn region/340800")),
                Snippets.relations(e).toString());
    }
}
