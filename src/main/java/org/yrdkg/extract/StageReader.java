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

    private final List<PhraseMatcher.Match<Resource>> cues; // the stage cues of the clause, nouns left out
    private final int[] ends; // ends[k]: where cue k ends (increasing: cues never overlap)
    private final int[] lastFree; // lastFree[k]: the last cue up to k that lies inside no project's name, or -1

    private StageReader(List<PhraseMatcher.Match<Resource>> cues, boolean[] free) {
        this.cues = cues;
        this.ends = cues.stream().mapToInt(PhraseMatcher.Match::to).toArray();
        this.lastFree = new int[cues.size()];
        for (int k = 0; k < cues.size(); k++) {
            lastFree[k] = free[k] ? k : k > 0 ? lastFree[k - 1] : -1;
        }
    }

    /**
     * The stage cues of {@code clause}, read once for every project named in it; {@code names} are the spans of those
     * projects as {@code {from, to}}.
     */
    static StageReader of(String clause, List<int[]> names, ProjectLexicon lex) {
        java.util.regex.Matcher noun = NOUN.matcher(clause);
        List<PhraseMatcher.Match<Resource>> cues = lex.stages.findAll(clause).stream()
                .filter(m -> !noun.region(m.to(), clause.length()).lookingAt()).toList();
        // reach[i]: the furthest end of a name starting at or before i, so a cue lies inside a name iff it ends by then
        int[] reach = new int[clause.length() + 1];
        for (int[] n : names) {
            reach[n[0]] = Math.max(reach[n[0]], n[1]);
        }
        for (int i = 1; i < reach.length; i++) {
            reach[i] = Math.max(reach[i], reach[i - 1]);
        }
        boolean[] free = new boolean[cues.size()];
        for (int k = 0; k < cues.size(); k++) {
            free[k] = cues.get(k).to() > reach[cues.get(k).from()];
        }
        return new StageReader(cues, free);
    }

    /** The stage of the project named at {@code [from, to)} of the clause. */
    Optional<Resource> read(int from, int to) {
        // the last cue after the project, else the last before it, else the last inside its name
        int after = free(cues.size() - 1);
        if (after >= 0 && cues.get(after).from() >= to) {
            return Optional.of(cues.get(after).value());
        }
        int before = free(lastEndingBy(from));
        if (before >= 0) {
            return Optional.of(cues.get(before).value());
        }
        int own = lastEndingBy(to);
        return own >= 0 && cues.get(own).from() >= from ? Optional.of(cues.get(own).value()) : Optional.empty();
    }

    // The last cue up to k that lies inside no project's name, or -1.
    private int free(int k) {
        return k < 0 ? -1 : lastFree[k];
    }

    // The last cue that ends at or before position, or -1.
    private int lastEndingBy(int position) {
        int k = java.util.Arrays.binarySearch(ends, position);
        if (k < 0) {
            return -k - 2;
        }
        return k;
    }
}
