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
import org.yrdkg.text.CopyAlignment;
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
        List<EntityMention> mentions = new ArrayList<>();
        List<RelationMention> relations = new ArrayList<>();
        Set<Mention> misread = new java.util.HashSet<>();
        Map<String, Map<Integer, List<EntityMention>>> byParagraph = new HashMap<>();
        for (StructuredDocument doc : corpus.documents()) {
            Extraction e = byDoc.get(doc.name());
            CopyAlignment a = corpus.alignment(doc.name());
            if (a == null) {
                mentions.addAll(e.entities());
                relations.addAll(e.relations());
                continue;
            }
            Map<String, String> rekey = new HashMap<>();
            for (EntityMention m : e.entities()) {
                String full = fullKey(m, a, byParagraph.computeIfAbsent(a.full().name(),
                        n -> byParagraph(byDoc.get(n))));
                if (full != null && !full.equals(m.key())) {
                    rekey.putIfAbsent(m.key(), full);
                    misread.add(m.mention());
                }
                mentions.add(full == null ? m : new EntityMention(full, m.type(), m.name(), m.mention()));
            }
            for (RelationMention r : e.relations()) {
                if (misread.contains(r.evidence())) {
                    continue;
                }
                relations.add(new RelationMention(rekey.getOrDefault(r.subject(), r.subject()), r.property(),
                        r.object() == null ? null : rekey.getOrDefault(r.object(), r.object()), r.value(),
                        r.evidence()));
            }
        }
        return build(mentions, relations, misread, ctx);
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
            String name = canonicalName(g.getKey(), read.isEmpty() ? ms : read, ctx);
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
            entities.put(id, entity(id, ms.get(0), name, alt, ml, gazetteer, ctx));
        }
        Map<String, Map<String, Relation>> rel = new TreeMap<>();
        for (RelationMention r : relations) {
            String s = idOf.getOrDefault(r.subject(), r.subject());
            String o = r.object() == null ? null : idOf.getOrDefault(r.object(), r.object());
            if (o != null && !entities.containsKey(o)) {
                addReferenceEntity(o, entities, gazetteer, ctx);
            }
            add(rel, new Relation(s, r.property(), o, r.value(), List.of(r.evidence())));
        }
        for (Entity e : List.copyOf(entities.values())) {
            if (e.code() != null) {
                hierarchy(e.code(), entities, rel, gazetteer);
            }
        }
        TaskLinks.add(entities, rel.values().stream().flatMap(m -> m.values().stream()).toList())
                .forEach(r -> add(rel, r));
        List<Relation> sorted = new ArrayList<>();
        rel.values().forEach(m -> sorted.addAll(m.values()));
        return new KnowledgeBase(List.copyOf(entities.values()), List.copyOf(sorted));
    }

    private static final Comparator<Mention> MENTION_ORDER = Comparator.comparing(Mention::file)
            .thenComparingInt(Mention::paragraph).thenComparingInt(Mention::from).thenComparingInt(Mention::to);

    private static void add(Map<String, Map<String, Relation>> rel, Relation r) {
        String key = r.subject() + "\t" + r.property().getURI() + "\t"
                + (r.object() != null ? r.object() : r.value().toString());
        Map<String, Relation> m = rel.computeIfAbsent(key, k -> new TreeMap<>());
        Relation prev = m.get(key);
        if (prev == null) {
            m.put(key, r);
            return;
        }
        List<Mention> ev = new ArrayList<>(prev.evidence());
        r.evidence().stream().filter(x -> !ev.contains(x)).forEach(ev::add);
        ev.sort(MENTION_ORDER);
        m.put(key, new Relation(prev.subject(), prev.property(), prev.object(), prev.value(), List.copyOf(ev)));
    }

    private static void hierarchy(String code, Map<String, Entity> entities, Map<String, Map<String, Relation>> rel,
            Gazetteer gazetteer) {
        List<Division> ancestors = gazetteer.ancestors(code);
        for (int i = 0; i < ancestors.size(); i++) {
            Division d = ancestors.get(i);
            String id = "region/" + d.code();
            entities.computeIfAbsent(id, k -> divisionEntity(d, null, new TreeSet<>(), List.of()));
            add(rel, new Relation("region/" + code, Yrd.within, id, null, List.of()));
            if (i == 0) {
                add(rel, new Relation("region/" + code, Yrd.directlyWithin, id, null, List.of()));
            }
        }
    }

    private static void addReferenceEntity(String id, Map<String, Entity> entities, Gazetteer gazetteer,
            ExtractionContext ctx) {
        String key = id.substring(id.indexOf('/') + 1);
        if (id.startsWith("sector/")) {
            entities.put(id, new Entity(id, Yrd.Sector, key, null, ctx.sectorEnglish(key), new TreeSet<>(),
                    List.of()));
        } else if (id.startsWith("region/")) {
            gazetteer.division(key).ifPresent(d -> entities.put(id, divisionEntity(d, null, new TreeSet<>(),
                    List.of())));
            gazetteer.area(key).ifPresent(a -> entities.put(id, new Entity(id, Yrd.CrossRegionalArea, a.name(), null,
                    a.enLabel() == null || a.enLabel().isEmpty() ? null : a.enLabel(), new TreeSet<>(), List.of())));
        } else if (id.startsWith("actor/")) {
            entities.put(id, new Entity(id, ActorTypes.of(key), key, null, null, new TreeSet<>(), List.of()));
        }
    }

    private static Entity entity(String id, EntityMention first, String name, TreeSet<String> alt, List<Mention> ms,
            Gazetteer gazetteer, ExtractionContext ctx) {
        if (id.startsWith("region/")) {
            String key = id.substring("region/".length());
            if (Character.isDigit(key.charAt(0))) {
                return divisionEntity(gazetteer.division(key).orElseThrow(), first, alt, ms);
            }
            String en = gazetteer.area(key).map(a -> a.enLabel())
                    .orElseGet(() -> gazetteer.foreign(key).map(f -> f.enLabel()).orElse(null));
            return new Entity(id, first.type(), key, null, en == null || en.isEmpty() ? null : en, alt, ms);
        }
        if (id.startsWith("sector/")) {
            return new Entity(id, first.type(), name, null, ctx.sectorEnglish(name), alt, ms);
        }
        return new Entity(id, first.type(), name, null, null, alt, ms);
    }

    private static Entity divisionEntity(Division d, EntityMention first, TreeSet<String> alt, List<Mention> ms) {
        alt.remove(d.name());
        Entity e = new Entity("region/" + d.code(), typeOf(d), d.name(), d.code(), RegionLabels.en(d), alt, ms);
        return e;
    }

    private static org.apache.jena.rdf.model.Resource typeOf(Division d) {
        return switch (d.level()) {
            case PROVINCE -> Yrd.ProvinceLevelDivision;
            case PREFECTURE -> Yrd.PrefectureLevelDivision;
            case COUNTY -> Yrd.CountyLevelDivision;
            case TOWN -> Yrd.TownLevelDivision;
        };
    }

    /**
     * The canonical name of a group: for a project the fullest name, preferring one that ends in its class's
     * canonical head (沪苏湖铁路 over 沪苏湖高铁), then the longest, then the first in code-point order.
     */
    private static String canonicalName(String key, List<EntityMention> ms, ExtractionContext ctx) {
        if (!key.startsWith("project:")) {
            return ms.get(0).name();
        }
        String head = ctx.preferredProjectHead(ms.get(0).type());
        return ms.stream().map(EntityMention::name).distinct()
                .min(Comparator.comparing((String n) -> head.isEmpty() || !n.endsWith(head))
                        .thenComparing(Comparator.comparingInt(String::length).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }
}
