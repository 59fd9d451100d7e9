package org.yrdkg.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yrdkg.extract.Mention;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.Heading;
import org.yrdkg.text.InputException;
import org.yrdkg.text.Paragraph;
import org.yrdkg.text.SourceReader;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Scores a knowledge base against a hand-annotated gold set ({@code *.tsv} files, format in the gold README): per
 * kind (regions, projects with their class, project–region links, sectors) precision, recall and F1 over the entities
 * each annotated scope names, with the misses and the false hits.
 */
public final class Evaluation {

    /** One gold row: in {@code file}, under the headings {@code scope}, an entity of {@code kind}. */
    public record GoldItem(String file, String scope, String kind, String key, String type, List<String> regions,
            List<String> names, String source) {}

    /** The score of one kind, with what was missed and what was found wrongly (as "scope: item"). */
    public record Score(String kind, int truePositives, int falsePositives, int falseNegatives, List<String> misses,
            List<String> falseHits) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static final List<String> KINDS = List.of("region", "project", "project-region", "sector");
    // The kinds a gold line may have; project-region is scored from the regions column of project lines.
    private static final List<String> GOLD_KINDS = List.of("region", "project", "sector");

    private Evaluation() {}

    /**
     * The gold items of every {@code *.tsv} file of {@code dir}, in file and line order. A file that is not UTF-8 text,
     * or a line without file, scope, kind and key or with a kind other than region, project or sector, is refused
     * with an {@link InputException} naming the file and line.
     */
    public static List<GoldItem> readGold(Path dir) {
        List<GoldItem> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = SourceReader.readUtf8(f).lines().toList();
                for (int n = 1; n <= lines.size(); n++) {
                    String line = lines.get(n - 1);
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String source = f.getFileName() + ":" + n;
                    String[] c = (line + "\t\t\t\t\t\t").split("\t", -1);
                    if (c[0].isBlank() || c[1].isBlank() || c[3].isBlank()) {
                        throw new InputException(source + ": a gold line is file, scope, kind, key (then type, regions,"
                                + " names), separated by tabs");
                    }
                    if (!GOLD_KINDS.contains(c[2].strip())) {
                        throw new InputException(source + ": unknown kind '" + c[2].strip() + "' (one of "
                                + String.join(", ", GOLD_KINDS) + ")");
                    }
                    items.add(new GoldItem(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c[4].strip(),
                            split(c[5]), split(c[6]), source));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold set " + dir, e);
        }
        return items;
    }

    /** Refuses, naming the first such line, gold items of a document that {@code corpus} does not have. */
    public static void checkDocuments(List<GoldItem> gold, Corpus corpus) {
        for (GoldItem g : gold) {
            if (!corpus.contains(g.file())) {
                throw new InputException(g.source() + ": no document " + g.file() + " among the seeds"
                        + " (the first column names a seed file)");
            }
        }
    }


