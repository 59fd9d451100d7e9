package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yrdkg.extract.Division.Level;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.load();

    @Nested
    class Counts {

        @Test
        void allProvinceLevelDivisionsIncludingHongKongMacaoTaiwan() {
            // Given the gazetteer; When listing provinces; Then all 34, with the three the package leaves out
            List<Division> provinces = gazetteer.divisions(Level.PROVINCE);
            assertEquals(34, provinces.size());
            assertTrue(provinces.stream().map(Division::code).collect(Collectors.toSet())
                    .containsAll(Set.of("71", "81", "82")));
        }

        @Test
        void prefecturesAndCountiesOfAllChinaTownsOnlyOfTheFourProvinces() {
            assertTrue(gazetteer.divisions(Level.PREFECTURE).size() >= 330);
            assertTrue(gazetteer.divisions(Level.COUNTY).size() >= 2800);
            Set<String> townProvinces = gazetteer.divisions(Level.TOWN).stream()
                    .map(d -> d.code().substring(0, 2)).collect(Collectors.toSet());
            assertEquals(Set.of("31", "32", "33", "34"), townProvinces);
        }

        @Test
        void placeholdersAreNotDivisions() {
            for (String placeholder : List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")) {
                assertTrue(gazetteer.byName(placeholder).isEmpty(), placeholder);
            }
        }
    }

    @Nested
    class Hierarchy {

        @Test
        void countyOfAMunicipalityHangsDirectlyFromIt() {
            // Given 浦东新区; When asking its parent; Then 上海市, with no 市辖区 in between
            assertEquals("浦东新区", gazetteer.division("310115").orElseThrow().name());
            assertEquals("31", gazetteer.parent("310115").orElseThrow().code());
            assertTrue(gazetteer.isWithin("310115", "31"));
        }

        @Test
        void countyWithinPrefectureWithinProvince() {
            List<String> ancestors = gazetteer.ancestors("320623").stream().map(Division::code).toList();
            assertEquals(List.of("320600", "32"), ancestors);
            assertEquals("南通市", gazetteer.division("320600").orElseThrow().name());
            assertTrue(gazetteer.isWithin("320623", "320600"));
            assertTrue(gazetteer.isWithin("320623", "32"));
            assertFalse(gazetteer.isWithin("320623", "33"));
        }

        @Test
        void provinceDirectedCountyHangsFromTheProvince() {
            assertEquals(List.of("42"), gazetteer.ancestors("429004").stream().map(Division::code).toList());
        }

        @Test
        void townsHangFromTheirCounty() {
            Division town = gazetteer.divisions(Level.TOWN).stream()
                    .filter(d -> d.code().startsWith("320623")).findFirst().orElseThrow();
            assertEquals("320623", town.parentCode());
        }

        @Test
        void zeroPaddedAndFourDigitCodesAreAccepted() {
            assertEquals("32", gazetteer.division("320000").orElseThrow().code());
            assertEquals("320600", gazetteer.division("3206").orElseThrow().code());
        }
    }

    @Nested
    class ShortNameLookup {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"苏州, 320500", "如东, 320623", "吴江, 320509", "六安, 341500", "通州, 320612", "浦东, 310115",
                "上海, 31", "江苏, 32", "广西, 45", "内蒙古, 15", "新疆, 65", "宁夏, 64", "西藏, 54", "香港, 81",
                "恩施, 422800", "巴音郭楞, 652800", "神农架, 429021", "万柏林, 140109", "清新, 441803", "井陉矿, 130107", "白云鄂博, 150206"})
        void shortNameFindsTheDivision(String shortName, String code) {
            assertTrue(gazetteer.byName(shortName).stream().anyMatch(d -> d.code().equals(code)),
                    () -> shortName + " " + gazetteer.byName(shortName));
        }

        @Test
        void fullNameFindsTheDivision() {
            assertEquals(List.of("320500"), gazetteer.byName("苏州市").stream().map(Division::code).toList());
        }

        @Test
        void oneCharacterStemsAreNotShortNames() {
            // Given 城区, 郊区, 矿区, 忠县; Then no one-character short name, and no entry for 城 or 忠
            assertTrue(gazetteer.divisions().stream().flatMap(d -> d.shortNames().stream()).allMatch(s -> s.length() >= 2));
            assertTrue(gazetteer.byName("城").isEmpty());
            assertTrue(gazetteer.byName("忠").isEmpty());
        }

        @Test
        void ambiguousNameListsTheHigherDivisionFirst() {
            // Given 海南, the short name of a province, an autonomous prefecture, a district and a town
            List<Division> divisions = gazetteer.byName("海南");
            // Then the province comes first
            assertEquals("46", divisions.get(0).code());
            assertTrue(divisions.size() > 1);
        }

        @Test
        void ethnicOnlyNamesAndFunctionalZonesHaveNoShortName() {
            assertTrue(gazetteer.byName("东乡族").isEmpty());
            assertEquals(List.of("321100"), gazetteer.byName("镇江").stream().map(Division::code).toList());
        }
    }

    @Nested
    class Abbreviations {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"沪, 31", "甬, 330200", "皖, 34", "苏, 32", "锡, 320200", "亳, 341600"})
        void preferredReading(String abbrev, String code) {
            assertEquals(code, gazetteer.abbreviations(abbrev).get(0).code());
            assertTrue(gazetteer.abbreviations(abbrev).get(0).preferred());
        }

        @Test
        void ambiguousAbbreviationHasAllReadingsWithNanjingPreferred() {
            List<Abbreviation> readings = gazetteer.abbreviations("宁");
            assertEquals(Set.of("320100", "64"), readings.stream().map(Abbreviation::code).collect(Collectors.toSet()));
            assertEquals("320100", readings.get(0).code());
            assertEquals(1, readings.stream().filter(Abbreviation::preferred).count());
        }

        @Test
        void everyAbbreviationHasOneCharacterAKnownDivisionAndOnePreferredReading() {
            for (String abbrev : "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新台港澳".split("")) {
                List<Abbreviation> readings = gazetteer.abbreviations(abbrev);
                assertFalse(readings.isEmpty(), abbrev);
                assertEquals(1, readings.stream().filter(Abbreviation::preferred).count(), abbrev);
                readings.forEach(a -> assertTrue(gazetteer.division(a.code()).isPresent(), a::toString));
            }
        }
    }

    @Nested
    class AreasAndForeign {

        @Test
        void northernAnhuiHasItsSixCities() {
            Area area = gazetteer.area("皖北").orElseThrow();
            assertEquals(Set.of("341300", "340600", "340300", "341200", "340400", "341600"), Set.copyOf(area.memberCodes()));
        }

        @Test
        void yangtzeDeltaIsFoundByItsShortName() {
            Area area = gazetteer.area("长三角").orElseThrow();
            assertEquals("长江三角洲", area.name());
            assertEquals(List.of("31", "32", "33", "34"), area.memberCodes());
        }

        @Test
        void everyAreaMemberIsAKnownDivision() {
            for (String name : List.of("长三角中心区", "苏北", "长江经济带", "粤港澳大湾区", "南京都市圈")) {
                gazetteer.area(name).orElseThrow().memberCodes()
                        .forEach(code -> assertTrue(gazetteer.division(code).isPresent(), name + " " + code));
            }
        }

        @Test
        void foreignCountriesAndGroupings() {
            assertEquals("DE", gazetteer.foreign("德国").orElseThrow().iso3166Alpha2());
            assertEquals("AE", gazetteer.foreign("阿拉伯联合酋长国").orElseThrow().iso3166Alpha2());
            assertEquals("阿联酋", gazetteer.foreign("阿拉伯联合酋长国").orElseThrow().name());
            assertTrue(gazetteer.foreign("欧盟").orElseThrow().isGrouping());
            assertTrue(gazetteer.foreign("上海").isEmpty());
        }
    }

    @Nested
    class FindAll {

        @Test
        void findsProvincesAndShortNamesWithOffsets() {
            // Given a sentence naming provinces and cities by short name
            String text = "加快上海、江苏如东、浙江温州LNG接收站扩建";
            // When matching all names
            List<GazetteerHit> hits = gazetteer.findAll(text);
            // Then each name once, at its offsets
            assertEquals(List.of("上海@2", "江苏@5", "如东@7", "浙江@10", "温州@12"),
                    hits.stream().map(h -> h.surface() + "@" + h.start()).toList());
            for (GazetteerHit hit : hits) {
                assertEquals(hit.surface(), text.substring(hit.start(), hit.end()));
            }
            assertEquals("320623", hits.get(2).divisions().get(0).code());
        }

        @Test
        void longestNameWins() {
            List<GazetteerHit> hits = gazetteer.findAll("上海市浦东新区和长三角中心区");
            assertEquals(List.of("上海市", "浦东新区", "长三角中心区"), hits.stream().map(GazetteerHit::surface).toList());
            assertTrue(hits.get(2).candidates().get(0) instanceof Area);
        }

        @Test
        void candidatesPutWhatTheSurfaceNamesInFullFirst() {
            List<GazetteerHit> hits = gazetteer.findAll("舟山和沿江地区");
            assertEquals("330900", ((Division) hits.get(0).candidates().get(0)).code());
            assertEquals(List.of("舟山", "沿江地区"), hits.stream().map(GazetteerHit::surface).toList());
            assertTrue(hits.get(1).candidates().get(0) instanceof Area);
        }

        @Test
        void findsForeignNames() {
            List<GazetteerHit> hits = gazetteer.findAll("与德国、阿联酋和东盟合作");
            assertEquals(List.of("德国", "阿联酋", "东盟"), hits.stream().map(GazetteerHit::surface).toList());
        }

        @Test
        void shortNamesThatReadAsCommonWordsAreNotMatchedButStillLookedUp() {
            // Given 合作市, 新兴区, 港口镇, 资源县 whose short names are everyday words of planning text
            List<GazetteerHit> hits = gazetteer.findAll("深化区域合作，发展新兴产业，建设港口，节约资源");
            // Then findAll leaves them alone, while byName still knows them
            assertEquals(List.of(), hits.stream().map(GazetteerHit::surface).toList());
            assertTrue(gazetteer.byName("合作").stream().anyMatch(d -> d.name().equals("合作市")));
        }

        @Test
        void oneCharacterAbbreviationsAreNotMatched() {
            // Given text made of abbreviations only; Then nothing, and nowhere a one-character hit
            assertTrue(gazetteer.findAll("沪苏浙皖、宁杭甬").stream().allMatch(h -> h.surface().length() >= 2));
            assertTrue(gazetteer.findAll("沪、皖、甬").isEmpty());
        }
    }

    @Test
    void twoAndACharacterNamesOnePairOfOneAxis() {
        // Given characters shared by a 南/北 or 东/西 pair of provinces or prefectures
        assertEquals(List.of("淮南市", "淮北市"), gazetteer.pairNamedBy("淮").stream().map(Division::name).toList());
        assertEquals(List.of("广东省", "广西壮族自治区"),
                gazetteer.pairNamedBy("广").stream().map(Division::name).toList());
        // Then none where the pair does not border (山东, 山西) or one name reads first as another division (海南省)
        assertEquals(List.of(), gazetteer.pairNamedBy("山"));
        assertEquals(List.of(), gazetteer.pairNamedBy("海"));
    }
}
