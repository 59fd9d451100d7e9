package org.yrdkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yrdkg.extract.Division;
import org.yrdkg.extract.EntityMention;
import org.yrdkg.extract.Extraction;
import org.yrdkg.extract.ExtractionContext;
import org.yrdkg.extract.Extractor;
import org.yrdkg.extract.Extractors;
import org.yrdkg.extract.Gazetteer;
import org.yrdkg.extract.Mention;
import org.yrdkg.extract.RelationMention;
import org.yrdkg.text.Corpus;
import org.yrdkg.text.StructuredDocument;
import org.yrdkg.vocab.Yrd;

/**
 * Runs the extractors over a corpus and merges their mentions into entities.
 *
 * <p>Copies: a newspaper copy is extracted like any document, then each of its mentions is mapped through the copy
 * alignment to the fullest version; where the fullest version has a mention of the same kind there, the copy's
 * mention joins that entity. Its surface becomes an alternative name only if the copy read it as the same entity on
 * its own (a real spelling); a misread surface (OCR 龙龙山 for 长龙山) stays a mention surface, never an altName.
 */
public final class Resolver {

    private Resolver() {}

    /** The knowledge base of a corpus. Entities and relations come sorted by id, so builds are deterministic. */
    public static KnowledgeBase resolve(Corpus corpus) {
        return resolve(corpus, Extractors.defaults());
    }

    /** The knowledge base of a corpus, read by the given extractors. */
    public static KnowledgeBase resolve(Corpus corpus, List<Extractor> extractors) {
        ExtractionContext ctx = ExtractionContext.load();
        Map<String, Extraction> byDoc = new LinkedHashMap<>();
        for (StructuredDocument doc : corpus.documents()) {
            Extraction e = Extraction.empty();
            for (Extractor x : extractors) {
                e = e.plus(x.extract(doc, ctx));
            }
            byDoc.put(doc.name(), e);
        }
        CopyMentions copies = CopyMentions.map(corpus, byDoc);
        Map<String, String> merges = RegionPrefixes.merges(copies.mentions(), copies.relations(), ctx.gazetteer());
        List<EntityMention> mentions = copies.mentions().stream().map(m -> merges.containsKey(m.key())
                ? new EntityMention(merges.get(m.key()), m.type(), m.name(), m.mention()) : m).toList();
        List<RelationMention> relations = RegionPrefixes.rekey(copies.relations(), merges, ctx.gazetteer());
        return build(mentions, relations, copies.misread(), ctx);
    }

    private static KnowledgeBase build(List<EntityMention> mentions, List<RelationMention> relations,
            Set<Mention> misread, ExtractionContext ctx) {
        Gazetteer gazetteer = ctx.gazetteer();
        Map<String, List<EntityMention>> byKey = new TreeMap<>();
        mentions.forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
        Map<String, String> idOf = new HashMap<>();
        Map<String, Entity> entities = new TreeMap<>();
        for (Map.Entry<String, List<EntityMention>> g : byKey.entrySet()) {
            List<EntityMention> ms = g.getValue();
            List<EntityMention> read = ms.stream().filter(m -> !misread.contains(m.mention())).toList();
            String name = Entities.canonicalName(g.getKey(), read.isEmpty() ? ms : read, ctx);
            String id = g.getKey().startsWith("project:") ? "project/" + name : g.getKey();
            idOf.put(g.getKey(), id);
            TreeSet<String> alt = new TreeSet<>();
            for (EntityMention m : ms) {
                if (!misread.contains(m.mention())) {
                    alt.add(m.mention().surface());
                    alt.add(m.name());
                }
            }
            alt.remove(name);
            List<Mention> ml = ms.stream().map(EntityMention::mention).sorted(MENTION_ORDER).toList();
            Entity prev = entities.get(id);
            if (prev != null) {
                alt.addAll(prev.altNames());
                List<Mention> all = new ArrayList<>(prev.mentions());
                all.addAll(ml);
                ml = all.stream().sorted(MENTION_ORDER).toList();
            }
            entities.put(id, Entities.of(id, ms.get(0), name, alt, ml, gazetteer, ctx));
        }
        RelationTable rel = new RelationTable();
        for (RelationMention r : relations) {
            String s = idOf.getOrDefault(r.subject(), r.subject());
            String o = r.object() == null ? null : idOf.getOrDefault(r.object(), r.object());
            if (o != null && !entities.containsKey(o)) {
                Entities.addReference(o, entities, gazetteer, ctx);
            }
            rel.add(new Relation(s, r.property(), o, r.value(), List.of(r.evidence())));
        }
        for (Entity e : List.copyOf(entities.values())) {
            if (e.code() != null) {
                hierarchy(e.code(), entities, rel, gazetteer);
            }
        }
        TaskLinks.add(entities).forEach(rel::add);
        return new KnowledgeBase(List.copyOf(entities.values()), rel.all());
    }

