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
 * it otherwise, the copy's surface is a misreading ({@code misread}) and its relations are dropped.
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
        Map<String, Map<Integer, List<EntityMention>>> byParagraph = new HashMap<>();
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
            for (EntityMention m : e.entities()) {
                String full = fullKey(m, a, byParagraph.computeIfAbsent(a.full().name(),
                        n -> byParagraph(byDoc.get(n))));
                if (full != null && !full.equals(m.key())) {
                    rekey.computeIfAbsent(m.mention().paragraph(), k -> new HashMap<>()).putIfAbsent(m.key(), full);
                    misread.add(m.mention());
                }
                mentions.add(full == null ? m : new EntityMention(full, m.type(), m.name(), m.mention()));
            }
            for (RelationMention r : e.relations()) {
                if (misread.contains(r.evidence())) {
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

    // The key of the fullest version's mention of the same kind that the copy's mention aligns with, or null.
    private static String fullKey(EntityMention m, CopyAlignment a, Map<Integer, List<EntityMention>> full) {
        int[] start = a.toFull(m.mention().paragraph(), m.mention().from());
        int[] end = a.toFull(m.mention().paragraph(), m.mention().to() - 1);
        int[] at = start != null ? start : end;
        if (at == null) {
            return null;
        }
        int from = start != null ? start[1] : end[1];
        int to = end != null && end[0] == at[0] ? end[1] + 1 : from + 1;
        String kind = kind(m.key());
        for (EntityMention f : full.getOrDefault(at[0], List.of())) {
            Mention fm = f.mention();
            if (fm.from() < to && from < fm.to() && kind(f.key()).equals(kind)) {
                return f.key();
            }
        }
        return null;
    }

    private static String kind(String key) {
        int i = 0;
        while (i < key.length() && key.charAt(i) != '/' && key.charAt(i) != ':') {
            i++;
        }
        return key.substring(0, i);
    }

}
