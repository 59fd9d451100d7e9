package org.yrdkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BadInputTest {

    @Test
    void documentWithoutEntitiesGivesAnEmptyResult() {
        for (Extractor x : Extractors.defaults()) {
            Extraction e = Snippets.extract(x, "今天的天气很好，大家心情愉快。");
            assertTrue(e.entities().isEmpty() && e.relations().isEmpty(), x.name());
        }
    }

    @Test
    void longSentenceWithoutPunctuationCompletes() {
        // Given a 10,000-character sentence without punctuation, full of heads and place names; Then it completes
        String unit = "推进上海江苏浙江安徽铁路机场港区建设集成电路";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 10_000) {
            sb.append(unit);
        }
        for (Extractor x : Extractors.defaults()) {
            Snippets.extract(x, sb.substring(0, 10_000));
        }
    }
}