    private static final Comparator<Mention> MENTION_ORDER = Comparator.comparing(Mention::file)
            .thenComparingInt(Mention::paragraph).thenComparingInt(Mention::from).thenComparingInt(Mention::to);

    /**
     * Relations keyed by subject, property and object (or value), in key order; the evidence of a key is gathered in a
     * list, and rid of repeats and sorted once when read, so a relation stated many times costs its mentions, not
     * their square.
     */
    private static final class RelationTable {
        /** The first relation stated under a key and the evidence of all, repeats included. */
        private record Stated(Relation first, List<Mention> evidence) {}

        // "property \t object" → what is stated, by subject; hashed while relations come in, sorted once when read
        private final Map<String, Map<String, Stated>> bySubject = new HashMap<>();

        void add(Relation r) {
            String rest = r.property().getURI() + "\t" + (r.object() != null ? r.object() : r.value().toString());
            bySubject.computeIfAbsent(r.subject(), k -> new HashMap<>())
                    .computeIfAbsent(rest, k -> new Stated(r, new ArrayList<>(1))).evidence().addAll(r.evidence());
        }

        /**
         * In the order of the keys "subject \t property \t object". Unless a subject holds a tab, two keys of different
         * subjects order as their "subject \t" do, whatever follows, and keys of one subject as what follows it: so the
         * subjects are sorted, then the keys of each, rather than all keys at once.
         */
        List<Relation> all() {
            List<Relation> all = new ArrayList<>();
            if (bySubject.keySet().stream().anyMatch(subject -> subject.indexOf('\t') >= 0)) {
                Map<String, Stated> byKey = new TreeMap<>();
                bySubject.forEach((subject, stated) -> stated.forEach((rest, st) -> byKey.put(subject + "\t" + rest, st)));
                byKey.values().forEach(st -> all.add(relation(st)));
                return all;
            }
            String[] heads = bySubject.keySet().stream().map(subject -> subject + "\t").toArray(String[]::new);
            java.util.Arrays.sort(heads);
            for (String head : heads) {
                Map<String, Stated> stated = bySubject.get(head.substring(0, head.length() - 1));
                String[] rests = stated.keySet().toArray(String[]::new);
                java.util.Arrays.sort(rests);
                for (String rest : rests) {
                    all.add(relation(stated.get(rest)));
                }
            }
            return all;
        }

        private static Relation relation(Stated st) {
            Relation r = st.first();
            return new Relation(r.subject(), r.property(), r.object(), r.value(), evidence(st.evidence()));
        }

        // Each mention once, in mention order; mentions that order alike keep the order they came in.
        private static List<Mention> evidence(List<Mention> stated) {
            if (stated.size() == 1) {
                return List.of(stated.get(0));
            }
            return new java.util.LinkedHashSet<>(stated).stream().sorted(MENTION_ORDER).toList();
        }
    }

    private static void hierarchy(String code, Map<String, Entity> entities, RelationTable rel,
            Gazetteer gazetteer) {
        List<Division> ancestors = gazetteer.ancestors(code);
        for (int i = 0; i < ancestors.size(); i++) {
            Division d = ancestors.get(i);
            String id = "region/" + d.code();
            entities.computeIfAbsent(id, k -> Entities.division(d, null, new TreeSet<>(), List.of()));
            rel.add(new Relation("region/" + code, Yrd.within, id, null, List.of()));
            if (i == 0) {
                rel.add(new Relation("region/" + code, Yrd.directlyWithin, id, null, List.of()));
            }
        }
    }

}
