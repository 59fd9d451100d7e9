package org.yrdkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RelationKeyTest {

    private static final String YRD = "http://example.org/yrd#";

    @Test
    void aPropertyThatBeginsAnotherSortsFirst() {
        // Given yrd:within and yrd:withinArea; Then yrd:within's keys come first, whatever their objects
        RelationKey within = RelationKey.of(YRD + "within", "region/9");
        RelationKey withinArea = RelationKey.of(YRD + "withinArea", "region/1");
        assertTrue(within.compareTo(withinArea) < 0);
        assertTrue(withinArea.compareTo(within) > 0);
    }

    @Test
    void headsOrderAsTheyDoWithTheTabAfterThem() {
        // Given a control character below the tab after a common beginning; Then the longer sorts first, unlike
        // String.compareTo
        assertTrue("a".compareTo("a\u0001") < 0);
        assertTrue(RelationKey.compareHeads("a", "a\u0001") > 0);
        assertTrue(RelationKey.compareHeads("a\u0001", "a") < 0);
        assertEquals(0, RelationKey.compareHeads("region/3205", new String("region/3205")));
    }

    @Test
    void aPropertyWithATabIsSplitAtIt() {
        // Given two keys whose strings are one ("p\tq" + "\t" + "o" and "p" + "\t" + "q\to"); Then they are one key
        assertEquals(RelationKey.of("p", "q\to"), RelationKey.of("p\tq", "o"));
        assertEquals(0, RelationKey.of("p", "q\to").compareTo(RelationKey.of("p\tq", "o")));
    }

    @Test
    void keysEqualAndOrderAsTheirStrings() {
        // Given random properties and objects over few characters (tabs, a control character, letters, Chinese);
        // Then two keys are equal, and order, as "property \t object" does
        Random random = new Random(20191201);
        for (int i = 0; i < 200_000; i++) {
            String p1 = random(random);
            String o1 = random(random);
            String p2 = random.nextInt(4) == 0 ? p1 : random(random);
            String o2 = random(random);
            String s1 = p1 + "\t" + o1;
            String s2 = p2 + "\t" + o2;
            RelationKey k1 = RelationKey.of(p1, o1);
            RelationKey k2 = RelationKey.of(p2, o2);
            assertEquals(s1.equals(s2), k1.equals(k2), s1 + " | " + s2);
            assertEquals(Integer.signum(s1.compareTo(s2)), Integer.signum(k1.compareTo(k2)), s1 + " | " + s2);
            if (p1.indexOf('\t') < 0 && p2.indexOf('\t') < 0) {
                assertEquals(Integer.signum((p1 + "\t").compareTo(p2 + "\t")),
                        Integer.signum(RelationKey.compareHeads(p1, p2)), p1 + " | " + p2);
            }
        }
    }

    private static String random(Random random) {
        String alphabet = "\t\u0001ab长三";
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(5); n > 0; n--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
