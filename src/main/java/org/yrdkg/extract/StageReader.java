package org.yrdkg.extract;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;

/**
 * Reads the construction stage of a project from the phrase that governs it in its clause (在建, 开工建设,
 * 规划对接和前期工作, 规划研究, 扩建, 建成 …, from {@code lexicon/stage-cues.tsv}): the last cue after the project,
 * which in this genre closes the list of projects it governs ("推进…的规划对接和前期工作"), else the nearest cue
 * before it ("开工建设沪通铁路二期").
 */
final class StageReader {

    private StageReader() {}

    static Optional<Resource> read(String clause, int from, int to, ProjectLexicon lex) {
        List<PhraseMatcher.Match<Resource>> cues = lex.stages.findAll(clause);
        Resource after = null;
        Resource before = null;
        for (PhraseMatcher.Match<Resource> m : cues) {
            if (m.from() >= to) {
                after = m.value();
            } else if (m.to() <= from) {
                before = m.value();
            }
        }
        return Optional.ofNullable(after != null ? after : before);
    }
}
