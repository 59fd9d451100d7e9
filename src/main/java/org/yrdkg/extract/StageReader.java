package org.yrdkg.extract;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;

/**
 * Reads the construction stage of a project from the phrase that governs it in its clause (在建, 开工建设,
 * 规划对接和前期工作, 规划研究, 扩建, 建成 …, from {@code lexicon/stage-cues.tsv}): the last cue after the project,
 * which in this genre closes the list of projects it governs ("推进…的规划对接和前期工作"), else the nearest cue
 * before it ("开工建设沪通铁路二期"). A cue inside a project's name belongs to that project alone: 洋山LNG储罐扩建工程 is
 * an expansion when nothing governs it, and its 扩建 says nothing of the pipeline listed before it.
 */
final class StageReader {

    // A stage word that forms a noun (研究院, 研究设施, 规划馆) names an institution, not a stage.
    private static final java.util.regex.Pattern NOUN =
            java.util.regex.Pattern.compile("[院所室馆]|设施|中心|机构|基地|平台");

    private StageReader() {}

    /**
     * The stage of the project named at {@code [from, to)} of {@code clause}; {@code names} are the spans of every
     * project named in the clause (its own among them), as {@code {from, to}}.
     */
    static Optional<Resource> read(String clause, int from, int to, List<int[]> names, ProjectLexicon lex) {
        Resource after = null;
        Resource before = null;
        Resource own = null;
        for (PhraseMatcher.Match<Resource> m : lex.stages.findAll(clause)) {
            if (NOUN.matcher(clause).region(m.to(), clause.length()).lookingAt()) {
                continue;
            }
            if (m.from() >= from && m.to() <= to) {
                own = m.value();
            } else if (names.stream().anyMatch(n -> m.from() >= n[0] && m.to() <= n[1])) {
                continue;
            } else if (m.from() >= to) {
                after = m.value();
            } else if (m.to() <= from) {
                before = m.value();
            }
        }
        return Optional.ofNullable(after != null ? after : before != null ? before : own);
    }
}
