package org.yrdkg.text;

import java.util.List;

/**
 * One line of a raw file.
 *
 * @param start raw index of its first character
 * @param end raw index after its last character (before the line break)
 * @param kind what the line is
 * @param kept the raw ranges {@code int[]{start, end}} of the line that are document text: all of
 *     it, less inline furniture such as "（上接第三版）"; empty for lines that are not content
 * @param continuation the line carries a newspaper continuation marker ("上接…版")
 */
public record Line(int start, int end, LineKind kind, List<int[]> kept, boolean continuation) {}
