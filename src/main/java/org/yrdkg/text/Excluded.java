package org.yrdkg.text;

/**
 * Text of a file that is not part of the policy and is left out.
 *
 * @param span span in the raw file
 * @param reason why: "unrelated article", "headline"
 * @param preview its first characters, for a report
 */
public record Excluded(Span span, String reason, String preview) {}
