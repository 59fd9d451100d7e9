package org.yrdkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yrdkg.extract.Gazetteer;

/** English labels of divisions: the short name in pinyin and the level, or a functional area's generic part in English. */
class RegionLabelsTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "320623, Rudong County",
        "320600, Nantong",
        "320509, Wujiang District",
        "320583, Kunshan City",
        "320576, Suzhou Industrial Park",
        "321171, Zhenjiang New Area",
        "340176, Hefei High-tech Industrial Development Zone",
        "320371, Xuzhou Economic and Technological Development Zone",
    })
    void englishLabel(String code, String expected) {
        assertEquals(expected, RegionLabels.en(GAZETTEER.division(code).orElseThrow()));
    }
}
