package org.yrdkg.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
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
            // what Extraction.plus gives, in one copy rather than one per extractor
            List<EntityMention> entities = new ArrayList<>();
            List<RelationMention> relations = new ArrayList<>();
            for (Extractor x : extractors) {
                Extraction e = x.extract(doc, ctx);
                entities.addAll(e.entities());
                relations.addAll(e.relations());
            }
            byDoc.put(doc.name(), new Extraction(entities, relations));
        }
        CopyMentions copies = CopyMentions.map(corpus, byDoc);
        Map<String, String> merges = RegionPrefixes.merges(copies.mentions(), copies.relations(), ctx.gazetteer());
        List<EntityMention> mentions = copies.mentions();
        List<RelationMention> relations = copies.relations();
        if (!merges.isEmpty()) {
            mentions = new ArrayList<>(mentions.size());
            for (EntityMention m : copies.mentions()) {
                String to = merges.get(m.key());
                mentions.add(to == null ? m : new EntityMention(to, m.type(), m.name(), m.mention()));
            }
            relations = RegionPrefixes.rekey(relations, merges, ctx.gazetteer());
        }
        return build(mentions, relations, copies.misread(), ctx);
    }

    private static KnowledgeBase build(List<EntityMention> mentions, List<RelationMention> relations,
            Set<Mention> misread, ExtractionContext ctx) {
        Gazetteer gazetteer = ctx.gazetteer();
        // grouped by hash, then taken in key order: one sort of the keys rather than a sorted insert per mention, and
        // a cheap one, as the keys come in runs already in order (a document's tasks, say) that the sort merges
        Map<String, List<EntityMention>> byKey = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        }
        List<Map.Entry<String, List<EntityMention>>> groups = new ArrayList<>(byKey.entrySet());
        groups.sort(Map.Entry.comparingByKey());
        // a project's merge key → its id; every other key is its entity's id
        Map<String, String> idOf = new HashMap<>();
        // by id, sorted once all are in: come in key order, they are in id order but for projects and references
        Map<String, Entity> entities = new LinkedHashMap<>(2 * groups.size());
        for (Map.Entry<String, List<EntityMention>> g : groups) {
            List<EntityMention> ms = g.getValue();
            List<EntityMention> read = ms;
            if (!misread.isEmpty()) {
                read = new ArrayList<>(ms.size());
                for (EntityMention m : ms) {
                    if (!misread.contains(m.mention())) {
                        read.add(m);
                    }
                }
            }
            String name = Entities.canonicalName(g.getKey(), read.isEmpty() ? ms : read, ctx);
            String id = g.getKey();
            if (id.startsWith("project:")) {
                id = "project/" + name;
                idOf.put(g.getKey(), id);
            }
            // every other spelling: the name itself is left out as it comes, rather than added and removed
            TreeSet<String> alt = new TreeSet<>();
            for (EntityMention m : read) {
                if (!m.mention().surface().equals(name)) {
                    alt.add(m.mention().surface());
                }
                if (!m.name().equals(name)) {
                    alt.add(m.name());
                }
            }
            Mention[] ml = new Mention[ms.size()];
            for (int i = 0; i < ml.length; i++) {
                ml[i] = ms.get(i).mention();
            }
            Entity prev = entities.get(id);
            if (prev != null) {
                alt.addAll(prev.altNames());
                List<Mention> all = new ArrayList<>(prev.mentions());
                all.addAll(Arrays.asList(ml));
                ml = all.toArray(new Mention[0]);
            }
            entities.put(id, Entities.of(id, ms.get(0), name, alt, inMentionOrder(ml), gazetteer, ctx));
        }
        RelationTable rel = new RelationTable();
        for (RelationMention r : relations) {
            String s = r.subject().startsWith("project:") ? idOf.getOrDefault(r.subject(), r.subject()) : r.subject();
            String o = r.object();
            if (o != null && o.startsWith("project:")) {
                o = idOf.getOrDefault(o, o);
            }
            if (o != null && !entities.containsKey(o)) {
                Entities.addReference(o, entities, gazetteer, ctx);
            }
            rel.add(s, r.property(), o, r.value(), Objects.requireNonNull(r.evidence(), "evidence"));
        }
        // the order the divisions are taken in does not matter: their links have no evidence, and an ancestor's
        // entity is the same whichever descendant adds it
        for (Entity e : List.copyOf(entities.values())) {
            if (e.code() != null) {
                hierarchy(e.code(), entities, rel, gazetteer);
            }
        }
        Entity[] sorted = entities.values().toArray(new Entity[0]);
        Arrays.sort(sorted, Comparator.comparing(Entity::id));
        List<Entity> all = List.of(sorted);
        TaskLinks.add(all).forEach(rel::add);
        return new KnowledgeBase(all, rel.all());
    }

    // Mentions in mention order as a list; a stable sort, skipped where they are in order already.
    private static List<Mention> inMentionOrder(Mention[] ms) {
        for (int i = 1; i < ms.length; i++) {
            if (MENTION_ORDER.compare(ms[i - 1], ms[i]) > 0) {
                Arrays.sort(ms, MENTION_ORDER);
                break;
            }
        }
        return List.of(ms);
    }

    // By file, paragraph, start and end.
    private static final Comparator<Mention> MENTION_ORDER = (a, b) -> {
        int c = a.file() == b.file() ? 0 : a.file().compareTo(b.file());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.paragraph(), b.paragraph());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.from(), b.from());
        return c != 0 ? c : Integer.compare(a.to(), b.to());
    };

    /**
     * Relations keyed by subject, property and object (or value), in the order of the keys "subject \t property \t
     * object"; the evidence of a key is gathered in a list, and rid of repeats and sorted once when read, so a relation
     * stated many times costs its mentions, not their square. The key strings are never built: a key is the subject
     * and a {@link RelationKey} of the rest, compared as the strings would be.
     */
    private static final class RelationTable {
        /** The first relation stated under a key (but its evidence) and the evidence of all, repeats included. */
        private static final class Stated {
            final Property property;
            final String object;
            final RDFNode value;
            // the first mention of the evidence, and the others, if any, in the order they came in
            Mention first;
            List<Mention> more;

            Stated(Property property, String object, RDFNode value) {
                this.property = property;
                this.object = object;
                this.value = value;
            }

            void add(Mention m) {
                if (first == null) {
                    first = m;
                } else {
                    if (more == null) {
                        more = new ArrayList<>(2);
                    }
                    more.add(m);
                }
            }

            // Each mention once, in mention order; mentions that order alike keep the order they came in.
            List<Mention> evidence() {
                if (first == null) {
                    return List.of();
                }
                if (more == null) {
                    return List.of(first);
                }
                List<Mention> all = new ArrayList<>(1 + more.size());
                all.add(first);
                all.addAll(more);
                // strictly in order already: no repeats and nothing to sort
                boolean ordered = true;
                for (int i = 1; i < all.size() && ordered; i++) {
                    ordered = MENTION_ORDER.compare(all.get(i - 1), all.get(i)) < 0;
                }
                if (ordered) {
                    return List.copyOf(all);
                }
                return new LinkedHashSet<>(all).stream().sorted(MENTION_ORDER).toList();
            }
        }

        // what is stated, by subject and by the rest of the key; hashed while relations come in, sorted once when read
        // (the subjects in the order they came in, which is much the order they sort in: a sort of few runs)
        private final Map<String, Map<RelationKey, Stated>> bySubject = new LinkedHashMap<>();
        // whether a subject holds a tab, so that the subjects alone no longer order the keys
        private boolean tabbed;
        private int size;

        void add(Relation r) {
            Stated st = stated(r.subject(), r.property(), r.object(), r.value());
            r.evidence().forEach(st::add);
        }

        /** As {@link #add(Relation)} of the relation with the one mention as evidence, or none if it is null. */
        void add(String subject, Property property, String object, RDFNode value, Mention evidence) {
            Stated st = stated(subject, property, object, value);
            if (evidence != null) {
                st.add(evidence);
            }
        }

        private Stated stated(String subject, Property property, String object, RDFNode value) {
            if ((object == null) == (value == null)) {
                throw new IllegalArgumentException("a relation has either an object entity or a value");
            }
            Map<RelationKey, Stated> stated = bySubject.get(subject);
            if (stated == null) {
                tabbed |= subject.indexOf('\t') >= 0;
                stated = new HashMap<>(4);
                bySubject.put(subject, stated);
            }
            RelationKey key = RelationKey.of(String.valueOf(property.getURI()),
                    object != null ? object : value.toString());
            Stated st = stated.get(key);
            if (st == null) {
                st = new Stated(property, object, value);
                stated.put(key, st);
                size++;
            }
            return st;
        }

        /**
         * In the order of the keys "subject \t property \t object". Unless a subject holds a tab, two keys of
         * different subjects order as their "subject \t" do, whatever follows, and keys of one subject as what follows
         * it: so the subjects are sorted, then the keys of each, rather than all keys at once.
         */
        List<Relation> all() {
            List<Relation> all = new ArrayList<>(size);
            if (tabbed) {
                // the keys of two subjects may be one string: the subject hashed last of them stands, as it always did
                Map<String, Map<RelationKey, Stated>> hashed = new HashMap<>();
                bySubject.forEach(hashed::put);
                Map<String, Relation> byKey = new TreeMap<>();
                hashed.forEach((subject, stated) -> stated.forEach((key, st) ->
                        byKey.put(subject + "\t" + key.head() + "\t" + key.tail(), relation(subject, st))));
                all.addAll(byKey.values());
                return all;
            }
            List<Map.Entry<String, Map<RelationKey, Stated>>> subjects = new ArrayList<>(bySubject.entrySet());
            subjects.sort((a, b) -> RelationKey.compareHeads(a.getKey(), b.getKey()));
            for (Map.Entry<String, Map<RelationKey, Stated>> s : subjects) {
                Map<RelationKey, Stated> stated = s.getValue();
                if (stated.size() == 1) {
                    all.add(relation(s.getKey(), stated.values().iterator().next()));
                    continue;
                }
                List<Map.Entry<RelationKey, Stated>> keys = new ArrayList<>(stated.entrySet());
                keys.sort(Map.Entry.comparingByKey());
                for (Map.Entry<RelationKey, Stated> k : keys) {
                    all.add(relation(s.getKey(), k.getValue()));
                }
            }
            return all;
        }

        private static Relation relation(String subject, Stated st) {
            return new Relation(subject, st.property, st.object, st.value, st.evidence());
        }
    }

    private static void hierarchy(String code, Map<String, Entity> entities, RelationTable rel,
            Gazetteer gazetteer) {
        List<Division> ancestors = gazetteer.ancestors(code);
        for (int i = 0; i < ancestors.size(); i++) {
            Division d = ancestors.get(i);
            String id = "region/" + d.code();
            entities.computeIfAbsent(id, k -> Entities.division(d, null, new TreeSet<>(), List.of()));
            rel.add("region/" + code, Yrd.within, id, null, null);
            if (i == 0) {
                rel.add("region/" + code, Yrd.directlyWithin, id, null, null);
            }
        }
    }

}
