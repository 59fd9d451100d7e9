package org.yrdkg.resolve;

/**
 * What follows the subject in a relation's key, the string "property \t object" (or value), without building it:
 * split at its first tab, so that a property URI without one is the head as it is. Two keys are equal, and order, as
 * their strings do.
 *
 * @param head the key up to its first tab: the property URI, unless that holds a tab
 * @param tail the key after its first tab
 */
record RelationKey(String head, String tail) implements Comparable<RelationKey> {

    /** The key "property \t object". */
    static RelationKey of(String property, String object) {
        int tab = property.indexOf('\t');
        return tab < 0 ? new RelationKey(property, object)
                : new RelationKey(property.substring(0, tab), property.substring(tab + 1) + "\t" + object);
    }

    @Override
    public int compareTo(RelationKey other) {
        int c = compareHeads(head, other.head);
        return c != 0 ? c : tail.compareTo(other.tail);
    }

    /** As {@code (a + "\t").compareTo(b + "\t")}, for strings that hold no tab. */
    static int compareHeads(String a, String b) {
        if (a == b) {
            return 0;
        }
        int c = a.compareTo(b);
        int n = Math.min(a.length(), b.length());
        // compareTo gives the difference of the lengths where one string begins the other, and that of the first
        // characters that differ otherwise
        if (c == 0 || c != a.length() - b.length() || !a.regionMatches(0, b, 0, n)) {
            return c;
        }
        // the tab after the shorter meets a character of the longer (below a tab only for control characters)
        return a.length() < b.length() ? '\t' - b.charAt(n) : a.charAt(n) - '\t';
    }
}
