package org.yrdkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yrdkg.extract.EntityMention;
import org.yrdkg.extract.Extraction;
import org.yrdkg.extract.Mention;
import org.yrdkg.extract.RelationMention;
import org.yrdkg.text.CopyAlignment;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.StructuredDocument;

/**
 * The mentions of a corpus with those of each copy mapped to the fullest version: a copy's mention that the
 * alignment places on a mention of the same kind in the fullest version takes that mention's key; if the copy read
 * it otherwise, the copy's surface is a misreading ({@code misread}) and its relations are dropped. A misspelling
 * the fullest version never has, where the copy repeats a passage the alignment places only once, takes the key it
 * takes where it is placed; a project the copy reads on aligned text where the fullest version names none is left out.
 * A mention is placed only where at least half of its characters align; a task the copy states in a passage the
 * alignment does not place is the fullest version's task of the same words, with its assignments ({@link Moved}).
 *
 * @param mentions  every entity mention, copies' ones rekeyed
 * @param relations every relation mention, copies' ones rekeyed, without those stated by a misread mention
 * @param misread   the copies' mentions whose own reading differed from the fullest version's
 */
record CopyMentions(List<EntityMention> mentions, List<RelationMention> relations, Set<Mention> misread) {

    static CopyMentions map(Corpus corpus, Map<String, Extraction> byDoc) {
        List<EntityMention> mentions = new ArrayList<>();
        List<RelationMention> relations = new ArrayList<>();
        Set<Mention> misread = new HashSet<>();
        Set<Mention> dropped = new HashSet<>();
        Map<String, Map<Integer, List<EntityMention>>> byParagraph = new HashMap<>();
        Map<String, Map<String, Set<String>>> bySurface = new HashMap<>();
        for (StructuredDocument doc : corpus.documents()) {
            Extraction e = byDoc.get(doc.name());
            CopyAlignment a = corpus.alignment(doc.name());
            if (a == null) {
                mentions.addAll(e.entities());
                relations.addAll(e.relations());
                continue;
            }
            // A misreading is corrected where it stands: in its own paragraph, not everywhere the copy uses the key
            // (能源 misread for 新能源 in one sentence leaves the copy's other 能源 alone).
            Map<Integer, Map<String, String>> rekey = new HashMap<>();
            Map<Integer, List<EntityMention>> fullMentions = byParagraph.computeIfAbsent(a.full().name(),
                    n -> byParagraph(byDoc.get(n)));
            Map<String, Set<String>> fullSurfaces = bySurface.computeIfAbsent(a.full().name(),
                    n -> bySurface(byDoc.get(n)));
            CopyAlignment.Positions positions = a.positions();
            Map<EntityMention, String> aligned = new HashMap<>();
            Map<String, Set<String>> readings = new HashMap<>();
            for (EntityMention m : e.entities()) {
                String full = fullKey(m, positions, fullMentions);
                if (full != null) {
                    aligned.put(m, full);
                    readings.computeIfAbsent(m.mention().surface(), k -> new HashSet<>()).add(full);
                }
            }
            Moved moved = Moved.of(e.entities(), aligned.keySet(), fullSurfaces);
            String fullText = a.full().paragraphs().stream().map(p -> p.text().text())
                    .collect(java.util.stream.Collectors.joining("\n"));
            for (EntityMention m : e.entities()) {
                String full = aligned.get(m);
                // A passage the copy repeats aligns only once; a spelling the full text never has (沪甬甬) is read
                // where it does not align as it was read where it did.
                Set<String> elsewhere = readings.getOrDefault(m.mention().surface(), Set.of());
                if (full == null && elsewhere.size() == 1 && !fullText.contains(m.mention().surface())) {
                    full = elsewhere.iterator().next();
                }
                if (full == null) {
                    full = moved.key(m.key());
                }
                // A project the copy reads where the fullest version, aligned word for word, names none comes from
                // the copy's own wording (国道省道 for 国省道): the fullest version's reading stands.
                if (full == null && kind(m.key()).equals("project") && placed(m, positions)) {
                    dropped.add(m.mention());
                    continue;
                }
                if (full != null && !full.equals(m.key())) {
                    rekey.computeIfAbsent(m.mention().paragraph(), k -> new HashMap<>()).putIfAbsent(m.key(), full);
                    misread.add(m.mention());
                }
                mentions.add(full == null ? m : new EntityMention(full, m.type(), m.name(), m.mention()));
            }
            for (RelationMention r : e.relations()) {
                if (misread.contains(r.evidence())
                        || dropped.contains(r.evidence()) && kind(r.subject()).equals("project")) {
                    continue;
                }
                Map<String, String> here = rekey.getOrDefault(r.evidence().paragraph(), Map.of());
                String subject = here.getOrDefault(r.subject(), r.subject());
                String object = r.object() == null ? null : here.getOrDefault(r.object(), r.object());
                if (object != null && object.equals(subject) && !r.object().equals(r.subject())) {
                    continue;
                }
                relations.add(new RelationMention(subject, r.property(), object, r.value(), r.evidence()));
            }
        }
        return new CopyMentions(mentions, relations, misread);
    }