    /** The scores, one per kind of {@link #KINDS}. */
    public static List<Score> score(KnowledgeBase kb, Corpus corpus, List<GoldItem> gold) {
        Map<String, Score> scores = new LinkedHashMap<>();
        KINDS.forEach(k -> scores.put(k, new Score(k, 0, 0, 0, new ArrayList<>(), new ArrayList<>())));
        Map<String, List<GoldItem>> byScope = gold.stream().collect(Collectors.groupingBy(
                g -> g.file() + "\t" + g.scope(), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<GoldItem>> s : byScope.entrySet()) {
            GoldItem first = s.getValue().get(0);
            StructuredDocument doc = corpus.document(first.file());
            Set<Integer> paragraphs = new HashSet<>();
            for (Paragraph p : doc.paragraphs()) {
                String path = doc.path(p).stream().map(Heading::number).collect(Collectors.joining("/"));
                if (path.startsWith(first.scope())) {
                    paragraphs.add(p.index());
                }
            }
            List<Entity> found = kb.entities().stream().filter(e -> e.mentions().stream()
                    .anyMatch(m -> m.file().equals(first.file()) && paragraphs.contains(m.paragraph()))).toList();
            String label = first.file().substring(0, 3) + " " + first.scope() + ": ";
            scoreScope(kb, s.getValue(), found, first.file(), paragraphs, label, scores);
        }
        return List.copyOf(scores.values());
    }

    private static void scoreScope(KnowledgeBase kb, List<GoldItem> gold, List<Entity> found, String file,
            Set<Integer> paragraphs, String label, Map<String, Score> scores) {
        for (String kind : List.of("region", "project", "sector")) {
            List<GoldItem> g = gold.stream().filter(x -> x.kind().equals(kind)).toList();
            List<Entity> f = found.stream().filter(e -> e.id().startsWith(kind + "/")).toList();
            Set<Entity> matched = new HashSet<>();
            Map<GoldItem, Entity> pairs = new LinkedHashMap<>();
            for (GoldItem item : g) {
                Entity hit = f.stream().filter(e -> !matched.contains(e) && matches(item, e, file, paragraphs))
                        .findFirst().orElse(null);
                if (hit != null && (!kind.equals("project") || hit.type().getLocalName().equals(item.type()))) {
                    matched.add(hit);
                    pairs.put(item, hit);
                    add(scores, kind, 1, 0, 0, null, null);
                } else {
                    add(scores, kind, 0, 0, 1, label + item.key() + (item.type().isEmpty() ? "" : " " + item.type())
                            + (hit == null ? "" : " (found as " + hit.type().getLocalName() + ")"), null);
                }
            }
            for (Entity e : f) {
                if (!matched.contains(e)) {
                    add(scores, kind, 0, 1, 0, null, label + e.name() + " " + e.type().getLocalName());
                }
            }
            if (kind.equals("project")) {
                pairs.forEach((item, e) -> links(kb, item, e, label, scores));
            }
        }
    }

    // Project–region links of a matched project: connects or locatedIn, compared as sets of region ids.
    private static void links(KnowledgeBase kb, GoldItem item, Entity e, String label, Map<String, Score> scores) {
        Set<String> want = item.regions().stream().map(r -> "region/" + r).collect(Collectors.toCollection(TreeSet::new));
        Set<String> got = kb.relations().stream().filter(r -> r.subject().equals(e.id()) && r.object() != null
                && (r.property().equals(Yrd.connects) || r.property().equals(Yrd.locatedIn)))
                .map(Relation::object).collect(Collectors.toCollection(TreeSet::new));
        for (String w : want) {
            if (got.contains(w)) {
                add(scores, "project-region", 1, 0, 0, null, null);
            } else {
                add(scores, "project-region", 0, 0, 1, label + item.key() + " → " + w, null);
            }
        }
        got.stream().filter(x -> !want.contains(x)).forEach(x ->
                add(scores, "project-region", 0, 1, 0, null, label + item.key() + " → " + x));
    }

    private static boolean matches(GoldItem item, Entity e, String file, Set<Integer> paragraphs) {
        if (item.kind().equals("region")) {
            return e.id().equals("region/" + item.key());
        }
        Set<String> names = new HashSet<>(item.names());
        names.add(item.key());
        if (names.contains(e.name()) || e.altNames().stream().anyMatch(names::contains)) {
            return true;
        }
        for (Mention m : e.mentions()) {
            if (m.file().equals(file) && paragraphs.contains(m.paragraph()) && names.contains(m.surface())) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, Score> scores, String kind, int tp, int fp, int fn, String miss,
            String falseHit) {
        Score s = scores.get(kind);
        List<String> misses = s.misses();
        List<String> falseHits = s.falseHits();
        if (miss != null) {
            misses.add(miss);
        }
        if (falseHit != null) {
            falseHits.add(falseHit);
        }
        scores.put(kind, new Score(kind, s.truePositives() + tp, s.falsePositives() + fp, s.falseNegatives() + fn,
                misses, falseHits));
    }

    private static List<String> split(String field) {
        return field.isBlank() ? List.of() : List.of(field.strip().split("\\|"));
    }
}