    private static Map<Integer, List<EntityMention>> byParagraph(Extraction e) {
        Map<Integer, List<EntityMention>> out = new HashMap<>();
        e.entities().forEach(m -> out.computeIfAbsent(m.mention().paragraph(), k -> new ArrayList<>()).add(m));
        return out;
    }

    /**
     * Tasks the alignment does not place (a copy that moves passages about), each with the fullest version's
     * task worded the same, where that version has one; an assignment of such a task follows it. A task is left
     * as the copy's own when one of its assignments has no counterpart there, so that none is left without its
     * task.
     */
    private record Moved(Map<String, String> tasks) {
        static Moved of(List<EntityMention> copy, Set<EntityMention> placed, Map<String, Set<String>> fullSurfaces) {
            Map<String, String> tasks = new HashMap<>();
            Set<String> fullKeys = new HashSet<>();
            fullSurfaces.values().forEach(fullKeys::addAll);
            for (EntityMention m : copy) {
                Set<String> same = fullSurfaces.getOrDefault("task\t" + m.mention().surface(), Set.of());
                if (!placed.contains(m) && kind(m.key()).equals("task") && same.size() == 1) {
                    tasks.put(m.key(), same.iterator().next());
                }
            }
            Moved moved = new Moved(tasks);
            for (EntityMention m : copy) {
                String task = taskOf(m.key(), tasks);
                if (task != null && !placed.contains(m) && !fullKeys.contains(moved.assignment(m.key()))) {
                    tasks.remove(task);
                }
            }
            return moved;
        }

        String key(String copyKey) {
            return kind(copyKey).equals("task") ? tasks.get(copyKey) : assignment(copyKey);
        }

        // The fullest version's key of an assignment of a moved task, or null.
        private String assignment(String copyKey) {
            String task = taskOf(copyKey, tasks);
            return task == null ? null : "assignment/" + tasks.get(task) + copyKey.substring(("assignment/" + task).length());
        }

        private static String taskOf(String assignmentKey, Map<String, String> tasks) {
            if (!assignmentKey.startsWith("assignment/")) {
                return null;
            }
            for (String task : tasks.keySet()) {
                if (assignmentKey.startsWith("assignment/" + task + "/")) {
                    return task;
                }
            }
            return null;
        }
    }

    // The keys of a version's mentions by kind and surface.
    private static Map<String, Set<String>> bySurface(Extraction e) {
        Map<String, Set<String>> out = new HashMap<>();
        e.entities().forEach(m -> out.computeIfAbsent(kind(m.key()) + "\t" + m.mention().surface(), k -> new HashSet<>())
                .add(m.key()));
        return out;
    }

    // Whether some of the copy's mention aligns with the fullest version: the passage is there, worded alike or not.
    private static boolean placed(EntityMention m, CopyAlignment.Positions a) {
        return aligned(m, a) != null;
    }

    // The fullest version's paragraph and span that the aligned characters of the copy's mention fall on, or null
    // when fewer than half of them align there: a few characters in common (，建设) do not make two texts one.
    private static int[] aligned(EntityMention m, CopyAlignment.Positions a) {
        int[] span = null;
        int matched = 0;
        for (int pos = m.mention().from(); pos < m.mention().to(); pos++) {
            int[] at = a.toFull(m.mention().paragraph(), pos);
            if (at == null) {
                continue;
            }
            if (span == null) {
                span = new int[] {at[0], at[1], at[1] + 1};
                matched = 1;
            } else if (at[0] == span[0]) {
                span[1] = Math.min(span[1], at[1]);
                span[2] = Math.max(span[2], at[1] + 1);
                matched++;
            }
        }
        return span != null && 2 * matched >= m.mention().to() - m.mention().from() ? span : null;
    }

    // The key of the fullest version's mention of the same kind that the copy's mention aligns with, or null.
    private static String fullKey(EntityMention m, CopyAlignment.Positions a,
            Map<Integer, List<EntityMention>> full) {
        int[] span = aligned(m, a);
        if (span == null) {
            return null;
        }
        String kind = kind(m.key());
        String first = null;
        for (EntityMention f : full.getOrDefault(span[0], List.of())) {
            Mention fm = f.mention();
            if (fm.from() < span[2] && span[1] < fm.to() && kind(f.key()).equals(kind)) {
                // One span may name several entities (两淮: 淮南 and 淮北); the copy agrees if it read any of them.
                if (f.key().equals(m.key())) {
                    return f.key();
                }
                first = first == null ? f.key() : first;
            }
        }
        return first;
    }

    private static String kind(String key) {
        int i = 0;
        while (i < key.length() && key.charAt(i) != '/' && key.charAt(i) != ':') {
            i++;
        }
        return key.substring(0, i);
    }

}
